import {
  diffHeadline,
  escapeMarkdown,
  formatPercent,
  formatUsd,
  renderDiffMarkdown,
  manifestTag,
  renderEstimateMarkdown,
  verdictMarkdown,
  type EstimateDiff,
  type PricedChange,
} from '@genspend/core';

/** One priced run: what every report of the action is rendered from (push without base-ref: no base). */
export type Priced = PricedChange;

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
 * middle, saying so. A shortened report always ends with the verdict line and the failing
 * reasons (each cut to a readable length), whatever else has to go.
 */
export function fitReport(full: string, priced: Priced, options: ReportOptions & FitOptions): string {
  if (options.measure(full) <= options.limit) return full;
  const verdict = verdictBlock(priced, options);
  const short = titled(totalsReport(priced, options, full), options.tag);
  const room = options.limit - options.measure(verdict) - 1;
  const body = options.measure(short) <= room ? short : truncateMiddle(short, { ...options, limit: room });
  return `${body}\n${verdict}`;
}

/** The longest a failing reason is shown in a shortened report: a list of thousands of names is cut. */
const MAX_REASON_CHARS = 1_000;

/**
 * The verdict and its failing reasons in at most half the limit; reasons past that are
 * counted, and warnings are counted, pointing at the full report.
 */
function verdictBlock(priced: Priced, options: FitOptions): string {
  const [head, ...reasons] = verdictMarkdown(priced.budget);
  const failing = priced.budget.reasons.filter((r) => r.level === 'fail').length;
  const lines = [head!];
  let used = options.measure(head!) + 1;
  let shown = 0;
  for (const line of reasons.slice(0, failing)) {
    const kept = clip(line, MAX_REASON_CHARS, options.measure);
    if (used + options.measure(kept) + 1 > options.limit / 2) break;
    lines.push(kept);
    used += options.measure(kept) + 1;
    shown++;
  }
  if (shown < failing)
    lines.push(`- … and ${failing - shown} more failing rule${failing - shown === 1 ? '' : 's'}: see ${options.fullReportAt}`);
  const warnings = reasons.length - failing;
  if (warnings) lines.push(`- ${warnings} warning${warnings === 1 ? '' : 's'}: see ${options.fullReportAt}`);
  return [...lines, ''].join('\n');
}

/** A line cut to `room` (in the limit's measure), ending in "…"; never splits a surrogate pair. */
function clip(line: string, room: number, measure: (text: string) => number): string {
  if (measure(line) <= room) return line;
  let end = Math.min(line.length, room - 1);
  while (end > 0 && measure(line.slice(0, end)) > room - 1) end = Math.floor(end * 0.9);
  if (end > 0 && /[\uD800-\uDBFF]/.test(line[end - 1]!)) end--;
  return `${line.slice(0, end)}…`;
}

const change = (delta: EstimateDiff['delta'], percent: EstimateDiff['deltaPercent']) =>
  `${formatUsd(delta, { sign: true })}${percent ? ` (${formatPercent(percent, { sign: true })})` : ''}`;

/** Totals per manifest: the first step down when the full report is too long. */
function totalsReport(priced: Priced, options: ReportOptions & FitOptions, full: string): string {
  const { diff, head } = priced;
  const workloads = diff.manifests.reduce((n, m) => n + (m.head?.workloads.length ?? 0), 0);
  const unpriced = diff.manifests.reduce((n, m) => n + (m.head?.workloads.filter((w) => w.cost === null).length ?? 0), 0);
  const rows = priced.hasBase
    ? [
        '| Manifest | Base | Head | Change |',
        '|---|---:|---:|---:|',
        ...diff.manifests.map((m) => {
          const status = manifestTag(m);
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
  let used = 0;
  const take = (line: string, room: number): string | undefined => {
    if (room - used - 1 <= 0) return undefined;
    const kept = clip(line, room - used - 1, measure);
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
