import type { AttributeValue } from '../estimate/types.js';
import { exact, formatUsd, sum } from '../money.js';
import type { AssumedField, Quote, QuotedJob } from '../quote/types.js';
import { escapeControl } from './escape.js';
import { workloadJson, type WorkloadJson } from './json.js';
import { costCell, describeLine } from './notes.js';
import { columns } from './table.js';

/**
 * One quoted job in the JSON contract: the estimate contract's workload object (README, "JSON
 * output") for one run, plus what the quote read of the request. `attributes` is the workload a
 * manifest would declare for the job; `unpriced` says why `cost` is null.
 */
export interface QuoteJson extends WorkloadJson {
  attributes: Record<string, string | boolean>;
  read: string[];
  assumed: AssumedField[];
  ignored: string[];
  unpriced?: string;
  /** Runpod: the most the job can be billed, at its execution timeout. */
  high?: { seconds: string; cost: string | null };
}

const attributeJson = (v: AttributeValue): string | boolean => (typeof v === 'boolean' || typeof v === 'string' ? v : exact(v));

export function quotedJobJson(job: QuotedJob): QuoteJson {
  const out: QuoteJson = {
    ...workloadJson(job.estimate),
    attributes: Object.fromEntries(Object.entries(job.workload.attributes).map(([k, v]) => [k, attributeJson(v)])),
    read: [...job.read],
    assumed: job.assumed.map((a) => ({ ...a })),
    ignored: [...job.ignored],
  };
  if (job.estimate.unpriced !== undefined) out.unpriced = job.estimate.unpriced;
  if (job.high) {
    const cost = job.high.estimate.cost;
    out.high = { seconds: exact(job.high.seconds), cost: cost === null ? null : exact(cost) };
  }
  return out;
}

/** The JSON of `genspend quote`: one object, or a list for a Runware task array (one per task). */
export function quoteJson(quote: Quote): QuoteJson | QuoteJson[] {
  const jobs = quote.jobs.map(quotedJobJson);
  return quote.batch ? jobs : jobs[0]!;
}

/** The terminal report of `genspend quote`: the job's bill, then what was read, assumed and ignored. */
export function renderQuoteTable(quote: Quote): string {
  const rows: string[][] = [['JOB / LINE', 'MODEL', 'USAGE', 'RATE', 'COST', 'BASIS']];
  for (const job of quote.jobs) {
    const w = job.estimate;
    rows.push([w.name, w.model ?? '-', '', '', costCell(w), w.basis ?? '-']);
    for (const l of w.lines) {
      const d = describeLine(l);
      rows.push([`  ${l.label}`, '', d.usage, d.rate, formatUsd(l.amountUsd), '']);
    }
    if (job.high) {
      const cost = job.high.estimate.cost;
      rows.push([`  at most (${exact(job.high.seconds)} s timeout)`, '', '', '', cost === null ? 'unpriced' : formatUsd(cost), '']);
    }
  }
  const priced = quote.jobs.filter((j) => j.estimate.cost !== null);
  const unpricedCount = quote.jobs.length - priced.length;
  if (quote.jobs.length > 1)
    rows.push([
      unpricedCount ? `TOTAL (excludes ${unpricedCount} unpriced)` : 'TOTAL',
      '',
      '',
      '',
      formatUsd(sum(priced.map((j) => j.estimate.cost!))),
      '',
    ]);
  const out = [
    `genspend quote: ${quote.provider}${quote.target ? ` ${quote.target}` : ''}, ${quote.jobs.length} job${quote.jobs.length === 1 ? '' : 's'}, one run each`,
    '',
    ...columns(rows, new Set([4])),
  ];
  for (const job of quote.jobs) {
    const head = quote.jobs.length > 1 ? `${job.estimate.name}: ` : '';
    const notes: string[] = [];
    if (job.estimate.unpriced) notes.push(`not priced: ${job.estimate.unpriced}`);
    notes.push(`read: ${job.read.join(', ') || '-'}`);
    for (const a of job.assumed) notes.push(`assumed: ${a.field} = ${a.value} (${a.source})`);
    notes.push(`ignored (do not change the price): ${job.ignored.join(', ') || '-'}`);
    for (const w of job.estimate.warnings) notes.push(`warning: ${w}`);
    for (const a of job.estimate.assumptions) notes.push(`assumption: ${a}`);
    out.push('', ...notes.map((n) => `${head}${n}`));
  }
  out.push('');
  return out.map(escapeControl).join('\n');
}
