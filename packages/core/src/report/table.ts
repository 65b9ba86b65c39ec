import { type Decimal } from '../money.js';
import { describeRules, reasonScope, type BudgetReason, type BudgetResult } from '../budget/rules.js';
import { manifestTag, type EstimateDiff } from '../budget/diff.js';
import { escapeControl } from './escape.js';
import type { Estimate } from '../estimate/types.js';
import { formatPercent, formatUsd } from '../money.js';
import { assumptionsOf, costCell, describeLine, rangeWords, warningsOf, workloadsOf } from './notes.js';

/**
 * Plain-text columns, padded to the widest cell; the last column is left ragged. Cells show
 * control characters as escapes, so a name cannot move the cursor or break a row.
 */
export function columns(cells: string[][], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const rows = cells.map((row) => row.map(escapeControl));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - cell.length);
        if (i === row.length - 1 && !rightAligned.has(i)) return cell;
        return rightAligned.has(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function verdictLines(budget: BudgetResult): string[] {
  const head = budget.verdict === 'pass' ? 'Budget: pass' : budget.verdict === 'warn' ? 'Budget: pass with warnings' : 'Budget: FAIL';
  const line = (r: BudgetReason) => `  ${r.level === 'fail' ? 'FAIL' : 'warn'}  ${r.rule} (${reasonScope(r)}): ${r.message}`;
  const { pr } = budget.rules;
  return [
    head,
    ...budget.reasons.filter((r) => r.level === 'fail').map(line),
    ...budget.reasons.filter((r) => r.level !== 'fail').map(line),
    ...(describeRules(pr) ? [`  PR-level rules (every manifest together): ${describeRules(pr)}`] : []),
  ];
}

/** Each line of a terminal report, with what came from a manifest or a provider shown, never acted on. */
const terminal = (lines: readonly string[]): string => lines.map(escapeControl).join('\n');

function footer(estimate: Estimate): string[] {
  const out: string[] = [];
  const unpriced = workloadsOf(estimate).filter((w) => w.cost === null);
  if (unpriced.length) {
    out.push('', `Not priced (${unpriced.length}), not in the total:`);
    for (const w of unpriced)
      out.push(`  - ${w.name}${w.location?.line !== undefined ? ` (${w.location.file}:${w.location.line})` : ''}: ${w.unpriced}`);
  }
  const warnings = warningsOf(estimate);
  if (warnings.length) out.push('', 'Warnings:', ...warnings.map((w) => `  - ${w}`));
  out.push('', 'Assumptions:', ...assumptionsOf(estimate).map((a) => `  - ${a}`));
  return out;
}

/** The terminal report of `genspend estimate`: one row a workload, its line items beneath. */
export function renderEstimateTable(estimate: Estimate, budget: BudgetResult): string {
  const rows: string[][] = [['WORKLOAD / LINE', 'PROVIDER', 'MODEL', 'USAGE', 'RATE', `COST/${estimate.period.toUpperCase()}`, 'BASIS']];
  for (const w of workloadsOf(estimate)) {
    rows.push([w.name, w.provider, w.model ?? '-', '', '', costCell(w), w.basis ?? '-']);
    for (const l of w.lines) {
      const d = describeLine(l);
      rows.push([`  ${l.label}`, '', '', d.usage, d.rate, formatUsd(l.amountUsd), '']);
    }
  }
  const unpricedCount = workloadsOf(estimate).filter((w) => w.cost === null).length;
  rows.push([
    unpricedCount ? `TOTAL (excludes ${unpricedCount} unpriced)` : 'TOTAL',
    '',
    '',
    '',
    '',
    formatUsd(estimate.total) + rangeWords(estimate.range),
    '',
  ]);
  const files = estimate.manifests.length;
  const count = workloadsOf(estimate).length;
  return terminal([
    `genspend estimate: ${count} workload${count === 1 ? '' : 's'} in ${files} manifest${files === 1 ? '' : 's'}, per ${estimate.period}`,
    '',
    ...columns(rows, new Set([5])),
    ...footer(estimate),
    '',
    ...verdictLines(budget),
    '',
  ]);
}

/** The terminal report of `genspend diff`: base, head and change per workload. */
export function renderDiffTable(diff: EstimateDiff, head: Estimate, budget: BudgetResult): string {
  const rows: string[][] = [['MANIFEST / WORKLOAD', 'BASE', 'HEAD', 'CHANGE']];
  for (const m of diff.manifests) {
    const status = manifestTag(m);
    rows.push([`${m.file}${status}`, formatUsd(m.baseTotal), formatUsd(m.headTotal), change(m.delta, m.deltaPercent)]);
    for (const w of m.workloads) {
      if (w.status === 'unchanged') continue;
      const base = w.base ? (w.base.cost === null ? 'unpriced' : formatUsd(w.base.cost)) : '-';
      const headCell = w.head ? (w.head.cost === null ? 'unpriced' : formatUsd(w.head.cost)) : '-';
      rows.push([
        `  ${w.name}${w.status === 'added' ? ' (new)' : w.status === 'removed' ? ' (removed)' : ''}`,
        base,
        headCell,
        formatUsd(w.delta, { sign: true }),
      ]);
    }
  }
  rows.push(['TOTAL', formatUsd(diff.baseTotal), formatUsd(diff.headTotal), change(diff.delta, diff.deltaPercent)]);
  const unchanged = diff.manifests.reduce((n, m) => n + m.workloads.filter((w) => w.status === 'unchanged').length, 0);
  return terminal([
    `genspend diff: ${formatUsd(diff.delta, { sign: true })} per ${head.period}${diff.deltaPercent ? ` (${formatPercent(diff.deltaPercent, { sign: true })})` : ''}`,
    '',
    ...columns(rows, new Set([1, 2, 3])),
    ...(unchanged ? ['', `${unchanged} unchanged workload${unchanged === 1 ? '' : 's'} not shown.`] : []),
    ...footer(head),
    '',
    ...verdictLines(budget),
    '',
  ]);
}

function change(delta: Decimal, percent: Decimal | null): string {
  return `${formatUsd(delta, { sign: true })}${percent ? ` (${formatPercent(percent, { sign: true })})` : delta.isZero() ? '' : ' (new)'}`;
}
