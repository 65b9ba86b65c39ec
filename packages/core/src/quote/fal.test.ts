import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { problemsOf } from '../errors.js';
import { estimateWorkload } from '../estimate/estimate.js';
import { exact } from '../money.js';
import { FAL_INPUTS } from './fal-inputs.js';
import data from './fixtures/fal.json' with { type: 'json' };
import { quoteRequest } from './quote.js';
import type { QuoteOptions } from './types.js';

const quote = (target: string, body: unknown, options: QuoteOptions = {}) => quoteRequest('fal', target, body, options);
const job = (target: string, body: unknown, options: QuoteOptions = {}) => quote(target, body, options).jobs[0]!;
const cost = (target: string, body: unknown, options: QuoteOptions = {}) => {
  const c = quote(target, body, options).cost;
  return c === null ? null : exact(c);
};
const problem = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    const found = problemsOf(e);
    if (!found) throw e;
    return found.map((p) => p.format()).join('\n');
  }
  throw new Error('expected a problem');
};

describe('fal quotes: the request examples of fal docs', () => {
  for (const c of data.cases) {
    it(`${c.name}: ${c.work}`, () => {
      const q = quote(c.target, c.body);
      expect(q.cost === null ? null : exact(q.cost)).toBe(c.cost);
      const j = q.jobs[0]!;
      expect(j.read).toEqual(c.read);
      expect(j.assumed.map((a) => a.field)).toEqual(c.assumed);
      expect(j.ignored).toEqual(c.ignored);
      // the same decimal as the manifest estimate of the workload the quote declares
      expect(exact(estimateWorkload(j.workload, defaultCatalog(), 'month').cost!)).toBe(c.cost);
    });
  }
});

describe('fal quotes: fields', () => {
  it('image_size presets follow fal table, and {width, height} is read as given', () => {
    // 1024x576 = 0.5625 MP, billed 1 MP; x 2 images x $0.025 = $0.05
    expect(cost('fal-ai/flux/dev', { image_size: 'landscape_16_9', num_images: 2 })).toBe('0.05');
    // 2048x1024 = 2 MP exactly at 1,048,576 px: 2 x $0.025 = $0.05
    expect(cost('fal-ai/flux/dev', { image_size: { width: 2048, height: 1024 } })).toBe('0.05');
    // 1536x1024 = 1.5 MP, billed 2 MP (ceil per image) x $0.003 = $0.006
    expect(cost('fal-ai/flux/schnell', { image_size: { width: 1536, height: 1024 } })).toBe('0.006');
    const a = job('fal-ai/flux/dev', { image_size: 'portrait_16_9' });
    expect([a.workload.attributes.width?.toString(), a.workload.attributes.height?.toString()]).toEqual(['576', '1024']);
  });

  it('ideogram v3 defaults to square_hd, not landscape_4_3, as its endpoint types say', () => {
    const a = job('fal-ai/ideogram/v3', { prompt: 'x' });
    expect(a.assumed.find((f) => f.field === 'rendering_speed')?.value).toBe('BALANCED');
    expect(FAL_INPUTS['fal-ai/ideogram/v3']!.defaults.image_size).toBe('square_hd');
  });

  it('duration is read as fal sends it: "5", "8s" and 5', () => {
    const veo = (duration: unknown) => cost('fal-ai/veo3', { duration, generate_audio: false });
    // 8 s x $0.20 without audio = $1.60
    expect(veo('8s')).toBe('1.6');
    expect(veo('8')).toBe('1.6');
    expect(veo(8)).toBe('1.6');
    // 4 s x $0.20 = $0.80
    expect(veo('4s')).toBe('0.8');
  });

  it('audio flags change the price; a missing one takes the endpoint default (generate_audio: true)', () => {
    // 8 s default x $0.40 with audio
    expect(cost('fal-ai/veo3', { prompt: 'x' })).toBe('3.2');
    const a = job('fal-ai/veo3', { prompt: 'x' });
    expect(a.assumed.map((f) => `${f.field}=${f.value}`)).toEqual(['duration=8s', 'generate_audio=true']);
  });

  it('resolution picks the rate: Nano Banana Pro at 4K is double', () => {
    // $0.15 per image at 1K (the default), $0.30 at 4K; x 2 images
    expect(cost('fal-ai/nano-banana-pro', { prompt: 'x', num_images: 2 })).toBe('0.3');
    expect(cost('fal-ai/nano-banana-pro', { prompt: 'x', resolution: '4K', num_images: 2 })).toBe('0.6');
  });

  it('a token-priced video counts the pixels resolution and aspect_ratio give', () => {
    // 1080p at 9:16 = 1080x1920; tokens = 1080 x 1920 x 24 fps x 5 s / 1024 = 243,000 x $2.4 / 1M = $0.5832
    const a = job('fal-ai/bytedance/seedance/v1.5/pro/text-to-video', { prompt: 'x', resolution: '1080p', aspect_ratio: '9:16' });
    expect(exact(a.estimate.cost!)).toBe('0.5832');
    expect(a.read).toEqual(['resolution', 'aspect_ratio']);
    // 720p at the default 16:9 = 1280x720: 1280 x 720 x 24 x 5 / 1024 = 108,000 tokens x $2.4 / 1M = $0.2592
    expect(cost('fal-ai/bytedance/seedance/v1.5/pro/text-to-video', { prompt: 'x' })).toBe('0.2592');
  });

  it('a speech endpoint is priced by the characters of its text (code points)', () => {
    // 11 characters x $0.10 per 1,000 = $0.0011
    expect(cost('fal-ai/elevenlabs/tts/multilingual-v2', { text: 'Hello world' })).toBe('0.0011');
    // an emoji is one character, not two UTF-16 units
    expect(job('fal-ai/elevenlabs/tts/multilingual-v2', { text: '👋 hi' }).workload.attributes.characters?.toString()).toBe('4');
  });

  it('an endpoint the catalog does not know is unpriced, never $0', () => {
    const q = quote('fal-ai/some-new-endpoint', { prompt: 'x', num_images: 3 });
    expect(q.cost).toBeNull();
    expect(q.jobs[0]!.estimate.unpriced).toContain('unknown fal.ai model `fal-ai/some-new-endpoint`');
  });

  it('what the body does not carry is asked for by name, then priced from `given`', () => {
    // Kling 2.1 Pro has no client type in @fal-ai/client 1.10.1, so no default duration to assume
    expect(problem(() => quote('fal-ai/kling-video/v2.1/pro/image-to-video', { prompt: 'x' }))).toMatch(
      /the price depends on `duration`.*which the request does not carry.*--set seconds=/,
    );
    // the clarity upscaler is billed by the size of the image sent in, which a URL does not say
    expect(problem(() => quote('fal-ai/clarity-upscaler', { image_url: 'https://example.com/a.png' }))).toContain(
      'the price depends on the image size',
    );
    const given = job('fal-ai/clarity-upscaler', { image_url: 'u' }, { given: { width: 1024, height: 1024 } });
    expect(given.read).toEqual(['given.width', 'given.height']);
    expect(given.estimate.cost).not.toBeNull();
  });
});

describe('fal quotes: near misses', () => {
  it('a field one typo from a priced one is ignored with a "did you mean" warning; other fields are not flagged', () => {
    const a = job('fal-ai/flux/dev', {
      prompt: 'x',
      num_image: 4,
      imagesize: 'square',
      seed: 1,
      guidance_scale: 3.5,
      output_format: 'png',
    });
    // num_images is left at its default: 1 image, which is why the warning matters
    expect(exact(a.estimate.cost!)).toBe('0.025');
    expect(a.estimate.warnings.filter((w) => w.includes('did you mean'))).toEqual([
      '`num_image` is not a field genspend prices by; did you mean `num_images`? (ignored)',
      '`imagesize` is not a field genspend prices by; did you mean `image_size`? (ignored)',
    ]);
    for (const c of data.cases) expect(job(c.target, c.body).estimate.warnings.join('\n')).not.toContain('did you mean');
  });
});

describe('fal quotes: errors name the field', () => {
  it('an unknown preset suggests the nearest', () => {
    expect(problem(() => quote('fal-ai/flux/dev', { input: { image_size: 'landscpe_16_9' } }))).toBe(
      'request: input.image_size: unknown preset "landscpe_16_9"; did you mean "landscape_16_9"? (fix: use one of square_hd, square, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9)',
    );
  });

  it('wrong types say what was found, at the field', () => {
    expect(problem(() => quote('fal-ai/flux/dev', { num_images: 'two' }))).toContain(
      'num_images: expected a whole number from 1 to 10000, got "two"',
    );
    expect(problem(() => quote('fal-ai/flux/dev', { image_size: { width: 1024 } }))).toContain(
      'image_size.height: expected a whole number',
    );
    expect(problem(() => quote('fal-ai/veo3', { duration: 'eight' }))).toContain('duration: expected a duration in seconds');
    expect(problem(() => quote('fal-ai/veo3', { generate_audio: 'yes' }))).toContain('generate_audio: expected true or false, got "yes"');
    expect(problem(() => quote('fal-ai/flux/dev', [1, 2]))).toContain("expected the endpoint's input as a JSON object, got a list");
  });

  it('a value the model does not accept is reported at the field that sent it', () => {
    // Kling 2.5 Turbo Standard takes 5 or 10 s
    expect(problem(() => quote('fal-ai/kling-video/v2.5-turbo/standard/image-to-video', { duration: '7' }))).toContain(
      'request: duration: fal-ai/kling-video/v2.5-turbo/standard/image-to-video does not accept "7" (allowed: 5, 10)',
    );
    // an unknown word for a priced attribute suggests the catalog's
    expect(problem(() => quote('fal-ai/nano-banana-pro', { resolution: '4KK' }))).toContain(
      'resolution: fal-ai/nano-banana-pro does not accept "4KK"',
    );
  });

  it('the file the body came from is named', () => {
    expect(problem(() => quote('fal-ai/flux/dev', { num_images: 0 }, { file: 'req.json' }))).toMatch(/^req\.json: num_images: /);
  });
});
