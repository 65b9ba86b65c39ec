import { describe, expect, it } from 'vitest';

// The published package's library entry as an application imports it (the bundle `npm run build` writes).
const lib = (await import(new URL('../dist/lib.mjs', import.meta.url).href)) as typeof import('../src/lib.js');

/** The README's example: refuse a request over $0.50 before it is sent. */
function guard(input: Record<string, unknown>): string {
  const quote = lib.quoteRequest('fal', 'fal-ai/flux/dev', input);
  if (quote.cost === null || quote.cost.greaterThan('0.50'))
    return `not sending: ${quote.cost === null ? quote.jobs[0]!.estimate.unpriced : `$${quote.cost.toFixed()}`}`;
  return `sending: $${quote.cost.toFixed()}`;
}

describe('genspend library: quoteRequest', () => {
  it('the README guard sends a cheap request and refuses a dear one', () => {
    // 4 images of 1024x576, each billed 1 MP x $0.025 = $0.10
    expect(guard({ prompt: 'a lighthouse at dusk', image_size: 'landscape_16_9', num_images: 4 })).toBe('sending: $0.1');
    // 12 images of 2048x2048 = 4 MP each: 48 MP x $0.025 = $1.20
    expect(guard({ prompt: 'x', image_size: { width: 2048, height: 2048 }, num_images: 12 })).toBe('not sending: $1.2');
  });

  it('quotes equal the library estimate of the workload they declare, in every provider', () => {
    const quotes = [
      lib.quoteRequest('runway', 'image_to_video', { model: 'gen4.5', ratio: '1280:720', duration: 5 }),
      lib.quoteRequest('runware', undefined, [
        { taskType: 'imageInference', model: 'runware:101@1', width: 1024, height: 1024, steps: 28 },
      ]),
      lib.quoteRequest('runpod', 'ADA_24', { input: {} }, { seconds: 2.3 }),
    ];
    for (const q of quotes) {
      const j = q.jobs[0]!;
      expect(lib.estimateWorkload(j.workload, lib.defaultCatalog(), 'month').cost!.equals(j.estimate.cost!)).toBe(true);
    }
    expect(lib.quoteJson(quotes[1]!)).toHaveLength(1);
  });

  it('bad input is a GenspendError with data, not a crash', () => {
    let thrown: unknown;
    try {
      lib.quoteRequest('fal', 'fal-ai/flux/dev', { image_size: 'landscpe_16_9' });
    } catch (e) {
      thrown = e;
    }
    expect(lib.isGenspendError(thrown)).toBe(true);
    const [problem] = lib.problemsOf(thrown)!;
    expect(problem!.detail).toMatchObject({ value: 'landscpe_16_9', suggestion: 'landscape_16_9' });
    expect(problem!.where).toMatchObject({ path: 'image_size' });
  });
});
