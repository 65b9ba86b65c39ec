import { type Decimal } from '../money.js';
import type { Estimate, ManifestEstimate, WorkloadEstimate } from '../estimate/types.js';
import { difference, sum, ZERO } from '../money.js';

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface WorkloadDelta {
  file: string;
  name: string;
  base: WorkloadEstimate | null;
  head: WorkloadEstimate | null;
  /** Priced cost, or zero when absent or unpriced (the unpriced list says which). */
  baseCost: Decimal;
  headCost: Decimal;
  delta: Decimal;
  status: ChangeStatus;
}

export interface ManifestDiff {
  file: string;
  /** null: the manifest does not exist on that side (a new or a deleted manifest). */
  base: ManifestEstimate | null;
  head: ManifestEstimate | null;
  baseTotal: Decimal;
  headTotal: Decimal;
  delta: Decimal;
  /** null when the base is zero: a percent of nothing is not a number. */
  deltaPercent: Decimal | null;
  workloads: WorkloadDelta[];
  /**
   * Why the base of this manifest could not be read (invalid or unreadable there): it is then
   * judged as unpriced at the base, never as an error, so the change that fixes it can pass.
   */
  baseError?: string;
}

export interface EstimateDiff {
  baseTotal: Decimal;
  headTotal: Decimal;
  delta: Decimal;
  deltaPercent: Decimal | null;
  manifests: ManifestDiff[];
}

/** " (new)", " (removed)", " (base unreadable)" or "": a manifest's state, after its path in reports. */
export function manifestTag(m: ManifestDiff): string {
  return m.baseError !== undefined ? ' (base unreadable)' : !m.base ? ' (new)' : !m.head ? ' (removed)' : '';
}

export function percentChange(base: Decimal, delta: Decimal): Decimal | null {
  return base.isZero() ? null : delta.dividedBy(base).times(100);
}

const costOf = (w: WorkloadEstimate | null | undefined) => w?.cost ?? ZERO;

/** A base manifest that could not be read or parsed: its file and the error, in one line. */
export interface UnreadableBase {
  readonly file: string;
  readonly error: string;
}

/**
 * Compares two estimates manifest by manifest (by file path) and workload by workload (by
 * name). A manifest only at head is new ($0 baseline); one only at base is a removal; one whose
 * base is in `unreadableBase` has no base figures and carries the error (`baseError`).
 */
export function diffEstimates(base: Estimate | null, head: Estimate, unreadableBase: readonly UnreadableBase[] = []): EstimateDiff {
  const files = new Map<string, { base: ManifestEstimate | null; head: ManifestEstimate | null }>();
  for (const m of base?.manifests ?? []) files.set(m.file, { base: m, head: null });
  for (const m of head.manifests) files.set(m.file, { base: files.get(m.file)?.base ?? null, head: m });
  const errors = new Map(unreadableBase.map((u) => [u.file, u.error]));
  for (const file of errors.keys()) if (!files.has(file)) files.set(file, { base: null, head: null });
  const manifests = [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, pair]) => {
      const m = diffManifest(file, pair.base, pair.head);
      const error = errors.get(file);
      return error === undefined ? m : { ...m, baseError: error };
    });
  const baseTotal = sum(manifests.map((m) => m.baseTotal));
  const headTotal = sum(manifests.map((m) => m.headTotal));
  const delta = difference(headTotal, baseTotal);
  return { baseTotal, headTotal, delta, deltaPercent: percentChange(baseTotal, delta), manifests };
}

function diffManifest(file: string, base: ManifestEstimate | null, head: ManifestEstimate | null): ManifestDiff {
  const names = new Map<string, { base: WorkloadEstimate | null; head: WorkloadEstimate | null }>();
  for (const w of base?.workloads ?? []) names.set(w.name, { base: w, head: null });
  for (const w of head?.workloads ?? []) names.set(w.name, { base: names.get(w.name)?.base ?? null, head: w });
  const workloads = [...names.entries()].map(([name, pair]): WorkloadDelta => {
    const baseCost = costOf(pair.base);
    const headCost = costOf(pair.head);
    const delta = difference(headCost, baseCost);
    const status: ChangeStatus = !pair.base
      ? 'added'
      : !pair.head
        ? 'removed'
        : delta.isZero() && pair.base.unpriced === pair.head.unpriced
          ? 'unchanged'
          : 'changed';
    return { file, name, base: pair.base, head: pair.head, baseCost, headCost, delta, status };
  });
  const baseTotal = base?.total ?? ZERO;
  const headTotal = head?.total ?? ZERO;
  const delta = difference(headTotal, baseTotal);
  return { file, base, head, baseTotal, headTotal, delta, deltaPercent: percentChange(baseTotal, delta), workloads };
}

/**
 * The estimate with every workload at the high end of its price range (a firm price is its own
 * high end): what rules that say `judge: high` compare.
 */
export function atHighEnd(estimate: Estimate): Estimate {
  if (!estimate.range) return estimate;
  return {
    ...estimate,
    total: estimate.range.high,
    manifests: estimate.manifests.map((m) =>
      m.range
        ? {
            ...m,
            total: m.range.high,
            workloads: m.workloads.map((w) => (w.range ? { ...w, cost: w.range.high } : w)),
          }
        : m,
    ),
  };
}
