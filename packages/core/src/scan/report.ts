import { escapeMarkdown } from '../report/markdown.js';
import { columns } from '../report/table.js';
import { exact, formatCredits, formatUsd } from '../money.js';
import type { CallQuote, ScanComparison, ScannedCall } from './compare.js';

export const SCAN_JSON_VERSION = 1;

/** A file the scan could not read (it does not parse, or is too large), with why. */
export interface ScanProblem {
  readonly file: string;
  readonly problem: string;
}

const priceJson = (q: CallQuote) => ({
  costUsd: q.cost === null ? null : exact(q.cost),
  ...(q.credits !== null ? { credits: exact(q.credits) } : {}),
  ...(q.reason ? { reason: q.reason } : {}),
});

/**
 * The JSON contract of `genspend scan` (documented in the README), version 1. Each call site
 * has its place, provider, SDK, model (null when the code computes it, and then `dynamic`
 * lists `model`), its literal arguments and the fields it computes, its status against the
 * manifests and the price of one call (an exact decimal string, or null with the reason).
 */
export function scanJson(r: ScanComparison, files: number, problems: readonly ScanProblem[] = []) {
  return {
    version: SCAN_JSON_VERSION,
    status: r.verdict,
    rule: { undeclared: r.rule },
    files,
    counts: {
      calls: r.calls.length,
      declared: r.calls.filter((c) => c.status === 'declared').length,
      undeclared: r.calls.filter((c) => c.status === 'undeclared').length,
      ignored: r.calls.filter((c) => c.status === 'ignored').length,
      mismatched: r.calls.filter((c) => c.mismatches.length).length,
      stale: r.stale.length,
    },
    calls: r.calls.map((c) => ({
      file: c.site.file,
      line: c.site.line,
      column: c.site.column,
      provider: c.site.provider,
      sdk: c.site.sdk,
      call: c.site.call,
      model: c.site.model,
      ...(c.site.task !== undefined ? { task: c.site.task } : {}),
      arguments: c.site.arguments,
      dynamic: c.site.dynamic,
      ...(c.site.workload !== undefined ? { comment: c.site.workload } : {}),
      status: c.status,
      ...(c.declaredBy ? { declaredBy: c.declaredBy, matchedBy: c.matchedBy } : {}),
      ...(c.note ? { note: c.note } : {}),
      price: priceJson(c.quote),
      mismatches: c.mismatches,
    })),
    stale: r.stale,
    problems,
  };
}
export type ScanJson = ReturnType<typeof scanJson>;

const price = (q: CallQuote) =>
  q.cost === null ? 'unpriced' : q.credits !== null ? `${formatUsd(q.cost)} (${formatCredits(q.credits)})` : formatUsd(q.cost);
const modelText = (c: ScannedCall) => c.site.model ?? (c.site.dynamic.includes('model') ? 'dynamic' : '-');
const STATUS: Record<ScannedCall['status'], string> = { declared: 'ok', undeclared: 'UNDECLARED', ignored: 'ignored' };

/** The scan as the terminal shows it: one row per call site, then mismatches, stale workloads and unpriced reasons. */
export function renderScanTable(r: ScanComparison, files: number, problems: readonly ScanProblem[] = []): string {
  const out = [headline(r, files), ''];
  if (r.calls.length) {
    const rows = [['', 'file:line', 'provider', 'call', 'model', 'per call', 'workload']];
    for (const c of r.calls)
      rows.push([
        r.rule === 'off' && c.status === 'undeclared' ? '' : STATUS[c.status],
        `${c.site.file}:${c.site.line}`,
        c.site.provider,
        c.site.call,
        modelText(c),
        price(c.quote),
        c.declaredBy?.workload ?? (c.note ? `(${c.note})` : ''),
      ]);
    out.push(...columns(rows, new Set([5])));
  }
  const notes: string[] = [];
  for (const c of r.calls) {
    for (const m of c.mismatches)
      notes.push(
        `${c.site.file}:${c.site.line}: ${m.attribute} is ${m.code} in the code, ${m.declared} in workload "${c.declaredBy?.workload}"`,
      );
  }
  for (const s of r.stale)
    notes.push(`${s.manifest}: workload "${s.workload}" (${s.provider} ${s.model ?? ''}) is called nowhere in the scanned code`);
  const dynamic = r.calls.filter((c) => c.site.dynamic.length && c.status !== 'ignored');
  if (dynamic.length)
    notes.push(
      `${dynamic.length} call${dynamic.length === 1 ? '' : 's'} compute${dynamic.length === 1 ? 's' : ''} some arguments (dynamic): see --format json`,
    );
  for (const c of r.calls)
    if (c.quote.reason && c.status === 'undeclared') notes.push(`${c.site.file}:${c.site.line}: unpriced: ${c.quote.reason}`);
  for (const p of problems) notes.push(`${p.file}: not scanned: ${p.problem}`);
  if (notes.length) out.push('', ...columns(notes.map((n) => [n])));
  return out.join('\n') + '\n';
}

function headline(r: ScanComparison, files: number): string {
  const n = r.calls.length;
  const base = `${n} model call${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  const undeclared = r.calls.filter((c) => c.status === 'undeclared').length;
  if (r.rule === 'off' || undeclared === 0)
    return `${base}: every call is declared${r.rule === 'off' && undeclared ? ' (undeclared: off)' : ''}`;
  return `${base}: ${undeclared} undeclared (${r.rule === 'fail' ? 'fails: undeclared: fail' : 'warning: undeclared: warn'})`;
}

/** The PR comment section: the new undeclared calls, with the price of one call where the code gives it. Text from the code is escaped. */
export function renderUndeclaredMarkdown(calls: readonly ScannedCall[], rule: ScanComparison['rule']): string {
  if (!calls.length || rule === 'off') return '';
  const lines = [
    '### Model calls this PR adds that no genspend.yml declares',
    '',
    '| | Call site | Provider | Call | Model | Per call |',
    '| --- | --- | --- | --- | --- | ---: |',
  ];
  for (const c of calls) {
    const place = escapeMarkdown(`${c.site.file}:${c.site.line}`);
    const cost = c.quote.cost === null ? `unpriced: ${escapeMarkdown(c.quote.reason ?? 'unknown')}` : escapeMarkdown(price(c.quote));
    lines.push(
      `| ${rule === 'fail' ? ':x:' : ':warning:'} | ${place} | ${c.site.provider} | ${escapeMarkdown(c.site.call)} | ${escapeMarkdown(modelText(c))} | ${cost} |`,
    );
  }
  lines.push(
    '',
    rule === 'fail'
      ? 'The manifest says `undeclared: fail`: declare each call as a workload (or mark it `// genspend: <workload>` or `// genspend-ignore`).'
      : 'Declare each call as a workload in a genspend.yml, or mark it `// genspend: <workload>` or `// genspend-ignore`.',
  );
  return lines.join('\n') + '\n';
}
