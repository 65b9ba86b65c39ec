import { describe, expect, it } from 'vitest';
import { parseManifest } from '../manifest/parse.js';
import { compareScan, quoteCall, undeclaredRule } from './compare.js';
import type { CallSite } from './types.js';

const site = (over: Partial<CallSite>): CallSite => ({
  file: 'src/a.ts',
  line: 1,
  column: 1,
  provider: 'fal',
  sdk: '@fal-ai/client',
  call: 'fal.subscribe',
  model: 'fal-ai/flux/dev',
  arguments: {},
  dynamic: [],
  ...over,
});
const manifest = (text: string) => parseManifest(`version: 1\n${text}`, 'genspend.yml');

describe('quoteCall', () => {
  it('prices literal arguments as the request quote does', () => {
    const q = quoteCall(site({ arguments: { image_size: 'landscape_4_3', num_images: 2 } }));
    expect(q.cost?.toFixed()).toBe('0.05');
  });

  it('leaves a call unpriced when a computed argument could change the price, not when it is a prompt', () => {
    expect(quoteCall(site({ arguments: { num_images: 2 }, dynamic: ['prompt'] })).cost?.toFixed()).toBe('0.05');
    const q = quoteCall(site({ arguments: {}, dynamic: ['num_images'] }));
    expect(q).toMatchObject({ cost: null, reason: 'the price depends on `num_images`, which the code computes' });
    expect(quoteCall(site({ dynamic: ['...'] })).reason).toBe(
      'the price depends on fields spread in from elsewhere, which the code computes',
    );
  });

  it('never prices a Runpod job or a computed model, and says why', () => {
    expect(quoteCall(site({ provider: 'runpod', sdk: 'runpod', model: 'ep1' })).reason).toContain('GPU and run time');
    expect(quoteCall(site({ model: null, dynamic: ['model'] })).reason).toBe('the model is not literal in the code');
  });

  it('keeps what the literals give when the price needs a figure the code lacks', () => {
    const q = quoteCall(
      site({
        provider: 'runware',
        sdk: '@runware/sdk-js',
        model: 'runware:101@1',
        arguments: { taskType: 'imageInference', model: 'runware:101@1', width: 512, height: 512, numberResults: 4 },
      }),
    );
    expect(q.cost).toBeNull();
    expect(q.missing).toEqual(['steps']);
    expect(q.workload?.attributes).toMatchObject({ width: expect.anything(), results: expect.anything() });
    expect(q.workload?.attributes.steps).toBeUndefined();
  });
});

describe('compareScan', () => {
  const m = manifest(`workloads:
  - { name: posters, provider: fal, model: fal-ai/flux/dev, runs: 10, width: 1024, height: 768, results: 2 }
  - { name: big posters, provider: fal, model: fal-ai/flux/dev, runs: 10, width: 1024, height: 768, results: 4 }
  - { name: gone, provider: runway, model: gen4_turbo, runs: 1, seconds: 5 }
`);

  it('declares by provider and model, and a mismatch only when the call contradicts every workload of its model', () => {
    const r = compareScan([site({ arguments: { image_size: 'landscape_4_3', num_images: 4 } })], [m]);
    expect(r.calls[0]).toMatchObject({ status: 'declared', declaredBy: { workload: 'big posters' }, mismatches: [] });
    const odd = compareScan([site({ arguments: { image_size: 'landscape_4_3', num_images: 3 } })], [m]);
    expect(odd.calls[0]!.mismatches).toEqual([{ attribute: 'results', code: '3', declared: '2' }]);
  });

  it('lists undeclared calls and stale workloads, and judges by the rule', () => {
    const calls = [site({ model: 'fal-ai/flux/schnell' }), site({ line: 2 })];
    const r = compareScan(calls, [m]);
    expect(r.calls.map((c) => c.status)).toEqual(['undeclared', 'declared']);
    expect(r.stale.map((s) => s.workload)).toEqual(['gone']);
    expect(r).toMatchObject({ rule: 'warn', verdict: 'warn', undeclared: 1 });
    expect(compareScan(calls, [m], { undeclared: 'fail' }).verdict).toBe('fail');
    expect(compareScan(calls, [m], { undeclared: 'off' }).undeclared).toBe(0);
  });

  it('ties a call to a workload by its comment, and says when the name is declared nowhere', () => {
    const tied = compareScan([site({ model: 'fal-ai/flux/schnell', workload: 'posters' })], [m]);
    expect(tied.calls[0]).toMatchObject({ status: 'declared', matchedBy: 'comment', declaredBy: { workload: 'posters' } });
    expect(tied.calls[0]!.mismatches[0]).toEqual({ attribute: 'model', code: 'fal-ai/flux/schnell', declared: 'fal-ai/flux/dev' });
    const nowhere = compareScan([site({ workload: 'thumbnails' })], [m]);
    expect(nowhere.calls[0]).toMatchObject({
      status: 'undeclared',
      note: 'its comment names workload "thumbnails", which no manifest declares',
    });
  });

  it('leaves ignored calls out of the comparison', () => {
    const r = compareScan([site({ model: 'fal-ai/other', ignored: true })], [m], { undeclared: 'fail' });
    expect(r.calls[0]!.status).toBe('ignored');
    expect(r.undeclared).toBe(0);
  });

  it('takes the strictest rule of the manifests unless one is given', () => {
    const fail = manifest('budget: { undeclared: fail }\nworkloads: []\n');
    const off = manifest('budget: { undeclared: off }\nworkloads: []\n');
    expect(undeclaredRule([off, fail])).toBe('fail');
    expect(undeclaredRule([off])).toBe('off');
    expect(undeclaredRule([])).toBe('warn');
    expect(undeclaredRule([fail], 'warn')).toBe('warn');
  });
});
