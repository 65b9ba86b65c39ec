import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { estimateManifests } from '../estimate/manifests.js';
import { parseManifest } from '../manifest/parse.js';
import { money } from '../money.js';
import { reconcile } from './reconcile.js';
import { reconcileJson, renderReconcileMarkdown, renderReconcileTable } from './report.js';
import { billedRows } from './rows.js';
import type { BilledRow } from './types.js';

const fixture = JSON.parse(readFileSync(new URL('../../../../test/fixtures/reconcile.json', import.meta.url), 'utf8'));
const catalog = defaultCatalog();
const PROVIDERS = ['fal', 'runway', 'runware', 'runpod'];

function run(
  manifest: string = fixture.manifest,
  rows: BilledRow[] = fixture.billed,
  options: { maxVariance?: string; providers?: string[] } = {},
) {
  const estimate = estimateManifests([parseManifest(manifest, 'genspend.yml')], catalog);
  return reconcile(estimate, { providers: options.providers ?? PROVIDERS, rows }, fixture.window, {
    catalog,
    ...(options.maxVariance ? { maxVariance: money(options.maxVariance) } : {}),
  });
}

describe('reconcile (shared fixture, figures worked by hand)', () => {
  const result = run();
  const json = reconcileJson(result, []);

  it('prorates a month to 30 days as 720/730 and totals planned, billed and unplanned', () => {
    expect(json.prorate).toEqual({ hours: 720, periodHours: 730, fraction: '720/730' });
    expect(json.totals).toEqual(fixture.expected.totals);
    expect(json.status).toBe(fixture.expected.status);
  });

  it('gives planned, billed, difference and ratio per workload, fal unit price and quantity included', () => {
    expect(json.workloads).toHaveLength(fixture.expected.workloads.length);
    fixture.expected.workloads.forEach((want: object, i: number) => expect(json.workloads[i]).toMatchObject(want));
  });

  it('lists spend on models no manifest declares, largest first', () => {
    expect(json.unplanned).toEqual(fixture.expected.unplanned);
  });

  it('says why a line failed: the unit price for fal, the spend elsewhere', () => {
    const [thumbnails, , , banners] = json.workloads;
    expect(thumbnails!.reasons).toEqual([
      'unit price billed 0.035 per megapixel against 0.025 per megapixel planned: +40.0%, more than the 25% allowed',
    ]);
    expect(banners!.reasons).toEqual(['billed $400.00 against $280.80 planned for the window: +42.5%, more than the 25% allowed']);
  });

  it('lets --max-variance override the manifest: at 50% every line passes', () => {
    expect(run(undefined, undefined, { maxVariance: '50' }).verdict).toBe('pass');
    // at 1%, the -1.62% Runway line fails too
    expect(run(undefined, undefined, { maxVariance: '1' }).lines.find((l) => l.model === 'gen4.5')?.verdict).toBe('fail');
  });

  it('nets a refund: a refund larger than the spend bills a negative amount, not zero', () => {
    const rows: BilledRow[] = [
      { provider: 'runway', model: 'gen4.5', date: '2026-11-03', credits: '100' },
      { provider: 'runway', model: 'gen4.5', date: '2026-11-04', credits: '-300' },
    ];
    const line = run(undefined, rows, { providers: ['runway'] }).lines[0]!;
    expect(line).toMatchObject({ model: 'gen4.5', verdict: 'fail' });
    expect(line.billedUsd.toFixed()).toBe('-2');
    expect(line.billedCredits?.toFixed()).toBe('-200');
  });

  it('judges only the providers that were read, and a workload billed nothing as 100% under', () => {
    const r = run(undefined, [], { providers: ['runware'] });
    expect(r.lines.map((l) => l.model)).toEqual(['google:4@1']);
    expect(r.lines[0]).toMatchObject({ verdict: 'fail' });
    expect(r.lines[0]!.variancePercent?.toFixed()).toBe('-100');
  });

  it('keeps a 40-digit planned figure when the share does not end, and rounds only for display', () => {
    const estimate = estimateManifests(
      [parseManifest('version: 1\nworkloads:\n  - { name: a, provider: runware, model: google:4@1, runs: 1000 }\n', 'g.yml')],
      catalog,
    );
    const r = reconcile(estimate, { providers: ['runware'], rows: [] }, { startDate: '2026-11-01', beforeDate: '2026-11-08' }, { catalog });
    // $39 x 168 / 730 = $8.975342465753424657534246575342465753425 (7 days of a month)
    expect(reconcileJson(r, []).workloads[0]!.plannedUsd).toBe('8.975342465753424657534246575342465753425');
    expect(renderReconcileTable(r, [])).toContain('$8.98');
  });

  it('asks for an endpointId on a Runpod workload without one instead of judging it against nothing', () => {
    const manifest = 'version: 1\nworkloads:\n  - { name: up, provider: runpod, gpu: AMPERE_24, runs: 10, seconds: 1 }\n';
    const r = run(manifest, [{ provider: 'runpod', model: 'ep-9', date: '2026-11-02', amountUsd: '5' }], { providers: ['runpod'] });
    expect(r.lines[0]).toMatchObject({ verdict: 'unmatched', reasons: [expect.stringContaining('add `endpointId`')] });
    expect(r.verdict).toBe('pass');
    expect(r.unplanned.map((u) => u.model)).toEqual(['ep-9']);
  });

  it('does not compare unit prices in different units', () => {
    const rows: BilledRow[] = [
      {
        provider: 'fal',
        model: 'fal-ai/ovi',
        date: '2026-11-02',
        amountUsd: '14.4',
        units: { unit: 'second', quantity: '144', unitPrice: '0.1' },
      },
    ];
    const line = run(undefined, rows, { providers: ['fal'] }).lines.find((l) => l.model === 'fal-ai/ovi')!;
    expect(line.unitPrice?.comparable).toBe(false);
    expect(line.verdict).toBe('pass');
    expect(line.reasons).toEqual(['fal billed second where the plan counts video: the unit prices are not compared']);
  });

  it('escapes provider model ids in markdown and in the terminal', () => {
    const rows: BilledRow[] = [{ provider: 'fal', model: 'evil|<b>\u001b[2J', date: '2026-11-02', amountUsd: '1' }];
    const r = run(undefined, rows, { providers: ['fal'] });
    expect(renderReconcileMarkdown(r, [])).toContain('evil\\|&lt;b&gt;');
    expect(renderReconcileTable(r, [])).not.toContain('\u001b');
  });
});

describe('manifest fields for reconcile', () => {
  it('reads `reconcile.maxVariance` and a workload `endpointId`, and refuses a negative variance by place', () => {
    const m = parseManifest(fixture.manifest, 'genspend.yml');
    expect(m.reconcile?.maxVariance?.toFixed()).toBe('25');
    expect(m.workloads[4]?.endpointId).toBe('ep-1');
    expect(() => parseManifest('version: 1\nreconcile: { maxVariance: -5 }\nworkloads: []\n', 'g.yml')).toThrow(
      'g.yml:2: reconcile.maxVariance: expected a number from 0 to 1e6',
    );
  });
});

describe('billedRows', () => {
  it('splits days per model, keeps fal units, and keeps spend no model accounts for', () => {
    expect(
      billedRows({
        provider: 'runware',
        days: [
          { date: '2026-11-01', amountUsd: '3', byModel: { a: '2' } },
          { date: '2026-11-02', amountUsd: '1' },
        ],
      }),
    ).toEqual([
      { provider: 'runware', model: 'a', date: '2026-11-01', amountUsd: '2' },
      { provider: 'runware', date: '2026-11-01', amountUsd: '1' },
      { provider: 'runware', date: '2026-11-02', amountUsd: '1' },
    ]);
    expect(
      billedRows({
        provider: 'runway',
        days: [{ date: '2026-11-01', credits: '-5', byModel: { 'gen4.5': '-5' } }],
      }),
    ).toEqual([{ provider: 'runway', model: 'gen4.5', date: '2026-11-01', credits: '-5' }]);
  });
});

describe('the markdown report within a size limit (a job summary)', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const verdictRows = (text: string) => text.split('\n').filter((l) => /^\| (OVER|ok|unpriced|unmatched) \|/.test(l));

  it('is the whole report when it fits', () => {
    const r = run();
    const full = renderReconcileMarkdown(r, []);
    expect(renderReconcileMarkdown(r, [], { maxBytes: bytes(full), fullReportAt: 'the JSON report' })).toBe(full);
  });

  it('keeps the headline, totals, chart and provider errors, the rows over the variance first, and counts what it leaves out', () => {
    // 3,000 models no manifest declares make the whole report some 150 KB
    const unplanned: BilledRow[] = Array.from({ length: 3000 }, (_, i) => ({
      provider: 'fal',
      model: `fal-ai/unplanned-${i}`,
      date: '2026-11-02',
      amountUsd: '0.5',
    }));
    const r = run(undefined, [...fixture.billed, ...unplanned]);
    const reads = [{ provider: 'runpod', error: { kind: 'auth', message: 'Runpod refused the key' } }];
    const full = renderReconcileMarkdown(r, reads);
    const limit = 20_000;
    expect(bytes(full)).toBeGreaterThan(5 * limit);

    const short = renderReconcileMarkdown(r, reads, { maxBytes: limit, fullReportAt: 'the JSON report' });
    expect(bytes(short)).toBeLessThanOrEqual(limit);
    expect(short.split('\n')[0]).toBe(full.split('\n')[0]);
    expect(short).toContain(`Planned ${full.match(/Planned (\S+), billed/)![1]}, billed`);
    expect(short).toContain('- Runpod refused the key');
    expect(short).toContain('```mermaid');
    // every workload row fits here; the unplanned ones are cut, largest first as in the full report
    const rows = verdictRows(short);
    expect(rows).toHaveLength(r.lines.length);
    const order = ['OVER', 'unmatched', 'unpriced', 'ok'];
    const rank = (l: string) => order.indexOf(l.split(' | ')[0]!.slice(2));
    const ranks = rows.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // the whole report keeps the manifest's order, which this fixture does not have sorted
    expect(verdictRows(full).map(rank)).not.toEqual(ranks);
    expect(rows.some((l) => l.startsWith('| OVER |'))).toBe(true);
    const lines = short.split('\n');
    const table = lines.slice(lines.indexOf('| Provider | Model | Billed |') + 2);
    const shown = table.slice(
      0,
      table.findIndex((l) => !l.startsWith('| ')),
    ).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(3000);
    expect(short).toContain(
      `_Shortened to fit 20,000 bytes: ${r.lines.length} of ${r.lines.length} workload rows and ${shown} of ${r.unplanned.length} unplanned models shown, those over the variance first; every row is in the JSON report._`,
    );
  });
});
