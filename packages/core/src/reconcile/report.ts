import { exact, formatPercent, formatQuantity, formatUsd, type Decimal } from '../money.js';
import { columns } from '../report/table.js';
import { escapeMarkdown } from '../report/markdown.js';
import { xyChartMermaid } from '../report/mermaid.js';
import { utf8Length } from '../yaml/limits.js';
import type { ReconcileLine, Reconciliation, UnplannedLine } from './types.js';

/** How each provider's usage read went: `source` names the API that answered; `error` why none did. */
export interface ProviderRead {
  provider: string;
  source?: string;
  error?: { kind: string; message: string };
}

/** 2: adds `daily`, the per-day series; everything else as in 1. */
export const RECONCILE_JSON_VERSION = 2;

const fixed = (d: Decimal | null | undefined) => (d === null || d === undefined ? null : exact(d));
/** Percents and ratios in JSON: 2 decimal places, half-up; money stays exact. */
const percent = (d: Decimal | null) => (d === null ? null : d.toFixed(2));
const ratioOf = (d: Decimal | null) => (d === null ? null : d.toFixed(4));

/**
 * The JSON contract of `genspend reconcile` (documented in the README), version 2. Money is an
 * exact decimal string; a planned figure prorated to the window is a 40-digit quotient when the
 * share does not end (720/730). `status` is `error` when a provider could not be read, whatever
 * the lines say.
 */
export function reconcileJson(r: Reconciliation, providers: readonly ProviderRead[]) {
  const failed = providers.filter((p) => p.error);
  return {
    version: RECONCILE_JSON_VERSION,
    status: failed.length ? ('error' as const) : r.verdict,
    window: r.window,
    period: r.period,
    prorate: { hours: r.prorate.hours, periodHours: r.prorate.periodHours, fraction: `${r.prorate.hours}/${r.prorate.periodHours}` },
    providers: providers.map(({ provider, ...rest }) => ({ provider, status: rest.error ? 'error' : 'ok', ...rest })),
    totals: { plannedUsd: exact(r.plannedUsd), billedUsd: exact(r.billedUsd), unplannedUsd: exact(r.unplannedUsd) },
    workloads: r.lines.map(lineJson),
    unplanned: r.unplanned.map(unplannedJson),
    daily: r.daily.map((d) => ({
      date: d.date,
      plannedUsd: exact(d.plannedUsd),
      billedUsd: exact(d.billedUsd),
      unplannedUsd: exact(d.unplannedUsd),
    })),
  };
}
export type ReconcileJson = ReturnType<typeof reconcileJson>;

function lineJson(l: ReconcileLine) {
  return {
    provider: l.provider,
    model: l.model,
    billedAs: l.billedAs,
    workloads: l.workloads,
    verdict: l.verdict,
    plannedUsd: fixed(l.plannedUsd),
    billedUsd: exact(l.billedUsd),
    ...(l.billedCredits !== undefined ? { plannedCredits: fixed(l.plannedCredits), billedCredits: exact(l.billedCredits) } : {}),
    differenceUsd: fixed(l.differenceUsd),
    ratio: ratioOf(l.ratio),
    variancePercent: percent(l.variancePercent),
    maxVariancePercent: exact(l.maxVariance),
    ...(l.unitPrice
      ? {
          unitPrice: {
            billedUnit: l.unitPrice.billedUnit ?? null,
            plannedUnit: l.unitPrice.plannedUnit,
            billedUsd: exact(l.unitPrice.billed),
            plannedUsd: exact(l.unitPrice.planned),
            variancePercent: percent(l.unitPrice.variancePercent),
            compared: l.unitPrice.comparable,
          },
        }
      : {}),
    ...(l.quantity
      ? { quantity: { billed: exact(l.quantity.billed), planned: fixed(l.quantity.planned), ratio: ratioOf(l.quantity.ratio) } }
      : {}),
    reasons: l.reasons,
  };
}

function unplannedJson(u: UnplannedLine) {
  return {
    provider: u.provider,
    model: u.model,
    billedUsd: exact(u.billedUsd),
    ...(u.billedCredits !== undefined ? { billedCredits: exact(u.billedCredits) } : {}),
    ...(u.quantity ? { quantity: { unit: u.quantity.unit ?? null, billed: exact(u.quantity.billed) } } : {}),
  };
}

const VERDICT: Record<ReconcileLine['verdict'], string> = { pass: 'ok', fail: 'OVER', unpriced: 'unpriced', unmatched: 'unmatched' };
const workloadNames = (l: ReconcileLine) => l.workloads.map((w) => w.name).join(', ');
const modelName = (l: ReconcileLine) => (l.billedAs.length ? `${l.model} (billed as ${l.billedAs.join(', ')})` : l.model);
const usd = (d: Decimal | null) => (d === null ? 'unpriced' : formatUsd(d));
const pct = (d: Decimal | null) => (d === null ? '-' : formatPercent(d, { sign: true }));
/** A unit price is shown with every digit: $0.035 rounded to cents would read as $0.04 against $0.03. */
const unitUsd = (d: Decimal) => `$${d.toSignificantDigits(6).toFixed()}`;
const unitPriceText = (l: ReconcileLine) =>
  l.unitPrice
    ? `${unitUsd(l.unitPrice.billed)}/${l.unitPrice.billedUnit ?? l.unitPrice.plannedUnit} vs ${unitUsd(l.unitPrice.planned)}/${l.unitPrice.plannedUnit} (${pct(l.unitPrice.variancePercent)})`
    : '';
const quantityText = (l: ReconcileLine) =>
  l.quantity
    ? `${formatQuantity(l.quantity.billed)} of ${l.quantity.planned ? formatQuantity(l.quantity.planned.toDecimalPlaces(2)) : '?'}`
    : '';

function headline(r: Reconciliation, providers: readonly ProviderRead[]): string {
  const failed = providers.filter((p) => p.error);
  const over = r.lines.filter((l) => l.verdict === 'fail').length;
  const status = failed.length
    ? `ERROR (${failed.length} of ${providers.length} providers could not be read: ${failed.map((p) => p.provider).join(', ')})`
    : over
      ? `OVER (${over} of ${r.lines.length} over the variance)`
      : 'OK';
  return `genspend reconcile: ${status}; ${r.window.startDate} to ${r.window.beforeDate} (exclusive), ${r.window.days} days = ${r.prorate.hours}/${r.prorate.periodHours} of a ${r.period}`;
}

/** Terminal text: one row per workload (group), then the unplanned spend, then the reasons. */
export function renderReconcileTable(r: Reconciliation, providers: readonly ProviderRead[]): string {
  const out = [headline(r, providers), ''];
  const rows = [['', 'workload', 'provider', 'model', 'planned', 'billed', 'diff', 'variance', 'fal unit price', 'fal quantity']];
  for (const l of r.lines)
    rows.push([
      VERDICT[l.verdict],
      workloadNames(l),
      l.provider,
      modelName(l),
      usd(l.plannedUsd),
      formatUsd(l.billedUsd),
      l.differenceUsd ? formatUsd(l.differenceUsd, { sign: true }) : '-',
      pct(l.variancePercent),
      unitPriceText(l),
      quantityText(l),
    ]);
  out.push(...columns(rows, new Set([4, 5, 6, 7])));
  out.push('', `planned ${formatUsd(r.plannedUsd)}, billed ${formatUsd(r.billedUsd)} (unplanned ${formatUsd(r.unplannedUsd)})`);
  if (r.unplanned.length) {
    out.push('', 'Unplanned spend (models no manifest declares), largest first:');
    out.push(
      ...columns(
        r.unplanned.map((u) => ['', u.provider, u.model ?? '(not split by model)', formatUsd(u.billedUsd)]),
        new Set([3]),
      ),
    );
  }
  const reasons = r.lines.flatMap((l) => l.reasons.map((why) => `${workloadNames(l)}: ${why}`));
  for (const p of providers) if (p.error) reasons.push(p.error.message);
  if (reasons.length) out.push('', ...columns(reasons.map((x) => [x])));
  return out.join('\n') + '\n';
}

/** Markdown for a job summary or a comment: every name from a manifest or a provider is escaped. */
/**
 * What a shortened report fits in: at most `maxBytes` of UTF-8 (GitHub refuses a job summary over
 * 1 MiB), with the rows it leaves out counted and pointed at `fullReportAt`.
 */
export interface MarkdownLimit {
  readonly maxBytes: number;
  readonly fullReportAt: string;
}

/** Rows that need a look first when a report is shortened: over the variance, then unjudged, then within it. */
const ATTENTION: Record<ReconcileLine['verdict'], number> = { fail: 0, unmatched: 1, unpriced: 2, pass: 3 };

export function renderReconcileMarkdown(r: Reconciliation, providers: readonly ProviderRead[], limit?: MarkdownLimit): string {
  const md = escapeMarkdown;
  const row = (l: ReconcileLine) =>
    `| ${VERDICT[l.verdict]} | ${md(workloadNames(l))} | ${md(l.provider)} | ${md(modelName(l))} | ${usd(l.plannedUsd)} | ${formatUsd(l.billedUsd)} | ${l.differenceUsd ? formatUsd(l.differenceUsd, { sign: true }) : '-'} | ${pct(l.variancePercent)} | ${md(unitPriceText(l))} | ${md(quantityText(l))} |`;
  const unplannedRow = (u: UnplannedLine) => `| ${md(u.provider)} | ${md(u.model ?? '(not split by model)')} | ${formatUsd(u.billedUsd)} |`;
  const errors = providers.flatMap((p) => (p.error ? [`- ${md(p.error.message)}`] : []));
  const reasonsOf = (lines: readonly ReconcileLine[]) =>
    lines.flatMap((l) => l.reasons.map((why) => `- ${md(workloadNames(l))}: ${md(why)}`));
  const render = (rows: readonly string[], unplanned: readonly string[], reasons: readonly string[], note?: string) => {
    const out = [`### ${md(headline(r, providers).replace(/^genspend reconcile: /, 'Reconcile: '))}`, ''];
    out.push('| | Workload | Provider | Model | Planned | Billed | Difference | Variance | fal unit price | fal quantity |');
    out.push('|---|---|---|---|--:|--:|--:|--:|---|---|', ...rows);
    out.push('', `Planned ${formatUsd(r.plannedUsd)}, billed ${formatUsd(r.billedUsd)} (unplanned ${formatUsd(r.unplannedUsd)}).`);
    if (unplanned.length) {
      out.push(
        '',
        '**Unplanned spend** (models no manifest declares), largest first:',
        '',
        '| Provider | Model | Billed |',
        '|---|---|--:|',
      );
      out.push(...unplanned);
    }
    if (reasons.length || errors.length) out.push('', ...reasons, ...errors);
    if (note) out.push('', note);
    out.push('', ...dailyChart(r));
    return out.join('\n') + '\n';
  };
  const full = render(r.lines.map(row), r.unplanned.map(unplannedRow), reasonsOf(r.lines));
  if (!limit || utf8Length(full) <= limit.maxBytes) return full;

  // shortened: the headline, totals, provider errors and chart stay; rows go in order of attention
  // (then the unplanned spend, largest first, then the reasons) while they fit
  const note = (rows: number, unplanned: number) =>
    `_Shortened to fit ${limit.maxBytes.toLocaleString('en-US')} bytes: ${rows} of ${r.lines.length} workload rows` +
    ` and ${unplanned} of ${r.unplanned.length} unplanned models shown, those over the variance first; every row is in ${md(limit.fullReportAt)}._`;
  let room = limit.maxBytes - utf8Length(render([], [], [], note(r.lines.length, r.unplanned.length)));
  const take = (lines: readonly string[]): string[] => {
    const kept: string[] = [];
    for (const line of lines) {
      const size = utf8Length(line) + 1;
      if (size > room) break;
      kept.push(line);
      room -= size;
    }
    return kept;
  };
  const ordered = [...r.lines].sort((a, b) => ATTENTION[a.verdict] - ATTENTION[b.verdict]);
  const rows = take(ordered.map(row));
  const unplanned = take(r.unplanned.map(unplannedRow));
  const reasons = take(reasonsOf(ordered.slice(0, rows.length)));
  // a section's own heading and spacing come with its first row: give back rows until it fits
  const fits = () => utf8Length(render(rows, unplanned, reasons, note(rows.length, unplanned.length))) <= limit.maxBytes;
  while (!fits() && (reasons.length || unplanned.length || rows.length))
    (reasons.length ? reasons : unplanned.length ? unplanned : rows).pop();
  return render(rows, unplanned, reasons, note(rows.length, unplanned.length));
}

/**
 * Planned against billed per day as a Mermaid chart (GitHub draws it): bars what was billed
 * each day, the line the window's plan spread evenly. Days are shown as MM-DD.
 */
function dailyChart(r: Reconciliation): string[] {
  return [
    `**Planned against billed per day** (USD; bars: billed, unplanned spend included; line: the plan spread evenly, ${formatUsd(r.daily[0]?.plannedUsd ?? r.plannedUsd)} a day):`,
    '',
    xyChartMermaid({
      title: `Billed and planned per day, ${r.window.startDate} to ${r.daily.at(-1)?.date ?? r.window.startDate}`,
      x: r.daily.map((d) => d.date.slice(5)),
      yLabel: 'USD',
      bars: [r.daily.map((d) => d.billedUsd)],
      lines: [r.daily.map((d) => d.plannedUsd)],
    }),
  ];
}
