import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimateManifests, exact, parseManifest, quoteRequest, type QuoteOptions } from '@genspend/core';

// A quote of a provider request equals the manifest estimate of the same job, where the test
// writes the manifest itself from what it generated (fal's preset table, each endpoint's default,
// the ratio a Runway body names), so the two routes share only the catalog.

const catalog = defaultCatalog();
const PRESETS: Record<string, [number, number]> = {
  square_hd: [1024, 1024],
  square: [512, 512],
  portrait_4_3: [768, 1024],
  portrait_16_9: [576, 1024],
  landscape_4_3: [1024, 768],
  landscape_16_9: [1024, 576],
};

interface Job {
  provider: 'fal' | 'runway' | 'runware' | 'runpod';
  target: string | undefined;
  body: unknown;
  options?: QuoteOptions;
  /** The manifest workload, as a user would write it for the same job. */
  workload: Record<string, string | number | boolean>;
  /** Whether the body left a priced field to its default. */
  defaulted: boolean;
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const size = fc.integer({ min: 1, max: 64 }).map((n) => n * 64);

const falImage: fc.Arbitrary<Job> = fc
  .record({
    endpoint: fc.constantFrom('fal-ai/flux/dev', 'fal-ai/flux/schnell', 'fal-ai/qwen-image', 'fal-ai/flux-lora'),
    imageSize: maybe(fc.oneof(fc.constantFrom(...Object.keys(PRESETS)), fc.record({ width: size, height: size }))),
    numImages: maybe(fc.integer({ min: 1, max: 8 })),
  })
  .map(({ endpoint, imageSize, numImages }) => {
    // these endpoints default to landscape_4_3 and one image
    const [width, height] =
      imageSize === undefined
        ? PRESETS.landscape_4_3!
        : typeof imageSize === 'string'
          ? PRESETS[imageSize]!
          : [imageSize.width, imageSize.height];
    return {
      provider: 'fal',
      target: endpoint,
      body: {
        prompt: 'x',
        ...(imageSize !== undefined ? { image_size: imageSize } : {}),
        ...(numImages !== undefined ? { num_images: numImages } : {}),
      },
      workload: { model: endpoint, width, height, results: numImages ?? 1 },
      defaulted: imageSize === undefined || numImages === undefined,
    };
  });

const falVeo: fc.Arbitrary<Job> = fc
  .record({
    endpoint: fc.constantFrom('fal-ai/veo3', 'fal-ai/veo3/fast'),
    seconds: maybe(fc.constantFrom(4, 6, 8)),
    form: fc.constantFrom('8s', '8', 8),
    audio: maybe(fc.boolean()),
  })
  .map(({ endpoint, seconds, form, audio }) => {
    const duration =
      seconds === undefined ? undefined : typeof form === 'number' ? seconds : form === '8s' ? `${seconds}s` : String(seconds);
    return {
      provider: 'fal',
      target: endpoint,
      body: { prompt: 'x', ...(duration !== undefined ? { duration } : {}), ...(audio !== undefined ? { generate_audio: audio } : {}) },
      // the endpoint types: duration "8s", generate_audio true
      workload: { model: endpoint, seconds: seconds ?? 8, audio: audio ?? true },
      defaulted: seconds === undefined || audio === undefined,
    };
  });

const runway: fc.Arbitrary<Job> = fc.oneof(
  fc.record({ seconds: fc.integer({ min: 2, max: 10 }), ratio: fc.constantFrom('1280:720', '720:1280') }).map(({ seconds, ratio }) => ({
    provider: 'runway' as const,
    target: 'text_to_video',
    body: { model: 'gen4.5', promptText: 'x', ratio, duration: seconds },
    workload: { model: 'gen4.5', seconds },
    defaulted: false,
  })),
  fc.record({ seconds: maybe(fc.constantFrom(4, 6, 8)), audio: maybe(fc.boolean()) }).map(({ seconds, audio }) => ({
    provider: 'runway' as const,
    target: 'image_to_video',
    body: {
      model: 'veo3.1_fast',
      promptImage: 'https://example.com/a.png',
      ratio: '1280:720',
      ...(seconds ? { duration: seconds } : {}),
      ...(audio !== undefined ? { audio } : {}),
    },
    workload: { model: 'veo3.1_fast', seconds: seconds ?? 8, audio: audio ?? true },
    defaulted: seconds === undefined || audio === undefined,
  })),
  fc.constantFrom(['1920:1080', '1080p'], ['1280:720', '720p'], ['1080:1920', '1080p']).map(([ratio, resolution]) => ({
    provider: 'runway' as const,
    target: 'text_to_image',
    body: { model: 'gen4_image', promptText: 'x', ratio },
    workload: { model: 'gen4_image', resolution: resolution! },
    defaulted: false,
  })),
);

const runware: fc.Arbitrary<Job> = fc
  .record({ width: size, height: size, steps: fc.integer({ min: 1, max: 50 }), results: maybe(fc.integer({ min: 1, max: 4 })) })
  .map(({ width, height, steps, results }) => ({
    provider: 'runware',
    target: undefined,
    body: [
      {
        taskType: 'imageInference',
        model: 'runware:101@1',
        positivePrompt: 'x',
        width,
        height,
        steps,
        ...(results ? { numberResults: results } : {}),
      },
    ],
    workload: { model: 'runware:101@1', width, height, steps, results: results ?? 1 },
    defaulted: results === undefined,
  }));

const runpod: fc.Arbitrary<Job> = fc
  .record({ gpu: fc.constantFrom('ADA_24', 'AMPERE_24', 'H100 PRO', 'ADA_24,AMPERE_24'), tenths: fc.integer({ min: 1, max: 100_000 }) })
  .map(({ gpu, tenths }) => {
    const seconds = (tenths / 10).toString();
    return {
      provider: 'runpod',
      target: gpu,
      body: { input: { prompt: 'x' } },
      options: { seconds },
      workload: { gpu, seconds },
      defaulted: false,
    };
  });

/** The manifest text for the job, one run, priced by the manifest route. */
function manifestCost(job: Job): string | null {
  const fields = Object.entries(job.workload).map(
    ([k, v]) => `${k}: ${typeof v === 'string' && !/^\d+(\.\d+)?$/.test(v) ? JSON.stringify(v) : String(v)}`,
  );
  const text = `version: 1\nworkloads:\n  - { name: job, provider: ${job.provider}, runs: 1, ${fields.join(', ')} }\n`;
  const cost = estimateManifests([parseManifest(text, 'genspend.yml')], catalog).manifests[0]!.workloads[0]!.cost;
  return cost === null ? null : exact(cost);
}

describe('quote properties', () => {
  it('a quote of a provider request is the manifest estimate of the same job, exactly', () => {
    const seen = { defaulted: 0, given: 0, costs: new Set<string>() };
    fc.assert(
      fc.property(fc.oneof(falImage, falVeo, runway, runware, runpod), (job) => {
        const quote = quoteRequest(job.provider, job.target, job.body, job.options);
        const quoted = quote.cost === null ? null : exact(quote.cost);
        expect(quoted).not.toBeNull();
        expect(quoted).toBe(manifestCost(job));
        seen[job.defaulted ? 'defaulted' : 'given']++;
        seen.costs.add(quoted!);
      }),
      { numRuns: 400 },
    );
    // non-vacuous: bodies that leave fields to defaults and bodies that give them, at many prices
    expect(seen.defaulted).toBeGreaterThan(20);
    expect(seen.given).toBeGreaterThan(20);
    expect(seen.costs.size).toBeGreaterThan(50);
  });

  it('a quote never prices an endpoint the catalog does not know at $0', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^fal-ai\/[a-z0-9-]{1,20}$/), (endpoint) => {
        const q = quoteRequest('fal', endpoint, { prompt: 'x' });
        if (catalog.model('fal', endpoint)) return;
        expect(q.cost).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
