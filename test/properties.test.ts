import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultCatalog,
  estimateManifests,
  estimateWorkload,
  exact,
  money,
  sum,
  type Estimate,
  type Manifest,
  type Money,
  type WorkloadSpec,
} from '@genspend/core';
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

describe('pricing a base with the head it shares workloads with', () => {
  const month = fixtures.filter((c) => (c.period ?? 'month') === 'month');
  /** An estimate as plain data: every figure as its exact string, every key in its order. */
  const plain = (e: Estimate) =>
    JSON.stringify(e, (_, v: unknown) => (v !== null && typeof v === 'object' && 'toFixed' in v ? `D:${exact(v as Money)}` : v));
  const edit = fc.record({
    pick: fc.nat(),
    change: fc.constantFrom('same', 'runs', 'rename', 'line', 'model', 'drop', 'attribute'),
  });

  it('gives the same estimate as pricing it alone', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom('g.yml', 'other.yml'), (edits, file) => {
        const head: Manifest = { file: 'g.yml', period: 'month', budget: { unpriced: 'warn' }, workloads: [] };
        const base: Manifest = { file, period: 'month', budget: { unpriced: 'warn' }, workloads: [] };
        edits.forEach(({ pick, change }, i) => {
          const spec = { ...specOf(month[pick % month.length]!), name: `w${i}`, location: { file: 'g.yml', line: i + 1 } };
          head.workloads.push(spec);
          if (change === 'drop') return;
          const attributes = { ...spec.attributes };
          if (change === 'runs' && attributes.runs) attributes.runs = money(1).plus(attributes.runs as Money);
          if (change === 'attribute') attributes.runs = money(attributes.runs === undefined ? 1 : 7);
          base.workloads.push({
            ...spec,
            name: change === 'rename' ? `v${i}` : spec.name,
            model: change === 'model' ? `${spec.model}-x` : spec.model,
            location: { file, line: change === 'line' ? i + 40 : i + 1 },
            attributes,
          });
        });
        const headEstimate = estimateManifests([head], catalog);
        const alone = estimateManifests([base], catalog);
        expect(plain(estimateManifests([base], catalog, { manifests: [head], estimate: headEstimate }))).toBe(plain(alone));
      }),
      { numRuns: 200 },
    );
  });
});
