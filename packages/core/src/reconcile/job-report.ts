import { exact, formatPercent, type Decimal } from '../money.js';
import { escapeMarkdown } from '../report/markdown.js';
import { columns } from '../report/table.js';
import { formatJobUsd, type JobComparison } from './job.js';

/** A job whose bill could not be read, and why (the message carries no key). */
export interface JobReadFailure {
  provider: string;
  id: string;
  error: { kind: string; message: string };
}

/** One line of a jobs report, in the order the jobs were given: a comparison, or a job that could not be read. */
export type JobReportEntry = JobComparison | JobReadFailure;

const isFailure = (e: JobReportEntry): e is JobReadFailure => 'error' in e;
const split = (entries: readonly JobReportEntry[]) => ({
  jobs: entries.filter((e): e is JobComparison => !isFailure(e)),
  failures: entries.filter(isFailure),
});

export const RECONCILE_JOBS_JSON_VERSION = 1;

const fixed = (d: Decimal | null | undefined) => (d === null || d === undefined ? null : exact(d));

/**
 * The JSON contract of `genspend reconcile --requests` (documented in the README), version 1.
 * Money is an exact decimal string; ratios have 4 decimals and percents 2, half-up. `status` is
 * `error` when any job's bill could not be read, else `fail` when any is over the variance.
 */
export function reconcileJobsJson(entries: readonly JobReportEntry[]) {
  const { jobs, failures } = split(entries);
  const judged = jobs.filter((j) => j.verdict === 'pass' || j.verdict === 'fail');
  const sumOf = (of: (j: JobComparison) => Decimal | null) =>
    judged.reduce<Decimal | null>((total, j) => (total === null ? of(j) : total.plus(of(j)!)), null);
  return {
    version: RECONCILE_JOBS_JSON_VERSION,
    status: failures.length ? ('error' as const) : jobs.some((j) => j.over) ? ('fail' as const) : ('pass' as const),
    totals: {
      jobs: jobs.length + failures.length,
      over: jobs.filter((j) => j.over).length,
      pending: jobs.filter((j) => j.verdict === 'pending').length,
      unquoted: jobs.filter((j) => j.verdict === 'unquoted').length,
      failed: failures.length,
      quotedUsd: judged.length ? exact(sumOf((j) => j.quotedUsd)!) : '0',
      billedUsd: judged.length ? exact(sumOf((j) => j.billedUsd)!) : '0',
    },
    jobs: entries.map((j) =>
      isFailure(j)
        ? { provider: j.provider, id: j.id, verdict: 'error' as const, error: j.error }
        : {
            provider: j.provider,
            id: j.id,
            verdict: j.verdict,
            status: j.status ?? null,
            quotedUsd: fixed(j.quotedUsd),
            billedUsd: fixed(j.billedUsd),
            ...(j.billedCredits !== undefined ? { billedCredits: exact(j.billedCredits) } : {}),
            ...(j.billedHighUsd !== undefined ? { billedHighUsd: exact(j.billedHighUsd) } : {}),
            differenceUsd: fixed(j.differenceUsd),
            ratio: j.ratio === null ? null : j.ratio.toFixed(4),
            variancePercent: j.variancePercent === null ? null : j.variancePercent.toFixed(2),
            maxVariancePercent: exact(j.maxVariance),
            over: j.over,
            basis: j.basis,
            reasons: j.reasons,
          },
    ),
  };
}
export type ReconcileJobsJson = ReturnType<typeof reconcileJobsJson>;

const VERDICT: Record<JobComparison['verdict'], string> = { pass: 'ok', fail: 'OVER', pending: 'pending', unquoted: 'no quote' };
const jobUsd = (d: Decimal | null) => (d === null ? '-' : formatJobUsd(d));
const signedUsd = (d: Decimal | null) => (d === null ? '-' : formatJobUsd(d, { sign: true }));
const pct = (d: Decimal | null) => (d === null ? '-' : formatPercent(d, { sign: true }));
const billedText = (j: JobComparison) => `${jobUsd(j.billedUsd)}${j.billedHighUsd ? ` (up to ${jobUsd(j.billedHighUsd)})` : ''}`;

function headline(jobs: readonly JobComparison[], failures: readonly JobReadFailure[]): string {
  const over = jobs.filter((j) => j.over).length;
  const total = jobs.length + failures.length;
  const status = failures.length
    ? `ERROR (${failures.length} of ${total} jobs could not be read)`
    : over
      ? `OVER (${over} of ${total} off by more than the variance)`
      : 'OK';
  return `genspend reconcile: ${status}; ${total} job${total === 1 ? '' : 's'}, quoted against billed`;
}

/** Terminal text: one row per job, then the reasons and read errors. */
export function renderJobsTable(entries: readonly JobReportEntry[]): string {
  const { jobs, failures } = split(entries);
  const out = [headline(jobs, failures), ''];
  const rows = [['', 'provider', 'job', 'quoted', 'billed', 'diff', 'variance']];
  for (const j of entries)
    rows.push(
      isFailure(j)
        ? ['ERROR', j.provider, j.id, '-', '-', '-', '-']
        : [VERDICT[j.verdict], j.provider, j.id, jobUsd(j.quotedUsd), billedText(j), signedUsd(j.differenceUsd), pct(j.variancePercent)],
    );
  out.push(...columns(rows, new Set([3, 4, 5, 6])));
  const notes = [
    ...jobs.flatMap((j) => [...j.reasons, ...j.basis].map((why) => `${j.provider} ${j.id}: ${why}`)),
    ...failures.map((f) => f.error.message),
  ];
  if (notes.length) out.push('', ...columns(notes.map((x) => [x])));
  return out.join('\n') + '\n';
}

/** Markdown: every id and provider text escaped. */
export function renderJobsMarkdown(entries: readonly JobReportEntry[]): string {
  const { jobs, failures } = split(entries);
  const md = escapeMarkdown;
  const out = [`### ${md(headline(jobs, failures).replace(/^genspend reconcile: /, 'Reconcile: '))}`, ''];
  out.push('| | Provider | Job | Quoted | Billed | Difference | Variance |', '|---|---|---|--:|--:|--:|--:|');
  for (const j of entries)
    out.push(
      isFailure(j)
        ? `| ERROR | ${md(j.provider)} | ${md(j.id)} | - | - | - | - |`
        : `| ${VERDICT[j.verdict]} | ${md(j.provider)} | ${md(j.id)} | ${jobUsd(j.quotedUsd)} | ${billedText(j)} | ${signedUsd(j.differenceUsd)} | ${pct(j.variancePercent)} |`,
    );
  const notes = [
    ...jobs.flatMap((j) => [...j.reasons, ...j.basis].map((why) => `- ${md(`${j.provider} ${j.id}`)}: ${md(why)}`)),
    ...failures.map((f) => `- ${md(f.error.message)}`),
  ];
  if (notes.length) out.push('', ...notes);
  return out.join('\n') + '\n';
}
