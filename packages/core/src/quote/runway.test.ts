import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { problemsOf } from '../errors.js';
import { estimateWorkload } from '../estimate/estimate.js';
import { exact } from '../money.js';
import data from './fixtures/runway.json' with { type: 'json' };
import { quoteRequest } from './quote.js';
import type { QuoteOptions } from './types.js';

const quote = (target: string, body: unknown, options: QuoteOptions = {}) => quoteRequest('runway', target, body, options);
const credits = (target: string, body: unknown, options: QuoteOptions = {}) => {
  const q = quote(target, body, options);
  return q.credits === null ? null : exact(q.credits);
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

describe('Runway quotes: the request examples of Runway SDK and docs', () => {
  for (const c of data.cases) {
    it(`${c.name}: ${c.work}`, () => {
      const q = quote(c.target, c.body, c.options as QuoteOptions);
      expect(exact(q.cost!)).toBe(c.cost);
      expect(exact(q.credits!)).toBe(c.credits);
      const j = q.jobs[0]!;
      expect(j.read).toEqual(c.read);
      expect(j.assumed.map((a) => a.field)).toEqual(c.assumed);
      expect(j.ignored).toEqual(c.ignored);
      const manifest = estimateWorkload(j.workload, defaultCatalog(), 'month');
      expect([exact(manifest.cost!), exact(manifest.credits!)]).toEqual([c.cost, c.credits]);
    });
  }
});

describe('Runway quotes: fields', () => {
  it("each model's default duration and audio, marked as assumed with their source", () => {
    // veo3.1: 8 s with audio x 40 credits = 320
    const q = quote('text_to_video', { model: 'veo3.1', promptText: 'x', ratio: '1280:720' });
    expect(exact(q.credits!)).toBe('320');
    expect(q.jobs[0]!.assumed.map((a) => `${a.field}=${a.value}`)).toEqual(['duration=8', 'audio=true']);
    expect(q.jobs[0]!.assumed[0]!.source).toContain('docs.dev.runwayml.com');
    // audio false: 4 s x 10 credits = 40
    expect(credits('text_to_video', { model: 'veo3.1_fast', promptText: 'x', ratio: '1280:720', duration: 4, audio: false })).toBe('40');
  });

  it('a catalog default the body leaves to the model is listed as assumed', () => {
    // seedance2 with no ratio: the catalog's 720p, 36 credits/s x 5 s
    const q = quote('text_to_video', { model: 'seedance2', promptText: 'x', duration: 5 });
    expect(exact(q.credits!)).toBe('180');
    expect(q.jobs[0]!.assumed).toEqual([{ field: 'resolution', value: '720p', source: 'genspend catalog (runway)' }]);
  });

  it('ratio picks the resolution tier a model is priced by', () => {
    // seedance2: 1920:1080 is 1080p at 40 credits/s; 1280:720 is 720p at 36; x 5 s
    expect(credits('text_to_video', { model: 'seedance2', promptText: 'x', ratio: '1920:1080', duration: 5 })).toBe('200');
    expect(credits('text_to_video', { model: 'seedance2', promptText: 'x', ratio: '1280:720', duration: 5 })).toBe('180');
    // 864:496 (428,544 px) is nearest 480p, priced with 720p at 36
    expect(credits('text_to_video', { model: 'seedance2', promptText: 'x', ratio: '864:496', duration: 5 })).toBe('180');
    // gen4_image: 1920:1080 is 1080p at 8 credits; 1280:720 is 720p at 5
    expect(credits('text_to_image', { model: 'gen4_image', promptText: 'x', ratio: '1920:1080' })).toBe('8');
    expect(credits('text_to_image', { model: 'gen4_image', promptText: 'x', ratio: '1280:720' })).toBe('5');
    // a `resolution` field wins over the ratio: hailuo3 at 2K is 15 credits/s x 6 s
    expect(credits('text_to_video', { model: 'hailuo3', promptText: 'x', ratio: '16:9', resolution: '2k', duration: 6 })).toBe('90');
  });

  it('outputFormat adds the surcharge the SDK documents', () => {
    // gen4.5 5 s = 60; prores +5/s = 85; hdr10 (10-bit, 1280x720 under 4 MP) +20/s = 160
    const gen45 = (outputFormat?: string) =>
      credits('text_to_video', {
        model: 'gen4.5',
        promptText: 'x',
        ratio: '1280:720',
        duration: 5,
        ...(outputFormat ? { outputFormat } : {}),
      });
    expect([gen45(), gen45('mp4'), gen45('prores'), gen45('hdr10')]).toEqual(['60', '60', '85', '160']);
    expect(problem(() => gen45('hdr11'))).toContain('outputFormat: unknown output format "hdr11"; did you mean "hdr10"?');
  });

  it('text to speech is priced by the characters of promptText', () => {
    // 44 characters, billed in blocks of 50 = 1 credit
    expect(credits('text_to_speech', { model: 'eleven_multilingual_v2', promptText: 'The quick brown fox jumps over the lazy dog.' })).toBe(
      '1',
    );
    // 120 characters = 3 blocks = 3 credits
    expect(credits('text_to_speech', { model: 'eleven_multilingual_v2', promptText: 'a'.repeat(120) })).toBe('3');
  });

  it('sound effects: per second with a duration, flat without', () => {
    expect(credits('sound_effect', { model: 'eleven_text_to_sound_v2', promptText: 'rain', duration: 3 })).toBe('3');
    expect(credits('sound_effect', { model: 'eleven_text_to_sound_v2', promptText: 'rain' })).toBe('2');
  });

  it('endpoint names as written: hyphens, a /v1/ prefix, `upscale`', () => {
    expect(credits('/v1/image-to-video', { model: 'gen4.5', ratio: '1280:720', duration: 2 })).toBe('24');
    expect(quote('upscale', { model: 'upscale_v1', videoUri: 'u' }, { given: { seconds: 4 } }).jobs[0]!.workload.name).toBe(
      'video_upscale upscale_v1',
    );
  });

  it('an unknown model is unpriced, never $0', () => {
    const q = quote('text_to_video', { model: 'gen9', promptText: 'x', duration: 5 });
    expect(q.cost).toBeNull();
    expect(q.credits).toBeNull();
    expect(q.jobs[0]!.estimate.unpriced).toContain('unknown Runway API model `gen9`');
  });
});

describe('Runway quotes: what the body cannot say is asked for', () => {
  it('a duration with no default, the length of media sent in, reference videos', () => {
    // the SDK's own text-to-video example names no duration, and hailuo3's default is not published
    expect(problem(() => quote('text_to_video', { model: 'hailuo3', promptText: 'x' }))).toContain(
      'hailuo3: the price depends on `duration` (seconds), which the request does not carry',
    );
    expect(problem(() => quote('voice_dubbing', { model: 'eleven_voice_dubbing', audioUri: 'u', targetLang: 'es' }))).toContain(
      'the length in seconds of the audio sent in (`audioUri`)',
    );
    expect(
      problem(() =>
        quote('text_to_video', {
          model: 'seedance2_5',
          promptText: 'x',
          duration: 5,
          references: [{ type: 'video', uri: 'https://example.com/v.mp4' }],
        }),
      ),
    ).toContain('references: seedance2_5: the price depends on the total length in seconds of the reference videos');
    expect(problem(() => quote('text_to_video', { model: 'seedance2', duration: 'auto' }))).toContain(
      'duration: `"auto"` lets the model choose the length',
    );
  });
});

describe('Runway quotes: errors name the field', () => {
  it('endpoint, model and values', () => {
    expect(problem(() => quote('text_to_vido', { model: 'gen4.5' }))).toContain(
      'unknown Runway create endpoint "text_to_vido"; did you mean "text_to_video"?',
    );
    expect(problem(() => quote('text_to_video', { promptText: 'x' }))).toContain(
      'request: model: expected the model id as a string, got nothing',
    );
    expect(problem(() => quote('text_to_video', { model: 'veo3.1', duration: 5 }))).toContain(
      'request: duration: veo3.1 does not accept "5" (allowed: 4, 6, 8)',
    );
    expect(problem(() => quote('text_to_video', { model: 'gen4.5', duration: 5, ratio: 1280 }))).toContain(
      'ratio: expected a ratio such as "1280:720", got 1280',
    );
    expect(problem(() => quote('text_to_video', { model: 'gen4.5', duration: 5, references: 'x' }))).toContain(
      'references: expected a list, got "x"',
    );
    expect(problem(() => quote('text_to_video', ['x']))).toContain('expected the text_to_video body as a JSON object, got a list');
  });
});
