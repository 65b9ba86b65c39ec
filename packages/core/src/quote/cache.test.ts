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
});
