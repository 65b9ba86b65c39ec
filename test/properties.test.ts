import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  defaultCatalog,
  diffEstimates,
  estimateManifests,
  Money,
  estimateWorkload,
  exact,
  money,
  sum,
  type Estimate,
  type Manifest,
  type WorkloadSpec,
} from '@genspend/core';
import { fixtures, specOf } from './helpers.js';

const catalog = defaultCatalog();
const cost = (spec: WorkloadSpec, period: 'day' | 'week' | 'month' = 'month') => estimateWorkload(spec, catalog, period).cost!;

/** Fixtures whose whole cost scales with `runs` (no cold starts, volumes or always-on workers). */
const runScaled = fixtures.filter(
  (c) =>
    c.workload.runs !== undefined &&
    !c.workload.coldStarts &&
    !c.workload.volumeGB &&
    !c.workload.containerDiskGB &&
    c.workload.worker !== 'active',
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
    // runs whose base keeps a head workload unchanged in the same file (reusable), and the rest
    let shared = 0;
    let none = 0;
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
        const reusable = file === 'g.yml' && edits.some((e) => e.change === 'same');
        if (reusable) shared++;
        else none++;
        const headEstimate = estimateManifests([head], catalog);
        const alone = estimateManifests([base], catalog);
        expect(plain(estimateManifests([base], catalog, { manifests: [head], estimate: headEstimate }))).toBe(plain(alone));
      }),
      { numRuns: 200 },
    );
    // not vacuous: both kinds of base were priced many times
    expect(shared).toBeGreaterThan(40);
    expect(none).toBeGreaterThan(40);
  });
});

describe('totals are exact at any magnitude', () => {
  // a price file's rate far under a micro-cent ($1.23e-16 a request), beside the shipped catalog
  const withTiny = buildCatalog([
    ...catalog.providers,
    {
      provider: 'acme',
      name: 'Acme',
      currency: 'USD',
      billingSource: 'https://acme.example/pricing',
      models: [
        {
          id: 'ping',
          name: 'Ping',
          kind: 'other',
          rates: [
            {
              unit: 'request',
              amount: '0.000000000000000123',
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
  const tiny: WorkloadSpec = { name: 'ping', provider: 'acme', model: 'ping', attributes: { runs: money(1) } };
  const month = fixtures.filter((c) => (c.period ?? 'month') === 'month').map((c) => specOf(c));
  /** The oracle: decimal.js at 10,000 digits, far beyond any figure here. */
  const Wide = Money.clone({ precision: 10_000 });
  const exactSum = (xs: Money[]) => xs.reduce((t, x) => t.plus(x), new Wide(0)).toFixed();
  /** What 40-digit arithmetic, as genspend used before, makes of the same sum. */
  const Narrow = Money.clone({ precision: 40 });
  const narrowSum = (xs: Money[]) => xs.reduce((t, x) => t.plus(x), new Narrow(0)).toFixed();

  /** Runs at the schema's limit (up to 1e12, 6 decimals), far under one, or ordinary. */
  const runs = fc.oneof(
    fc.bigInt({ min: 10n ** 17n, max: 10n ** 18n }).map((n) => ({ kind: 'extreme', runs: money(n.toString()).dividedBy(1e6) })),
    fc.bigInt({ min: 1n, max: 10n ** 6n }).map((n) => ({ kind: 'tiny', runs: money(n.toString()).dividedBy(1e12) })),
    decimalString.map((d) => ({ kind: 'ordinary', runs: money(d).plus(1) })),
  );
  const workload = fc.record({
    spec: fc.oneof({ arbitrary: fc.constantFrom(...month), weight: 3 }, { arbitrary: fc.constant(tiny), weight: 1 }),
    runs,
  });
  const manifestOf = (picks: { spec: WorkloadSpec; runs: { runs: Money } }[], prefix: string): Manifest => ({
    file: 'g.yml',
    period: 'month',
    budget: { unpriced: 'warn' },
    workloads: picks.map(({ spec, runs: r }, i) => {
      const attributes = spec.attributes.runs !== undefined ? { ...spec.attributes, runs: r.runs } : spec.attributes;
      return { ...spec, name: `${prefix}${i}`, attributes };
    }),
  });
  const seen = { extreme: 0, tiny: 0, ordinary: 0, lossyAt40: 0, exactAt40: 0 };
  const count = (picks: { runs: { kind: string } }[], costs: Money[]) => {
    for (const p of picks) seen[p.runs.kind as 'extreme' | 'tiny' | 'ordinary']++;
    if (narrowSum(costs) === exactSum(costs)) seen.exactAt40++;
    else seen.lossyAt40++;
  };

  it('a total is exactly the sum of the workload costs it adds up', () => {
    fc.assert(
      fc.property(fc.array(workload, { minLength: 1, maxLength: 8 }), (picks) => {
        const estimate = estimateManifests([manifestOf(picks, 'w')], withTiny);
        const costs = estimate.manifests[0]!.workloads.flatMap((w) => (w.cost ? [w.cost] : []));
        count(picks, costs);
        expect(exact(estimate.manifests[0]!.total)).toBe(exactSum(costs));
        expect(exact(estimate.total)).toBe(exactSum(costs));
      }),
      { numRuns: 300 },
    );
    // both magnitudes occur, and the property tells exact sums from 40-digit ones
    expect(seen.extreme).toBeGreaterThan(50);
    expect(seen.tiny).toBeGreaterThan(50);
    expect(seen.ordinary).toBeGreaterThan(50);
    expect(seen.lossyAt40).toBeGreaterThan(10);
    expect(seen.exactAt40).toBeGreaterThan(10);
  });

  it('head total minus base total is the delta, exactly, for the PR and each workload', () => {
    let lossy = 0;
    fc.assert(
      fc.property(fc.array(workload, { minLength: 1, maxLength: 6 }), fc.array(workload, { minLength: 0, maxLength: 6 }), (head, base) => {
        const headEstimate = estimateManifests([manifestOf(head, 'w')], withTiny);
        const baseEstimate = estimateManifests([manifestOf(base, 'w')], withTiny);
        const diff = diffEstimates(baseEstimate, headEstimate);
        const total = (e: typeof headEstimate) => e.manifests[0]!.workloads.flatMap((w) => (w.cost ? [w.cost] : []));
        const headTotal = new Wide(exactSum(total(headEstimate)));
        const baseTotal = new Wide(exactSum(total(baseEstimate)));
        expect(exact(diff.headTotal)).toBe(headTotal.toFixed());
        expect(exact(diff.baseTotal)).toBe(baseTotal.toFixed());
        expect(exact(diff.delta)).toBe(headTotal.minus(baseTotal).toFixed());
        expect(exact(diff.manifests[0]!.delta)).toBe(headTotal.minus(baseTotal).toFixed());
        for (const w of diff.manifests[0]!.workloads) {
          expect(exact(w.delta)).toBe(new Wide(w.headCost).minus(w.baseCost).toFixed());
        }
        if (new Narrow(headTotal).minus(new Narrow(baseTotal)).toFixed() !== headTotal.minus(baseTotal).toFixed()) lossy++;
      }),
      { numRuns: 200 },
    );
    expect(lossy).toBeGreaterThan(10); // cases where 40-digit arithmetic would get the delta wrong
  });
});
