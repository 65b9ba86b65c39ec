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
