import type { Catalog } from '../catalog/lookup.js';
import { problemsOf } from '../errors.js';
import type { WorkloadSpec } from '../estimate/types.js';
import type { Manifest } from '../manifest/build.js';
import { Decimal } from '../money.js';
import { quoteRequest } from '../quote/quote.js';
import type { Quote } from '../quote/types.js';
import type { CallSite, ScanLiteral } from './types.js';

export type UndeclaredRule = 'fail' | 'warn' | 'off';
export const DEFAULT_UNDECLARED: UndeclaredRule = 'warn';

/** A literal argument that says otherwise than the workload it is matched to. */
export interface Mismatch {
  /** The genspend attribute, or `model` / `provider`. */
  readonly attribute: string;
  readonly code: string;
  readonly declared: string;
}

/** What one call costs, as the request quote prices its literal arguments. */
export interface CallQuote {
  /** USD for one call; null when it cannot be priced from the code (then `reason` says why). */
  readonly cost: Decimal | null;
  readonly credits: Decimal | null;
  readonly reason?: string;
  /** The workload a manifest would declare for one such call, when the quote read one. */
  readonly workload?: WorkloadSpec;
  /** Attributes the price needs that the code does not give (a Runware model's `steps`): not in `workload`. */
  readonly missing?: readonly string[];
}

export type CallStatus = 'declared' | 'undeclared' | 'ignored';

export interface ScannedCall {
  readonly site: CallSite;
  readonly status: CallStatus;
  /** The workload the call was matched to, and the manifest declaring it. */
  readonly declaredBy?: { readonly manifest: string; readonly workload: string };
  /** How it was matched: by its model, by a `genspend:` comment, or only by provider when the model is not literal. */
  readonly matchedBy?: 'model' | 'comment' | 'provider';
  /** Why an undeclared call is (a `genspend:` comment naming no workload, say). */
  readonly note?: string;
  readonly quote: CallQuote;
  readonly mismatches: readonly Mismatch[];
}

export interface StaleWorkload {
  readonly manifest: string;
  readonly workload: string;
  readonly provider: string;
  readonly model: string | undefined;
}

export interface ScanComparison {
  readonly calls: readonly ScannedCall[];
  readonly stale: readonly StaleWorkload[];
  readonly undeclared: number;
  readonly rule: UndeclaredRule;
  /** fail: an undeclared call under `undeclared: fail`; warn: undeclared, mismatched or stale findings; pass otherwise. */
  readonly verdict: 'pass' | 'warn' | 'fail';
}

export interface CompareOptions {
  readonly catalog?: Catalog;
  /** Overrides every manifest's `budget.undeclared` (an Action input, a CLI flag). */
  readonly undeclared?: UndeclaredRule;
}

const key = (name: string) => name.normalize('NFC').trim();
const RANK: Record<UndeclaredRule, number> = { off: 0, warn: 1, fail: 2 };

/** The rule in force: the option, else the strictest any manifest sets, else warn. */
export function undeclaredRule(manifests: readonly Manifest[], override?: UndeclaredRule): UndeclaredRule {
  if (override) return override;
  const set = manifests.map((m) => m.budget.undeclared).filter((r): r is UndeclaredRule => r !== undefined);
  if (!set.length) return DEFAULT_UNDECLARED;
  return set.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}

/** The model a workload declares in the terms a call names it: a Runpod workload by its endpoint, others by model id. */
const declaredModel = (w: WorkloadSpec): string | undefined => (w.provider === 'runpod' ? w.endpointId : w.model);

/**
 * The scanned calls against the manifests' workloads: each call declared or undeclared (a
 * `genspend:` comment ties it to a workload by name; otherwise its provider and model must be
 * declared), quoted from its literal arguments, with the literal arguments that contradict the
 * declaration; and the workloads no call in the code runs any more (stale).
 */
export function compareScan(sites: readonly CallSite[], manifests: readonly Manifest[], options: CompareOptions = {}): ScanComparison {
  const workloads = manifests.flatMap((m) => m.workloads.map((w) => ({ manifest: m.file, w })));
  const byName = new Map(workloads.map((x) => [key(x.w.name), x]));
  const used = new Set<WorkloadSpec>();
  const rule = undeclaredRule(manifests, options.undeclared);
  const calls = sites.map((site): ScannedCall => {
    const quote = quoteCall(site, options.catalog);
    if (site.ignored) return { site, status: 'ignored', quote, mismatches: [] };
    if (site.workload !== undefined) {
      const named = byName.get(key(site.workload));
      if (!named)
        return {
          site,
          status: 'undeclared',
          note: `its comment names workload "${site.workload}", which no manifest declares`,
          quote,
          mismatches: [],
        };
      used.add(named.w);
      const mismatches: Mismatch[] = [];
      if (named.w.provider !== site.provider) mismatches.push({ attribute: 'provider', code: site.provider, declared: named.w.provider });
      const model = declaredModel(named.w);
      if (site.model !== null && model !== undefined && model !== site.model)
        mismatches.push({ attribute: site.provider === 'runpod' ? 'endpointId' : 'model', code: site.model, declared: model });
      mismatches.push(...attributeMismatches(quote, named.w));
      return {
        site,
        status: 'declared',
        declaredBy: { manifest: named.manifest, workload: named.w.name },
        matchedBy: 'comment',
        quote,
        mismatches,
      };
    }
    const sameProvider = workloads.filter((x) => x.w.provider === site.provider);
    // a Runpod config names GPUs, not an endpoint; a call whose model the code computes can only be matched by provider
    if (site.model === null || (site.provider === 'runpod' && sameProvider.every((x) => x.w.endpointId === undefined))) {
      const first = sameProvider[0];
      if (!first) return { site, status: 'undeclared', quote, mismatches: [] };
      for (const x of sameProvider) if (site.model === null || x.w.endpointId === undefined) used.add(x.w);
      return {
        site,
        status: 'declared',
        declaredBy: { manifest: first.manifest, workload: first.w.name },
        matchedBy: 'provider',
        quote,
        mismatches: [],
      };
    }
    const matches = sameProvider.filter((x) => declaredModel(x.w) === site.model);
    if (!matches.length) return { site, status: 'undeclared', quote, mismatches: [] };
    for (const x of matches) used.add(x.w);
    // several workloads may run the model at different sizes: the call contradicts the declaration only when it contradicts each
    const judged = matches.map((x) => ({ x, mismatches: attributeMismatches(quote, x.w) }));
    const best = judged.find((j) => j.mismatches.length === 0) ?? judged[0]!;
    return {
      site,
      status: 'declared',
      declaredBy: { manifest: best.x.manifest, workload: best.x.w.name },
      matchedBy: 'model',
      quote,
      mismatches: best.mismatches,
    };
  });
  const stale = workloads
    .filter((x) => !used.has(x.w))
    .map((x) => ({ manifest: x.manifest, workload: x.w.name, provider: x.w.provider, model: x.w.model }));
  const undeclared = rule === 'off' ? 0 : calls.filter((c) => c.status === 'undeclared').length;
  const warned = calls.some((c) => c.mismatches.length > 0) || stale.length > 0;
  const verdict = undeclared > 0 && rule === 'fail' ? 'fail' : undeclared > 0 || warned ? 'warn' : 'pass';
  return { calls, stale, undeclared, rule, verdict };
}

/** Attributes the quote of the call's literal arguments gives otherwise than the workload declares. */
function attributeMismatches(quote: CallQuote, w: WorkloadSpec): Mismatch[] {
  const quoted = quote.workload;
  if (!quoted || quote.reason) return [];
  const out: Mismatch[] = [];
  for (const [attribute, declared] of Object.entries(w.attributes)) {
    if (attribute === 'runs' || declared === undefined) continue;
    const code = quoted.attributes[attribute as keyof typeof quoted.attributes];
    if (code === undefined) continue;
    const same = Decimal.isDecimal(code) && Decimal.isDecimal(declared) ? code.equals(declared) : String(code) === String(declared);
    if (!same) out.push({ attribute, code: shown(code), declared: shown(declared) });
  }
  return out;
}
const shown = (v: unknown) => (Decimal.isDecimal(v) ? (v as Decimal).toFixed() : String(v));

/** The request body a call sends, as the quote for its provider takes it, without the fields the code computes. */
function requestOf(site: CallSite, extra?: string): { target: string | undefined; body: Record<string, ScanLiteral> } | undefined {
  const body: Record<string, ScanLiteral> = { ...site.arguments };
  if (extra !== undefined) body[extra] = PROBE;
  switch (site.provider) {
    case 'fal':
      return site.model === null ? undefined : { target: site.model, body };
    case 'runway':
      return site.task === undefined ? undefined : { target: site.task, body };
    case 'runware':
      return typeof body.taskType === 'string' ? { target: undefined, body } : undefined;
    default:
      return undefined;
  }
}
// a value no priced field accepts: a field that is read with it fails, one that is ignored does not
const PROBE = '\u0000genspend-probe';

/**
 * Prices one call from its literal arguments with the request quote. A call whose computed
 * arguments could change the price is not priced: each computed field is tried with a value no
 * priced field takes, and one the quote reads (or refuses) is cost-driving.
 */
export function quoteCall(site: CallSite, catalog?: Catalog): CallQuote {
  const none = (reason: string): CallQuote => ({ cost: null, credits: null, reason });
  if (site.provider === 'runpod')
    return none('a Runpod job is billed by its GPU and run time, which the code does not say: declare the workload with gpu and seconds');
  if (site.sdk === 'http') return none('the request body of a raw HTTP call is not read: declare the workload to price it');
  if (site.dynamic.includes('model')) return none('the model is not literal in the code');
  const request = requestOf(site);
  if (!request) return none('the call does not say what it runs');
  let quote: Quote;
  const options = { file: `${site.file}:${site.line}`, ...(catalog ? { catalog } : {}) };
  try {
    quote = quoteRequest(site.provider, request.target, request.body, options);
  } catch (e) {
    const problem = problemsOf(e)?.[0];
    if (!problem) throw e;
    const missing = problem.detail?.missing;
    if (!missing?.length) return none(problem.message);
    // what the literal arguments do give, read with the missing figures stood in and then left out
    try {
      const given = Object.fromEntries(missing.map((m) => [m, 1]));
      const job = quoteRequest(site.provider, request.target, request.body, { ...options, given }).jobs[0];
      const attributes = Object.fromEntries(Object.entries(job?.workload.attributes ?? {}).filter(([k]) => !missing.includes(k)));
      return { ...none(problem.message), missing, ...(job ? { workload: { ...job.workload, attributes } } : {}) };
    } catch {
      return { ...none(problem.message), missing };
    }
  }
  const job = quote.jobs[0];
  // `input.image_url` is the field `input`; `...` (or `x....`) a spread of fields the code computes
  const computed = [...new Set(site.dynamic.map((d) => (d.endsWith('...') ? '...' : d.split('.')[0]!)))].filter((d) => d !== 'model');
  const driving = computed.filter((field) => field === '...' || reads(site, field, catalog));
  if (driving.length) {
    const names = driving.map((d) => (d === '...' ? 'fields spread in from elsewhere' : `\`${d}\``)).join(', ');
    return {
      cost: null,
      credits: null,
      reason: `the price depends on ${names}, which the code computes`,
      ...(job ? { workload: job.workload } : {}),
    };
  }
  if (quote.cost === null)
    return {
      cost: null,
      credits: null,
      reason: job?.estimate.unpriced ?? 'not in the catalog',
      ...(job ? { workload: job.workload } : {}),
    };
  return { cost: quote.cost, credits: quote.credits, ...(job ? { workload: job.workload } : {}) };
}

function reads(site: CallSite, field: string, catalog?: Catalog): boolean {
  const request = requestOf(site, field);
  if (!request) return true;
  try {
    const q = quoteRequest(site.provider, request.target, request.body, catalog ? { catalog } : {});
    return q.jobs.some((j) => j.read.some((r) => r === field || r.startsWith(`${field}.`)));
  } catch {
    return true;
  }
}
