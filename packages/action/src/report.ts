import {
  diffHeadline,
  escapeMarkdown,
  formatPercent,
  formatUsd,
  renderDiffMarkdown,
  renderEstimateMarkdown,
  type BudgetResult,
  type Estimate,
  type EstimateDiff,
} from '@genspend/core';

/** One priced run: what every report of the action is rendered from. */
export interface Priced {
  /** null when nothing existed at the base, or there is no base (push without base-ref). */
  readonly base: Estimate | null;
  readonly head: Estimate;
  readonly diff: EstimateDiff;
  readonly budget: BudgetResult;
  /** false: an estimate only (push, workflow_dispatch), judged without increase rules. */
  readonly hasBase: boolean;
}

/** GitHub rejects a comment body over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** The job summary is refused over 1 MiB per step; keep clear of it, in bytes. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export const chars = (s: string) => s.length;
export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const TITLE = '## genspend: projected spend';

export interface ReportOptions {
  /** "This PR" on pull requests. */
  readonly subject: string | undefined;
  /** Shown in the title, so several workflows' comments can be told apart. */
  readonly tag: string;
}

export interface FitOptions {
  readonly limit: number;
  readonly measure: (text: string) => number;
  /** The limit in words: "GitHub's 65,536-character limit for a comment". */
  readonly limitName: string;
  /** Where the full report can be read when this one is shortened. */
  readonly fullReportAt: string;
}

const titled = (md: string, tag: string) =>
  tag && md.startsWith(TITLE) ? `${TITLE} (${escapeMarkdown(tag)})${md.slice(TITLE.length)}` : md;

/** The full report: the core's renderer, as the CLI's `--format markdown` prints it. */
export function fullReport(priced: Priced, options: ReportOptions): string {
  return titled(
    priced.hasBase
      ? renderDiffMarkdown(priced.diff, priced.head, priced.budget, options.subject)
      : renderEstimateMarkdown(priced.head, priced.budget),
    options.tag,
  );
}

/**
 * The report within `limit`: the full one, else totals per manifest, else those cut in the
 * middle, saying so.
 */
export function fitReport(full: string, priced: Priced, options: ReportOptions & FitOptions): string {
  if (options.measure(full) <= options.limit) return full;
  const short = titled(totalsReport(priced, options, full), options.tag);
  if (options.measure(short) <= options.limit) return short;
  return truncateMiddle(short, options);
}

const change = (delta: EstimateDiff['delta'], percent: EstimateDiff['deltaPercent']) =>
  `${formatUsd(delta, { sign: true })}${percent ? ` (${formatPercent(percent, { sign: true })})` : ''}`;

/** Totals per manifest: the first step down when the full report is too long. */
function totalsReport(priced: Priced, options: ReportOptions & FitOptions, full: string): string {
  const { diff, head, budget } = priced;
  const workloads = diff.manifests.reduce((n, m) => n + (m.head?.workloads.length ?? 0), 0);
  const unpriced = diff.manifests.reduce((n, m) => n + (m.head?.workloads.filter((w) => w.cost === null).length ?? 0), 0);
  const rows = priced.hasBase
    ? [
        '| Manifest | Base | Head | Change |',
        '|---|---:|---:|---:|',
        ...diff.manifests.map((m) => {
          const status = !m.base ? ' (new)' : !m.head ? ' (removed)' : '';
          return `| ${escapeMarkdown(m.file)}${status} | ${formatUsd(m.baseTotal)} | ${formatUsd(m.headTotal)} | ${change(m.delta, m.deltaPercent)} |`;
        }),
        `| **Total** | **${formatUsd(diff.baseTotal)}** | **${formatUsd(diff.headTotal)}** | **${change(diff.delta, diff.deltaPercent)}** |`,
      ]
    : [
        `| Manifest | Cost / ${head.period} |`,
        '|---|---:|',
        ...diff.manifests.map((m) => `| ${escapeMarkdown(m.file)} | ${formatUsd(m.headTotal)} |`),
        `| **Total** | **${formatUsd(diff.headTotal)}** |`,
      ];
  const icon = { pass: ':white_check_mark:', warn: ':warning:', fail: ':x:' }[budget.verdict];
  return [
    TITLE,
    '',
    priced.hasBase
      ? diffHeadline(diff, head.period, options.subject)
      : `**${formatUsd(head.total)} per ${head.period}** across ${workloads} workload${workloads === 1 ? '' : 's'}.`,
    '',
    ...rows,
    '',
    `> Totals per manifest only: the full report (${workloads.toLocaleString('en-US')} workloads, ` +
      `${full.length.toLocaleString('en-US')} characters) is over ${options.limitName}. ` +
      `Line items, assumptions and the unpriced list are in ${options.fullReportAt}.`,
    ...(unpriced ? ['', `**${unpriced} workload${unpriced === 1 ? '' : 's'} could not be priced** and are not in the totals.`] : []),
    '',
    `${icon} **Budget: ${budget.verdict}**`,
    ...budget.reasons.map((r) => `- ${r.level} (\`${r.rule}\`, ${escapeMarkdown(r.file)}): ${escapeMarkdown(r.message)}`),
    '',
  ].join('\n');
}

/**
 * Keeps the start (title, headline, totals) and the end (the verdict) and cuts whole lines in
 * between; a single line longer than the room left is cut short. Escaped text stays escaped: a
 * cut can leave a stray `\` or `*`, never live HTML.
 */
export function truncateMiddle(text: string, options: FitOptions): string {
  const { limit, measure } = options;
  const lines = text.split('\n');
  const note = `\n> … cut here: this report is over ${options.limitName}. The full report is in ${options.fullReportAt}.\n`;
  const budget = limit - measure(note) - 2;
  const clip = (line: string, room: number) => {
    if (measure(line) <= room) return line;
    let end = Math.min(line.length, room - 1);
    while (end > 0 && measure(line.slice(0, end)) > room - 1) end = Math.floor(end * 0.9);
    // never split a surrogate pair
    if (end > 0 && /[\uD800-\uDBFF]/.test(line[end - 1]!)) end--;
    return `${line.slice(0, end)}…`;
  };
  let used = 0;
  const take = (line: string, room: number): string | undefined => {
    if (room - used - 1 <= 0) return undefined;
    const kept = clip(line, room - used - 1);
    used += measure(kept) + 1;
    return kept;
  };
  const tail: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const kept = take(lines[i]!, Math.floor(budget / 3));
    if (kept === undefined) break;
    tail.unshift(kept);
    if (kept !== lines[i]) break;
  }
  const head: string[] = [];
  for (let i = 0; i < lines.length - tail.length; i++) {
    const kept = take(lines[i]!, budget);
    if (kept === undefined) break;
    head.push(kept);
    if (kept !== lines[i]) break;
  }
  return [...head, note, ...tail].join('\n');
}
