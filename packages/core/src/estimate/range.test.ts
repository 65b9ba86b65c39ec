import { describe, expect, it } from 'vitest';
import { priceChange } from '../budget/change.js';
import { defaultCatalog } from '../catalog/default.js';
import { catalogWithPrices } from '../catalog/price-file.js';
import { catalogSchemas } from '../catalog/schema.js';
import { parseManifest } from '../manifest/parse.js';
import { exact, money } from '../money.js';
import { estimateJson } from '../report/json.js';
import { renderEstimateTable } from '../report/table.js';
import { estimateWorkload } from './estimate.js';

const { Rate } = catalogSchemas();

// A rate known only roughly: expected $0.04 an image, as low as $0.03, as high as $0.06.
const uncertain = (extra = '') => `version: 1
providers:
  fal:
    models:
      - id: fal-ai/flux/dev
        name: FLUX.1 [dev] (quoted)
        kind: image
        rates:
          - unit: image
            amount: '0.04'
            range: { low: '0.03', high: '0.06', note: a quote the provider has not confirmed }
            source: https://example.com/quote
            checkedAt: 2026-12-01
            effectiveFrom: 2026-12-01
            basis: contract
${extra}`;

const thumbs = (runs: number) => ({
  name: 'thumbs',
  provider: 'fal',
  model: 'fal-ai/flux/dev',
  attributes: { runs: money(runs), width: money(1024), height: money(1024) },
});

const manifest = (budget: string, runs = 100) =>
  parseManifest(
    `version: 1
period: month
budget: ${budget}
workloads:
  - name: thumbs
    provider: fal
    model: fal-ai/flux/dev
    runs: ${runs}
    width: 1024
    height: 1024
`,
    'genspend.yml',
  );

const rate = (extra: Record<string, unknown>) =>
  Rate.safeParse({
    unit: 'image',
    source: 'https://example.com/p',
    checkedAt: '2026-12-01',
    effectiveFrom: '2026-12-01',
    basis: 'published',
    ...extra,
  });

describe('price ranges', () => {
  it('prices each end of an uncertain rate with the same usage: 100 images at $0.03, $0.04 and $0.06', () => {
    const w = estimateWorkload(thumbs(100), catalogWithPrices(defaultCatalog(), uncertain()), 'month');
    expect(exact(w.cost!)).toBe('4');
    expect(w.range && { low: exact(w.range.low), high: exact(w.range.high) }).toEqual({ low: '3', high: '6' });
    expect(w.assumptions).toContain('price range $3.00 to $6.00: a quote the provider has not confirmed');
  });

  it('leaves a firm price without a range, and totals count it at both ends', () => {
    const firm = estimateWorkload(thumbs(100), defaultCatalog(), 'month');
    expect(firm.range).toBeUndefined();
    const change = priceChange({
      head: [
        parseManifest(
          `version: 1
period: month
workloads:
  - { name: quoted, provider: fal, model: fal-ai/flux/dev, runs: 100, width: 1024, height: 1024 }
  - { name: firm, provider: fal, model: fal-ai/flux/schnell, runs: 1000, width: 1024, height: 1024 }
`,
          'genspend.yml',
        ),
      ],
      catalog: catalogWithPrices(defaultCatalog(), uncertain()),
    });
    // schnell: 1,000 x 1 MP x $0.003 = $3, firm; the total is $4 + $3 = $7, from $6 to $9
    expect(exact(change.head.total)).toBe('7');
    expect(change.head.range && [exact(change.head.range.low), exact(change.head.range.high)]).toEqual(['6', '9']);
    const json = estimateJson(change.head, change.budget);
    expect(json.range).toEqual({ low: '6', expected: '7', high: '9' });
    expect(json.manifests[0]!.range).toEqual({ low: '6', expected: '7', high: '9' });
    expect(json.workloads.map((w) => w.range)).toEqual([{ low: '3', expected: '4', high: '6' }, undefined]);
    expect(renderEstimateTable(change.head, change.budget)).toMatch(/TOTAL +\$7\.00 \(range \$6\.00 to \$9\.00\)/);
  });

  it('floors both ends at the model minimum (Runway seedance2_5: 80 credits a request)', () => {
    const prices = `version: 1
providers:
  runway:
    models:
      - id: seedance2_5
        name: Seedance 2.5 (quoted)
        kind: video
        minimum: { amount: '80', source: https://example.com/q, checkedAt: 2026-12-01, effectiveFrom: 2026-12-01, basis: contract }
        rates:
          - unit: video_second
            amount: '20'
            range: { low: '10', high: '40', note: quoted }
            source: https://example.com/q
            checkedAt: 2026-12-01
            effectiveFrom: 2026-12-01
            basis: contract
`;
    const w = estimateWorkload(
      { name: 'clips', provider: 'runway', model: 'seedance2_5', attributes: { runs: money(10), seconds: money(3) } },
      catalogWithPrices(defaultCatalog(), prices),
      'month',
    );
    // 3 s x 20 = 60 credits, lifted to 80; low 3 x 10 = 30, lifted to 80; high 3 x 40 = 120. x 10 runs x $0.01
    expect(exact(w.cost!)).toBe('8');
    expect(w.range && [exact(w.range.low), exact(w.range.high)]).toEqual(['8', '12']);
  });

  it("moves with a price file's discount", () => {
    const discounted = catalogWithPrices(
      defaultCatalog(),
      `version: 1
providers:
  fal: { discount: 50% }
`,
    );
    // fal-gpu/H200: list $4.50/h, as low as $2.10/h; half of each, for 3,600 s
    const w = estimateWorkload(
      { name: 'gpu', provider: 'fal', model: 'fal-gpu/H200', attributes: { runs: money(1), seconds: money(3600) } },
      discounted,
      'month',
    );
    expect(w.range && [exact(w.range.low), exact(w.range.high)]).toEqual(['1.05', '2.25']);
  });

  it('is refused in the wrong form or on the wrong side of the amount', () => {
    const paths = (r: ReturnType<typeof rate>) => r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(paths(rate({ amount: '0.04', range: { low: '0.05', note: 'n' } }))).toEqual([
      'range.low: `range.low` 0.05 is on the wrong side of `amount` 0.04',
    ]);
    expect(paths(rate({ amount: '0.04', range: { high: '0.039', note: 'n' } }))).toEqual([
      'range.high: `range.high` 0.039 is on the wrong side of `amount` 0.04',
    ]);
    expect(paths(rate({ amount: '0.04', range: { low: [{ width: 1, height: 1, steps: 1, amount: '0.01' }], note: 'n' } }))).toEqual([
      'range.low: an `amount` rate\'s `range.low` is an amount such as "0.0013"',
    ]);
    expect(paths(rate({ tiers: [{ amount: '0.04' }], range: { low: '0.03', note: 'n' } }))).toEqual([
      'range.low: a tiered rate cannot carry a range yet: give the rate as `amount`',
    ]);
    expect(paths(rate({ amount: '0.04', range: { note: 'n' } }))).toEqual(['range: a range needs `low`, `high` or both']);
    expect(rate({ amount: '0.04', range: { low: '0.04', high: '0.04', note: 'n' } }).success).toBe(true);
  });
});

describe('judge: high', () => {
  const catalog = catalogWithPrices(defaultCatalog(), uncertain());

  it('judges a manifest at the high end when its budget says so, and at the expected figure otherwise', () => {
    // 100 images: expected $4, high $6; limit $5
    const expected = priceChange({ head: [manifest('{ limit: 5 }')], catalog });
    expect(expected.budget.verdict).toBe('pass');
    const high = priceChange({ head: [manifest('{ limit: 5, judge: high }')], catalog });
    expect(high.budget.verdict).toBe('fail');
    expect(high.budget.reasons.map((r) => r.message)).toEqual([
      'total at the high end of its price range, $6.00, is over the $5.00 limit by $1.00',
    ]);
    expect(estimateJson(high.head, high.budget).manifests[0]!.budget.judge).toBe('high');
  });

  it('judges the increase rules on the high ends of base and head', () => {
    // base 100 images, head 150: expected +$2, high +$3; maxIncrease $2.50
    const base = { manifests: [manifest('{ maxIncrease: 2.5, judge: high }')] };
    const head = [manifest('{ maxIncrease: 2.5, judge: high }', 150)];
    const r = priceChange({ head, base, catalog });
    expect(r.budget.reasons.map((x) => [x.rule, x.level, x.message])).toEqual([
      ['maxIncrease', 'fail', 'increase at the high end of its price range, $3.00, is over the $2.50 maximum by $0.50'],
    ]);
    expect(
      priceChange({ head: [manifest('{ maxIncrease: 2.5 }', 150)], base: { manifests: [manifest('{ maxIncrease: 2.5 }')] }, catalog })
        .budget.verdict,
    ).toBe('pass');
  });

  it('applies to the PR-level rules when they say so', () => {
    const head = [manifest('{}')];
    expect(priceChange({ head, catalog, pr: { limit: money(5) } }).budget.verdict).toBe('pass');
    const r = priceChange({ head, catalog, pr: { limit: money(5), judge: 'high' } });
    expect(r.budget.reasons.map((x) => x.message)).toEqual([
      'the total of every manifest at the high end of its price range, $6.00, is over the $5.00 limit by $1.00',
    ]);
  });

  it('names a change of `judge` in a budget as a budget change', () => {
    const r = priceChange({ head: [manifest('{ judge: high }')], base: { manifests: [manifest('{}')] }, catalog });
    expect(r.budget.reasons.find((x) => x.rule === 'budget')?.message).toContain('judge expected → high');
  });

  it('is refused with a clear error when misspelled', () => {
    expect(() => manifest('{ judge: highest }')).toThrow(/judge/);
  });
});
