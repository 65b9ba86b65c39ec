import { type Decimal } from '../money.js';
import { describeRules, reasonScope, type BudgetReason, type BudgetResult, type GoverningBudget } from '../budget/rules.js';
import { manifestTag, type EstimateDiff } from '../budget/diff.js';
import type { Estimate } from '../estimate/types.js';
import { formatPercent, formatUsd } from '../money.js';
import { hasInvisible } from '../text.js';
import { escapeControl } from './escape.js';
import { assumptionsOf, costCell, describeLine, rangeWords, warningsOf, workloadsOf } from './notes.js';

/**
 * Escapes text that came from a manifest (workload names, paths) for a markdown table cell:
 * no HTML, no @mentions that ping people, no pipes or newlines that break the table, no
 * markdown that changes the comment's layout, no invisible characters. An `@` is escaped only
 * where GitHub would read a mention (after a non-alphanumeric character or at the start), so
 * `genspend.yml@de348ac0` and `ops@example.com` copy as they read.
 */
export function escapeMarkdown(text: string): string {
  if (!NEEDS_ESCAPE.test(text) && !hasInvisible(text)) return text;
  return escapeControl(text.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, '$1@\u200b')
    .replace(/([\\`*_{}[\]#+!|~])/g, '\\$1');
}

/** Every character escapeMarkdown changes: most names and labels have none. */
const NEEDS_ESCAPE = /[\r\n&<>\\`*_{}[\]#+!|~@]/;

const VERDICT_HEAD: Record<BudgetResult['verdict'], string> = {
  pass: ':white_check_mark: **Budget: pass**',
  warn: ':warning: **Budget: pass with warnings**',
  fail: ':x: **Budget: fail**',
};

const reasonLine = (r: BudgetReason): string =>
  `- ${r.level === 'fail' ? '**fail**' : 'warn'} (\`${r.rule}\`, ${escapeMarkdown(reasonScope(r))}): ${escapeMarkdown(r.message)}`;

/** The verdict line and the reasons (failing ones first), as the report ends. */
export function verdictMarkdown(budget: BudgetResult): string[] {
  const failing = budget.reasons.filter((r) => r.level === 'fail');
  const warning = budget.reasons.filter((r) => r.level !== 'fail');
  return [VERDICT_HEAD[budget.verdict], ...failing.map(reasonLine), ...warning.map(reasonLine)];
}

/** Which rules judged the change: the PR-level ones and each manifest's governing budget. */
export function rulesMarkdown(budget: BudgetResult): string[] {
  const { pr, manifests, hasBase } = budget.rules;
  const from = (m: GoverningBudget) =>
    !hasBase ? 'its budget' : m.from === 'base' ? 'its budget as merged, at the base' : 'its own budget: new here, or no readable base';
  return [
    '<details><summary>Budget rules</summary>',
    '',
    `- PR-level (the whole change, every manifest together): ${describeRules(pr) || 'none set'}`,
    ...manifests.map((m) => `- ${escapeMarkdown(m.file)} (${from(m)}): ${describeRules(m.budget) || 'none set'}`),
    '',
    '</details>',
  ];
}

function verdictSection(budget: BudgetResult): string[] {
  return [...rulesMarkdown(budget), '', ...verdictMarkdown(budget)];
}

function notesSection(estimate: Estimate): string[] {
  const out: string[] = [];
  const unpriced = workloadsOf(estimate).filter((w) => w.cost === null);
  if (unpriced.length) {
    out.push('', `**Not priced (${unpriced.length})**, not in the totals:`, '');
    for (const w of unpriced)
      out.push(
        `- ${escapeMarkdown(w.name)} (${escapeMarkdown(w.provider)} ${escapeMarkdown(w.model ?? '')}): ${escapeMarkdown(w.unpriced ?? '')}`,
      );
  }
  const warnings = warningsOf(estimate);
  if (warnings.length) out.push('', '**Warnings**', '', ...warnings.map((w) => `- ${escapeMarkdown(w)}`));
  out.push(
    '',
    '<details><summary>Assumptions</summary>',
    '',
    ...assumptionsOf(estimate).map((a) => `- ${escapeMarkdown(a)}`),
    '',
    '</details>',
  );
  return out;
}

function lineItems(estimate: Estimate): string[] {
  const rows = ['| Workload | Line | Usage | Rate | Amount |', '|---|---|---|---|---:|'];
  for (const w of workloadsOf(estimate)) {
    for (const l of w.lines) {
      const d = describeLine(l);
      rows.push(
        `| ${escapeMarkdown(w.name)} | ${escapeMarkdown(l.label)} | ${escapeMarkdown(d.usage)} | ${escapeMarkdown(d.rate)} | ${formatUsd(l.amountUsd)} |`,
      );
    }
  }
  return ['<details><summary>Line items</summary>', '', ...rows, '', '</details>'];
}

/** Markdown report of an estimate (the shape a PR comment or job summary uses). */
export function renderEstimateMarkdown(estimate: Estimate, budget: BudgetResult): string {
  const count = workloadsOf(estimate).length;
  const out = [
    '## genspend: projected spend',
    '',
    `**${formatUsd(estimate.total)} per ${estimate.period}**${rangeWords(estimate.range)} across ${count} workload${count === 1 ? '' : 's'}.`,
    '',
    `| Workload | Provider | Model | Cost / ${estimate.period} | Basis |`,
    '|---|---|---|---:|---|',
    ...workloadsOf(estimate).map(
      (w) =>
        `| ${escapeMarkdown(w.name)} | ${escapeMarkdown(w.provider)} | ${escapeMarkdown(w.model ?? '-')} | ${costCell(w)} | ${w.basis ?? '-'} |`,
    ),
    `| **Total** | | | **${formatUsd(estimate.total)}**${rangeWords(estimate.range)} | |`,
    '',
    ...lineItems(estimate),
    ...notesSection(estimate),
    '',
    ...verdictSection(budget),
    '',
  ];
  return out.join('\n');
}

function change(delta: Decimal, percent: Decimal | null): string {
  return `${formatUsd(delta, { sign: true })}${percent ? ` (${formatPercent(percent, { sign: true })})` : ''}`;
}

/** The headline sentence of a diff: "This change adds $412.00 per month of projected spend (+505.0%)." */
export function diffHeadline(diff: EstimateDiff, period: string, subject = 'This change'): string {
  if (diff.delta.isZero()) return `${subject} does not change projected spend (${formatUsd(diff.headTotal)} per ${period}).`;
  const verb = diff.delta.greaterThan(0) ? 'adds' : 'removes';
  const pct = diff.deltaPercent ? ` (${formatPercent(diff.deltaPercent, { sign: true })})` : ' (from $0)';
  return `${subject} ${verb} ${formatUsd(diff.delta.abs())} per ${period} of projected spend${pct}: ${formatUsd(diff.baseTotal)} → ${formatUsd(diff.headTotal)}.`;
}

/** Markdown report of a diff: headline, a table per manifest and workload, details, verdict. */
export function renderDiffMarkdown(diff: EstimateDiff, head: Estimate, budget: BudgetResult, subject?: string): string {
  const rows = [`| Manifest / workload | Base | Head | Change |`, '|---|---:|---:|---:|'];
  let unchanged = 0;
  for (const m of diff.manifests) {
    const status = manifestTag(m);
    rows.push(
      `| **${escapeMarkdown(m.file)}**${status} | ${formatUsd(m.baseTotal)} | ${formatUsd(m.headTotal)} | ${change(m.delta, m.deltaPercent)} |`,
    );
    for (const w of m.workloads) {
      if (w.status === 'unchanged') {
        unchanged++;
        continue;
      }
      const cell = (side: typeof w.base) => (side ? costCell(side) : '-');
      const tag = w.status === 'added' ? ' (new)' : w.status === 'removed' ? ' (removed)' : '';
      rows.push(`| ${escapeMarkdown(w.name)}${tag} | ${cell(w.base)} | ${cell(w.head)} | ${formatUsd(w.delta, { sign: true })} |`);
    }
  }
  rows.push(
    `| **Total** | **${formatUsd(diff.baseTotal)}** | **${formatUsd(diff.headTotal)}** | **${change(diff.delta, diff.deltaPercent)}** |`,
  );
  return [
    '## genspend: projected spend',
    '',
    diffHeadline(diff, head.period, subject),
    '',
    ...rows,
    ...(unchanged ? ['', `${unchanged} unchanged workload${unchanged === 1 ? '' : 's'} not shown.`] : []),
    '',
    ...lineItems(head),
    ...notesSection(head),
    '',
    ...verdictSection(budget),
    '',
  ].join('\n');
}
