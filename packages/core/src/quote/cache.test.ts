import { describe, expect, it } from 'vitest';
import { problemsOf } from '../errors.js';
import { attributeValue, join } from './body.js';
import { quoteRequest } from './quote.js';

// What a quote remembers between calls (checked numbers, field paths, near misses, timeouts)
// must give the same answers as working them out afresh, refusals included.

const ctx = { file: 'body.json' };
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return problemsOf(e)![0]!.format();
  }
  throw new Error('expected a refusal');
};

describe('quote caches', () => {
  it('a number accepted for one attribute is checked again for another, and a refusal is refused every time', () => {
    expect(attributeValue('seconds', 2.5, ctx, 'duration').toString()).toBe('2.5');
    expect(attributeValue('seconds', 2.5, ctx, 'duration').toString()).toBe('2.5');
    for (let i = 0; i < 2; i++)
      expect(refusal(() => attributeValue('results', 2.5, ctx, 'num_images'))).toBe(
        'body.json: num_images: expected a whole number from 1 to 10000, got 2.5',
      );
    expect(attributeValue('results', '3', ctx, 'num_images').toString()).toBe('3');
  });

  it('gives the same field paths however often they are asked for', () => {
    for (let i = 0; i < 2; i++) {
      expect(join('input', 'image_size')).toBe('input.image_size');
      expect(join('', 3)).toBe('[3]');
      expect(join('[3]', 'model')).toBe('[3].model');
      expect(join('', 'prompt')).toBe('prompt');
    }
  });

  it('warns about a near miss on every quote that has it, at its own path', () => {
    for (const body of [{ prompt: 'a', num_image: 2 }, { input: { prompt: 'a', num_image: 2 } }, { prompt: 'a', num_image: 2 }]) {
      const [job] = quoteRequest('fal', 'fal-ai/flux/dev', body).jobs;
      const at = 'input' in body ? 'input.num_image' : 'num_image';
      expect(job!.estimate.warnings).toContain(`\`${at}\` is not a field genspend prices by; did you mean \`num_images\`? (ignored)`);
    }
    // the same name is no near miss for a provider that does not price by it
    const runway = quoteRequest('runway', 'image_to_video', { model: 'gen4.5', duration: 5, num_image: 2 });
    expect(runway.jobs[0]!.estimate.warnings.join('\n')).not.toContain('num_images');
  });

  it('checks a Runpod timeout each time it is sent, and prices the same one alike', () => {
    const body = (ms: unknown) => ({ input: {}, policy: { executionTimeout: ms } });
    for (let i = 0; i < 2; i++) {
      // 2.3 s expected on ADA_24; at 900 s, 900 x $0.00031 = $0.279
      expect(quoteRequest('runpod', 'ADA_24', body(900000), { seconds: 2.3 }).jobs[0]!.high!.estimate.cost!.toFixed()).toBe('0.279');
      expect(refusal(() => quoteRequest('runpod', 'ADA_24', body(4000), { seconds: 2.3 }))).toBe(
        'request: policy.executionTimeout: expected whole milliseconds of at least 5000, got 4000',
      );
    }
  });
  it("keeps a ratio's size and tier per model: the same ratio gives each model its own tier, and a refused one is refused each time", () => {
    for (let i = 0; i < 2; i++) {
      // seedance2 prices 1920:1080 at 1080p (40 credits/s); gen4.5 has no tiers, so the same ratio adds no resolution
      const seedance = quoteRequest('runway', 'text_to_video', { model: 'seedance2', promptText: 'x', ratio: '1920:1080', duration: 5 });
      expect(seedance.credits!.toFixed()).toBe('200');
      expect(seedance.jobs[0]!.workload.attributes.resolution).toBe('1080p');
      const gen = quoteRequest('runway', 'image_to_video', { model: 'gen4.5', ratio: '1920:1080', duration: 5 });
      expect(gen.jobs[0]!.workload.attributes.resolution).toBeUndefined();
      expect(gen.credits!.toFixed()).toBe('60');
      // with a resolution sent, the ratio gives the size only
      const sent = quoteRequest('runway', 'text_to_video', {
        model: 'seedance2',
        promptText: 'x',
        ratio: '1920:1080',
        resolution: '720p',
        duration: 5,
      });
      expect(sent.credits!.toFixed()).toBe('180');
      expect(refusal(() => quoteRequest('runway', 'text_to_video', { model: 'seedance2', ratio: '0:720', duration: 5 }))).toBe(
        'request: ratio: expected a whole number from 1 to 100000, got 0',
      );
      expect(refusal(() => quoteRequest('runway', 'text-to-vidoe', { model: 'seedance2', duration: 5 }))).toContain(
        'unknown Runway create endpoint "text-to-vidoe"',
      );
      expect(quoteRequest('runway', '/v1/text-to-video', { model: 'seedance2', duration: 5 }).credits!.toFixed()).toBe('180');
    }
  });

  it("assumes each fal endpoint's own defaults, and none for an endpoint the client does not type", () => {
    for (let i = 0; i < 2; i++) {
      const dev = quoteRequest('fal', 'fal-ai/flux/dev', { prompt: 'x' }).jobs[0]!;
      expect(dev.assumed.map((a) => `${a.field}=${a.value}`)).toEqual(['image_size=landscape_4_3 (1024x768)', 'num_images=1']);
      const ideogram = quoteRequest('fal', 'fal-ai/ideogram/v3', { prompt: 'x' }).jobs[0]!;
      expect(ideogram.assumed.map((a) => a.field)).toContain('rendering_speed');
      expect(quoteRequest('fal', 'fal-ai/not-an-endpoint', { prompt: 'x' }).cost).toBeNull();
    }
  });
});
