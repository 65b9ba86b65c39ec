import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../catalog/catalog.js';
import { defaultCatalog } from '../catalog/default.js';
import { GenspendError, GenspendErrors } from '../errors.js';
import { money } from '../money.js';
import { estimateWorkload, estimateWorkloads } from './estimate.js';
import type { Attributes, WorkloadSpec } from './types.js';

const catalog = defaultCatalog();
const location = { file: 'genspend.yml', line: 7 };

function spec(provider: string, model: string, given: Record<string, string | number | boolean>): WorkloadSpec {
  const attributes: Attributes = {};
  for (const [k, v] of Object.entries(given)) (attributes as Record<string, unknown>)[k] = typeof v === 'number' ? money(v) : v;
  return { name: 'job', provider, model, attributes, location };
}

function errorOf(s: WorkloadSpec): GenspendError {
  try {
    estimateWorkload(s, catalog, 'month');
  } catch (e) {
    if (e instanceof GenspendError) return e;
    throw e;
  }
  throw new Error('expected a GenspendError');
}

describe('a word the model does not know is an input error', () => {
  it('names the workload, the attribute, the allowed values and the closest one', () => {
    const e = errorOf(spec('runway', 'gen4.5', { runs: 1, seconds: 10, format: 'png-sequence' }));
    expect(e.detail).toEqual({
      workload: 'job',
      attribute: 'format',
      value: 'png-sequence',
      allowed: ['prores', 'png_sequence', 'mp4'],
      suggestion: 'png_sequence',
    });
    expect(e.where).toEqual(location);
    expect(e.format()).toBe(
      'genspend.yml:7: workload "job": Runway API gen4.5 does not know `format` "png-sequence" (allowed: prores, png_sequence, mp4) (fix: did you mean `format: png_sequence`?)',
    );
  });

  it.each([
    ['runway', 'gpt_image_2', { runs: 1, resolution: '1K', quality: 'ultra' }, 'quality', ['low', 'medium', 'high', 'auto']],
    ['runway', 'gen4_image', { runs: 1, resolution: '8K' }, 'resolution', ['720p', '1080p']],
    ['fal', 'fal-ai/wan-25-preview/text-to-video', { runs: 1, seconds: 5, resolution: '2160p' }, 'resolution', ['480p', '720p', '1080p']],
    ['runpod', 'H100 PRO', { runs: 1, seconds: 2, worker: 'spot' }, 'worker', ['flex', 'active']],
  ] as const)('%s %s: %j', (provider, model, given, attribute, allowed) => {
    const e = errorOf(spec(provider, model, given));
    expect(e.detail).toMatchObject({ workload: 'job', attribute, allowed });
    expect(e.message).toContain(`\`${attribute}\``);
    expect(e.fix).toBeTruthy();
  });

  it('collects the error of every workload in one pass', () => {
    const bad = [
      { ...spec('runway', 'gen4.5', { runs: 1, seconds: 5, format: 'webm' }), name: 'a' },
      { ...spec('runway', 'gen4_image', { runs: 1, resolution: '720p' }), name: 'ok' },
      { ...spec('runway', 'gen4_image', { runs: 1, resolution: '4k' }), name: 'b' },
    ];
    let thrown: unknown;
    try {
      estimateWorkloads(bad, catalog, 'month');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(GenspendErrors);
    expect((thrown as GenspendErrors).errors.map((e) => [e.detail?.workload, e.detail?.attribute])).toEqual([
      ['a', 'format'],
      ['b', 'resolution'],
    ]);
  });

  it('reads a known word in any case, as the catalog spells it', () => {
    const cost = (given: Record<string, string | number>) =>
      estimateWorkload(spec('runway', 'gen4.5', given), catalog, 'month').cost!.toFixed();
    expect(cost({ runs: 1, seconds: 10, format: 'ProRes' })).toBe('1.7'); // 12 + 5 credits a second
    expect(cost({ runs: 1, seconds: 10, format: 'MP4' })).toBe('1.2'); // mp4 is the base format: no surcharge
    // the usage reads `worker` too: `Active` must bill always-on workers, as `active` does
    const active = (worker: string) =>
      estimateWorkload(spec('runpod', 'H100 PRO', { worker, activeWorkers: 1 }), catalog, 'month').cost!.toFixed();
    expect(active('Active')).toBe(active('active'));
    expect(active('Active')).not.toBe(
      estimateWorkload(spec('runpod', 'H100 PRO', { runs: 1, seconds: 1 }), catalog, 'month').cost!.toFixed(),
    );
  });

  it('leaves numbers, ranges and booleans to their rates: 8-bit output is valid and carries no surcharge', () => {
    const e = estimateWorkload(spec('runway', 'gen4.5', { runs: 1, seconds: 5, bitDepth: 8, width: 1920, height: 1080 }), catalog, 'month');
    expect(e.cost!.toFixed()).toBe('0.6');
  });

  it('keeps a word the catalog accepts but does not price as unpriced: a gap in the catalog, not bad input', () => {
    const gap = buildCatalog([
      {
        provider: 'acme',
        name: 'Acme',
        currency: 'USD',
        billingSource: 'https://acme.example/pricing',
        models: [
          {
            id: 'clip',
            name: 'Clip',
            kind: 'video',
            accepts: { resolution: ['480p'] },
            rates: [
              {
                unit: 'video_second',
                amount: '0.1',
                when: { resolution: '720p' },
                source: 'https://acme.example/pricing',
                checkedAt: '2026-11-21',
                effectiveFrom: '2026-11-21',
                basis: 'published',
              },
            ],
          },
        ],
      },
    ]);
    const e = estimateWorkload(spec('acme', 'clip', { runs: 1, seconds: 5, resolution: '480p' }), gap, 'month');
    expect(e.cost).toBeNull();
    expect(e.unpriced).toBe('clip has no price for resolution: 480p (priced: resolution 720p)');
    expect(() => estimateWorkload(spec('acme', 'clip', { runs: 1, seconds: 5, resolution: '360p' }), gap, 'month')).toThrow(
      'allowed: 720p, 480p',
    );
  });
});

describe('an attribute that cannot change the price is reported, not silently ignored', () => {
  const ignored = (provider: string, model: string, given: Record<string, string | number | boolean>) =>
    estimateWorkload(spec(provider, model, given), catalog, 'month')
      .warnings.filter((w) => w.includes('does not change the price'))
      .map((w) => /^`(\w+)`/.exec(w)![1]);

  // [provider, model, attributes, the ones that cannot change its price]
  const cases: [string, string, Record<string, string | number | boolean>, string[]][] = [
    // Runware: a flat per-image price; a compute-billed model reads size, steps and results
    ['runware', 'bytedance:5@0', { runs: 10, results: 2, steps: 30, width: 1024, height: 1024 }, ['steps', 'width', 'height']],
    ['runware', 'runware:101@1', { runs: 10, results: 2, steps: 30, width: 1024, height: 1024 }, []],
    ['runware', 'klingai:kling-video@3-standard', { runs: 2, seconds: 5, audio: true, resolution: '720p' }, ['resolution']],
    // fal: megapixel pricing reads width and height, a single-rate video reads no resolution
    ['fal', 'fal-ai/flux/dev', { runs: 1, width: 1024, height: 1024, steps: 28 }, ['steps']],
    ['fal', 'fal-ai/nano-banana', { runs: 1, width: 1024, height: 1024 }, ['width', 'height']],
    ['fal', 'fal-ai/kling-video/v2.5-turbo/pro/image-to-video', { runs: 1, seconds: 5, resolution: '1080p' }, ['resolution']],
    ['fal', 'fal-ai/veo3.1', { runs: 1, seconds: 8, resolution: '4K', audio: true }, []],
    // Runway: seconds on an image model; width and height matter to a video's bit-depth surcharge
    ['runway', 'gen4_image', { runs: 1, resolution: '720p', seconds: 5, steps: 30 }, ['seconds', 'steps']],
    ['runway', 'gen4.5', { runs: 1, seconds: 5, width: 1920, height: 1080, results: 2 }, []],
    ['runway', 'gen4.5', { runs: 1, seconds: 5, quality: 'high' }, ['quality']],
    ['runway', 'eleven_multilingual_v2', { runs: 3, characters: 120, results: 2 }, ['results']],
    ['runway', 'gen4_image_turbo', { runs: 1, format: 'png', bitDepth: 10 }, ['format', 'bitDepth']],
    // Runpod: cold starts count on flex workers only; always-on workers bill the period
    ['runpod', 'H100 PRO', { runs: 100, seconds: 2.3, coldStarts: 5, coldStartSeconds: 12, idleSeconds: 5, gpuCount: 2, volumeGB: 50 }, []],
    ['runpod', 'H100 PRO', { runs: 100, seconds: 2.3, activeWorkers: 2 }, ['activeWorkers']],
    ['runpod', 'H100 PRO', { worker: 'active', activeWorkers: 1, runs: 100, seconds: 2, coldStarts: 3 }, ['coldStarts']],
    ['runpod', 'network-volume', { volumeGB: 100, runs: 5 }, ['runs']],
  ];

  it.each(cases)('%s %s %j', (provider, model, given, expected) => {
    expect(ignored(provider, model, given)).toEqual(expected);
  });

  it('covers both outcomes on every provider (non-vacuity)', () => {
    for (const provider of ['runware', 'fal', 'runway', 'runpod']) {
      const mine = cases.filter(([p]) => p === provider);
      const flagged = mine.flatMap(([, , given, out]) => out.map((a) => [a, given]));
      const kept = mine.flatMap(([, , given, out]) => Object.keys(given).filter((a) => !out.includes(a)));
      expect(flagged.length, provider).toBeGreaterThan(0);
      expect(kept.length, provider).toBeGreaterThan(0);
    }
  });

  it('says which worker type the warning is about', () => {
    const e = estimateWorkload(spec('runpod', 'H100 PRO', { worker: 'active', activeWorkers: 1, coldStarts: 3 }), catalog, 'month');
    expect(e.warnings).toContain('`coldStarts` does not change the price of H100 PRO with `worker: active`; ignored');
  });
});
