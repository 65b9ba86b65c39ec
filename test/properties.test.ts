import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimateManifests, estimateWorkload, exact, money, sum, type Manifest, type WorkloadSpec } from '@genspend/core';
import { fixtures, specOf } from './helpers.js';

const catalog = defaultCatalog();
const cost = (spec: WorkloadSpec, period: 'day' | 'week' | 'month' = 'month') => estimateWorkload(spec, catalog, period).cost!;

/** Fixtures whose whole cost scales with `runs` (no cold starts, volumes or always-on workers). */
const runScaled = fixtures.filter(
  (c) => c.workload.runs !== undefined && !c.workload.coldStarts && !c.workload.volumeGB && c.workload.worker !== 'active',
);
const withRuns = (spec: WorkloadSpec, runs: string): WorkloadSpec => ({ ...spec, attributes: { ...spec.attributes, runs: money(runs) } });

/** A decimal string with up to 6 fractional digits: the values a float would round. */
const decimalString = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, scale]) => money(n.toString()).dividedBy(money(10).pow(scale)).toFixed());

describe('estimate properties', () => {
  it('cost is never negative, whatever the usage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), decimalString, (c, runs) => {
        const spec = specOf(c);
        const s = spec.attributes.runs !== undefined ? withRuns(spec, runs) : spec;
        expect(cost(s).isNegative()).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('cost is linear in runs, exactly (no float drift) for decimal multipliers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...runScaled), decimalString, (c, k) => {
        const spec = specOf(c);
        const one = cost(spec);
        const scaled = cost(
          withRuns(
            spec,
            money(c.workload.runs as string)
              .times(k)
              .toFixed(),
          ),
        );
        expect(exact(scaled)).toBe(exact(one.times(k)));
      }),
      { numRuns: 300 },
    );
  });

  it('a manifest total is the exact sum of its workloads', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: fixtures.length - 1 }), { minLength: 1, maxLength: 12 }), (picks) => {
        const month = picks.filter((i) => (fixtures[i]!.period ?? 'month') === 'month');
        fc.pre(month.length > 0);
        const specs = month.map((i) => specOf(fixtures[i]!));
        const manifest: Manifest = { file: 'g.yml', period: 'month', budget: { unpriced: 'warn' }, workloads: specs };
        const total = estimateManifests([manifest], catalog).total;
        expect(exact(total)).toBe(exact(sum(specs.map((s) => cost(s)))));
      }),
      { numRuns: 200 },
    );
  });

  it('summing many small costs stays exact', () => {
    // 0.00348 a job, 1,000,000 jobs: a float sum drifts; decimals give 3480 exactly
    const spec = specOf(fixtures.find((c) => c.workload.gpu === 'H100 PRO' && c.workload.runs === '1')!);
    const workloads = Array.from({ length: 1000 }, (_, i) => ({ ...withRuns(spec, '1000'), name: `w${i}` }));
    const total = estimateManifests([{ file: 'g.yml', period: 'month', budget: { unpriced: 'warn' }, workloads }], catalog).total;
    expect(exact(total)).toBe('3480');
  });
});
