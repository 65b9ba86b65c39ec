import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { problemsOf } from '../errors.js';
import { estimateWorkload } from '../estimate/estimate.js';
import { exact } from '../money.js';
import data from './fixtures/runware.json' with { type: 'json' };
import { quoteRequest } from './quote.js';
import type { QuoteOptions } from './types.js';

const quote = (body: unknown, options: QuoteOptions = {}) => quoteRequest('runware', undefined, body, options);
const cost = (body: unknown, options: QuoteOptions = {}) => {
  const c = quote(body, options).cost;
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
const flux = { taskType: 'imageInference', model: 'runware:101@1', width: 1024, height: 1024, steps: 28 };

describe('Runware quotes: the request examples of Runware docs', () => {
  for (const c of data.cases) {
    it(`${c.name}: ${c.work}`, () => {
      const q = quote(c.body, c.options as QuoteOptions);
      expect(q.cost === null ? null : exact(q.cost)).toBe(c.cost);
      expect(q.jobs).toHaveLength(c.jobs.length);
      c.jobs.forEach((want, i) => {
        const j = q.jobs[i]!;
        if ('unpriced' in want) {
          expect(j.estimate.cost).toBeNull();
          expect(j.estimate.unpriced).toBeTruthy();
          return;
        }
        expect(j.read).toEqual(want.read);
        expect(j.assumed.map((a) => a.field)).toEqual(want.assumed);
        expect(j.ignored).toEqual(want.ignored);
        const manifest = estimateWorkload(j.workload, defaultCatalog(), 'month').cost;
        expect(manifest === null ? null : exact(manifest)).toBe(j.estimate.cost === null ? null : exact(j.estimate.cost));
      });
    });
  }
});

describe('Runware quotes: tasks', () => {
  it('one task or an array; a batch totals its tasks', () => {
    // 1024x1024, 28 steps = the measured $0.0038 per image
    expect(cost(flux)).toBe('0.0038');
    expect(cost([flux, { ...flux, numberResults: 3 }])).toBe('0.0152');
    expect(quote([flux, flux]).jobs.map((j) => j.workload.name)).toEqual([
      '[0] imageInference runware:101@1',
      '[1] imageInference runware:101@1',
    ]);
  });

  it('a per-image partner model: numberResults multiplies it, size does not change it', () => {
    // Nano Banana: $0.039 per image x 4
    const q = quote({ taskType: 'imageInference', model: 'google:4@1', positivePrompt: 'x', width: 1024, height: 1024, numberResults: 4 });
    expect(exact(q.cost!)).toBe('0.156');
    expect(q.jobs[0]!.ignored).toEqual(['positivePrompt', 'width', 'height']);
  });

  it('video: width x height pick the resolution tier; a sound flag in providerSettings, else the model default', () => {
    const veo = { taskType: 'videoInference', model: 'google:3@3', width: 1920, height: 1080, duration: 8 };
    // 1080p with audio (on by default for Veo): 8 s x $0.15 = $1.20; without: 8 s x $0.10 = $0.80
    expect(cost(veo)).toBe('1.2');
    expect(quote(veo).jobs[0]!.assumed).toEqual([expect.objectContaining({ field: 'providerSettings', value: 'generateAudio: true' })]);
    expect(cost({ ...veo, providerSettings: { google: { generateAudio: false } } })).toBe('0.8');
    // 3840x2160 is 4K
    expect(quote({ ...veo, width: 3840, height: 2160 }).jobs[0]!.workload.attributes.resolution).toBe('4K');
    // Kling 3.0 Standard with sound: 5 s x $0.126
    expect(
      cost({
        taskType: 'videoInference',
        model: 'klingai:kling-video@3-standard',
        duration: 5,
        providerSettings: { klingai: { sound: true } },
      }),
    ).toBe('0.63');
  });

  it('tasks the catalog cannot price are listed as unpriced, and the request has no total', () => {
    const q = quote([
      flux,
      { taskType: 'imageUpscale', inputImage: 'https://example.com/a.png', upscaleFactor: 2 },
      { taskType: 'removeBackground', inputImage: 'x' },
    ]);
    expect(q.cost).toBeNull();
    expect(q.jobs.map((j) => j.estimate.unpriced ?? exact(j.estimate.cost!))).toEqual([
      '0.0038',
      'Runware `imageUpscale` tasks are not in the catalog yet',
      'Runware `removeBackground` tasks are not in the catalog yet',
    ]);
  });

  it('polls and account reads start no billed work and are left out', () => {
    const q = quote([{ taskType: 'authentication', apiKey: 'x' }, flux, { taskType: 'getResponse', taskUUID: 'x' }]);
    expect(q.jobs).toHaveLength(1);
    expect(exact(q.cost!)).toBe('0.0038');
    expect(problem(() => quote([{ taskType: 'getResponse', taskUUID: 'x' }]))).toContain('the request starts no billed task');
  });
});

describe('Runware quotes: errors name the task and field', () => {
  it('missing steps of a compute-billed model is asked for', () => {
    expect(problem(() => quote([{ ...flux, steps: undefined }]))).toContain(
      'request: [0]: runware:101@1: the price depends on `[0].steps`',
    );
  });

  it('types, task types and models', () => {
    expect(problem(() => quote([flux, { ...flux, width: '1024px' }]))).toContain(
      '[1].width: expected a whole number from 1 to 100000, got "1024px"',
    );
    expect(problem(() => quote([{ taskType: 'imageInferance', model: 'x' }]))).toContain(
      '[0].taskType: unknown task type "imageInferance"; did you mean "imageInference"?',
    );
    expect(problem(() => quote([{ model: 'x' }]))).toContain('[0].taskType: expected a task type such as "imageInference", got nothing');
    expect(problem(() => quote([{ taskType: 'imageInference' }]))).toContain("[0].model: expected the model's AIR as a string");
    expect(problem(() => quote([42]))).toContain('[0]: expected a task object with `taskType`, got 42');
    expect(problem(() => quote({ ...flux, providerSettings: { google: { generateAudio: 'on' } } }))).toContain(
      'providerSettings.google.generateAudio: expected true or false, got "on"',
    );
  });

  it('a near miss of a priced field is flagged, not priced', () => {
    const q = quote([{ ...flux, numberResult: 3 }]);
    expect(exact(q.cost!)).toBe('0.0038');
    expect(q.jobs[0]!.estimate.warnings).toContain(
      '`[0].numberResult` is not a field genspend prices by; did you mean `numberResults`? (ignored)',
    );
    for (const c of data.cases)
      for (const j of quote(c.body, c.options as QuoteOptions).jobs) expect(j.estimate.warnings.join('\n')).not.toContain('did you mean `');
  });

  it('an unknown model is unpriced with a suggestion, never $0', () => {
    const q = quote({ ...flux, model: 'runware:101@2' });
    expect(q.cost).toBeNull();
    expect(q.jobs[0]!.estimate.unpriced).toContain('unknown Runware model `runware:101@2`');
  });
});
