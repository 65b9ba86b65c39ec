import type { Catalog } from '../catalog/lookup.js';
import { defaultCatalog } from '../catalog/default.js';
import { GenspendError } from '../errors.js';
import { estimateManifests } from '../estimate/manifests.js';
import type { Estimate } from '../estimate/types.js';
import type { Manifest } from '../manifest/build.js';
import { atHighEnd, diffEstimates, type EstimateDiff, type UnreadableBase } from './diff.js';
import { evaluateBudget, type BudgetResult, type PrRules } from './rules.js';

/** The base side of a change: the manifests read there, and those that could not be. */
export interface BaseManifests {
  readonly manifests: readonly Manifest[];
  readonly unreadable?: readonly UnreadableBase[];
}

export interface ChangeRequest {
  readonly head: readonly Manifest[];
  /** undefined: nothing to compare with (a plain estimate, judged without increase rules). */
  readonly base?: BaseManifests;
  readonly pr?: PrRules;
  /** "PR" on pull requests, for the report's sentences. */
  readonly subject?: string;
  readonly catalog?: Catalog;
}

/** One priced change: what every report of the CLI and the Action is rendered from. */
export interface PricedChange {
  /** null when nothing was read at the base, or there is no base. */
  readonly base: Estimate | null;
  readonly head: Estimate;
  readonly diff: EstimateDiff;
  readonly budget: BudgetResult;
  /** false: an estimate only, judged without increase rules. */
  readonly hasBase: boolean;
}

/**
 * Prices the head against the base and judges it: the one way every front door prices a change
 * (`genspend estimate`, `genspend diff`, the Action), so their verdicts cannot differ.
 */
export function priceChange(request: ChangeRequest): PricedChange {
  const catalog = request.catalog ?? defaultCatalog();
  const hasBase = request.base !== undefined;
  const baseManifests = request.base?.manifests ?? [];
  let head = estimateManifests(request.head, catalog);
  // the base's unchanged workloads take the head's figures instead of being priced twice
  const base = baseManifests.length ? estimateManifests(baseManifests, catalog, { manifests: request.head, estimate: head }) : null;
  if (base && request.head.length && base.period !== head.period) {
    throw new GenspendError(
      `the base is priced per ${base.period} and the head per ${head.period}`,
      undefined,
      'change `period` in a change of its own, or compare manifests with the same period',
    );
  }
  // every manifest deleted: the head has no period of its own
  if (base && !request.head.length) head = { ...head, period: base.period };
  const diff = diffEstimates(base, head, request.base?.unreadable);
  const high = judgesHigh(request, base, head)
    ? diffEstimates(base && atHighEnd(base), atHighEnd(head), request.base?.unreadable)
    : undefined;
  const budget = evaluateBudget(diff, {
    hasBase,
    ...(request.pr ? { pr: request.pr } : {}),
    ...(request.subject ? { subject: request.subject } : {}),
    ...(high ? { high } : {}),
  });
  return { base, head, diff, budget, hasBase };
}

/** Whether a rule judges the high end and some price has one: otherwise the high view is the expected one. */
function judgesHigh(request: ChangeRequest, base: Estimate | null, head: Estimate): boolean {
  if (!head.range && !base?.range) return false;
  if (request.pr?.judge === 'high') return true;
  return [...(base?.manifests ?? []), ...head.manifests].some((m) => m.budget.judge === 'high');
}
