import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { problemsOf } from '../errors.js';
import { estimateWorkload } from '../estimate/estimate.js';
import { exact } from '../money.js';
import type { WorkloadEstimate, WorkloadSpec } from '../estimate/types.js';
import data from './fixtures/runpod.json' with { type: 'json' };
import { quoteRequest } from './quote.js';
import type { QuoteOptions } from './types.js';

// A Runpod quote's high end (the job at its execution timeout) is worked out once per pool,
// worker and timeout: it must equal the manifest estimate of the job at the timeout, worked out
// afresh, for every quote, and a copy one caller changes must not reach the next.

const catalog = defaultCatalog();
const plain = (e: WorkloadEstimate): unknown => JSON.parse(JSON.stringify(e));
const atTimeout = (w: WorkloadSpec, seconds: WorkloadSpec['attributes']['seconds']): unknown =>
  plain(estimateWorkload({ ...w, attributes: { ...w.attributes, seconds } }, catalog, 'month'));

function quoted(gpu: string, body: unknown, options: QuoteOptions) {
  try {
    return quoteRequest('runpod', gpu, body, { ...options, catalog });
  } catch (e) {
    if (problemsOf(e)) return undefined;
    throw e;
  }
}

describe('Runpod high end', () => {
  it('equals the estimate at the timeout for each fixture, quoted again and again', () => {
    for (const c of data.cases)
      for (const seconds of [c.options.seconds, 1, 0.5, 599.5, 10_000])
        for (let i = 0; i < 3; i++) {
          const j = quoteRequest('runpod', c.target, c.body, { ...(c.options as QuoteOptions), seconds, catalog }).jobs[0]!;
          expect(exact(j.high!.estimate.cost!)).toBe(c.high);
          expect(plain(j.high!.estimate)).toEqual(atTimeout(j.workload, j.high!.seconds));
        }
  });

  it('gives each quote its own copy', () => {
    const c = data.cases[0]!;
    const first = quoteRequest('runpod', c.target, c.body, { ...(c.options as QuoteOptions), catalog }).jobs[0]!.high!.estimate;
    const expected = plain(first);
    first.warnings.push('changed by a caller');
    first.assumptions.length = 0;
    first.lines.length = 0;
    const again = quoteRequest('runpod', c.target, c.body, { ...(c.options as QuoteOptions), catalog }).jobs[0]!.high!.estimate;
    expect(plain(again)).toEqual(expected);
    again.lines.forEach((l) => (l.label = 'changed'));
    expect(plain(quoteRequest('runpod', c.target, c.body, { ...(c.options as QuoteOptions), catalog }).jobs[0]!.high!.estimate)).toEqual(
      expected,
    );
  });

  it('equals the estimate at the timeout for any pool, worker, timeout and expected time', () => {
    const gpus = catalog.provider('runpod')!.models.map((m) => m.id);
    let priced = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...gpus),
          fc.tuple(fc.constantFrom(...gpus), fc.constantFrom(...gpus)).map(([a, b]) => `${a},${b}`),
        ),
        fc.integer({ min: 1, max: 100_000 }).map((n) => n / 10),
        fc.option(fc.integer({ min: 5, max: 10_000 }).map((s) => s * 1000)),
        fc.constantFrom<QuoteOptions['worker'] | undefined>(undefined, 'flex', 'active'),
        (gpu, seconds, timeout, worker) => {
          const body = { input: { prompt: 'x' }, ...(timeout === null ? {} : { policy: { executionTimeout: timeout } }) };
          const options: QuoteOptions = { seconds, ...(worker ? { worker } : {}) };
          for (let i = 0; i < 2; i++) {
            const q = quoted(gpu, body, options);
            const j = q?.jobs[0];
            if (!j?.high) return;
            if (i === 0 && j.high.estimate.cost !== null) priced++;
            expect(plain(j.high.estimate)).toEqual(atTimeout(j.workload, j.high.seconds));
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(priced).toBeGreaterThan(100);
  });
});
