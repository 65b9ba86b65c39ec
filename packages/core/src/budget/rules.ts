import { type Decimal } from '../money.js';
import type { BudgetSpec } from '../estimate/types.js';
import { formatPercent, formatUsd } from '../money.js';
import type { EstimateDiff, ManifestDiff } from './diff.js';

export type Verdict = 'pass' | 'warn' | 'fail';
export type RuleName = 'limit' | 'maxIncrease' | 'maxIncreasePercent' | 'unpriced' | 'baseline';

export interface BudgetReason {
  rule: RuleName;
  level: 'fail' | 'warn';
  file: string;
  /** One sentence naming the rule and by how much it was broken. */
  message: string;
  threshold?: Decimal;
  actual?: Decimal;
  /** Workloads that caused it, with their manifest lines (for annotations). */
  workloads: { name: string; line?: number }[];
}

export interface BudgetResult {
  verdict: Verdict;
  reasons: BudgetReason[];
}

/** Budget values that take precedence over every manifest's own (CI inputs). */
export type BudgetOverrides = Partial<BudgetSpec>;

/**
 * Judges the head against the base the way PR gates should:
 * - `limit` fails only when this change takes a manifest over it; an overrun already on the
 *   base warns and does not block;
 * - `maxIncrease` and `maxIncreasePercent` are judged on the change's own delta (a percent of a
 *   zero base is undefined, so only the absolute rule applies to a new manifest);
 * - unpriced workloads at head fail or warn as the budget says;
 * - a base with unpriced workloads makes the delta overstated, which is said (warn).
 * With `hasBase: false` (a plain estimate) only the limit and unpriced rules apply.
 */
export function evaluateBudget(diff: EstimateDiff, options: { hasBase: boolean; overrides?: BudgetOverrides }): BudgetResult {
  const reasons: BudgetReason[] = [];
  for (const m of diff.manifests) {
    const own = (m.head ?? m.base)?.budget ?? { unpriced: 'warn' as const };
    const budget: BudgetSpec = { ...own, ...definedOnly(options.overrides ?? {}) };
    reasons.push(...manifestReasons(m, budget, options.hasBase));
  }
  const verdict: Verdict = reasons.some((r) => r.level === 'fail') ? 'fail' : reasons.length ? 'warn' : 'pass';
  return { verdict, reasons };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function manifestReasons(m: ManifestDiff, budget: BudgetSpec, hasBase: boolean): BudgetReason[] {
  const reasons: BudgetReason[] = [];
  const increased = m.workloads
    .filter((w) => w.delta.greaterThan(0))
    .sort((a, b) => b.delta.comparedTo(a.delta))
    .map((w) => ({ name: w.name, ...(w.head?.location?.line !== undefined ? { line: w.head.location.line } : {}) }));
  if (budget.limit !== undefined && m.headTotal.greaterThan(budget.limit)) {
    const over = m.headTotal.minus(budget.limit);
    if (hasBase && m.baseTotal.greaterThan(budget.limit)) {
      reasons.push({
        rule: 'limit',
        level: 'warn',
        file: m.file,
        message: `total ${formatUsd(m.headTotal)} is over the ${formatUsd(budget.limit)} limit by ${formatUsd(over)}, but the base was already over (${formatUsd(m.baseTotal)}), so this change does not fail on it`,
        threshold: budget.limit,
        actual: m.headTotal,
        workloads: increased,
      });
    } else {
      reasons.push({
        rule: 'limit',
        level: 'fail',
        file: m.file,
        message: `total ${formatUsd(m.headTotal)} is over the ${formatUsd(budget.limit)} limit by ${formatUsd(over)}`,
        threshold: budget.limit,
        actual: m.headTotal,
        workloads: increased,
      });
    }
  }
  if (hasBase && budget.maxIncrease !== undefined && m.delta.greaterThan(budget.maxIncrease)) {
    reasons.push({
      rule: 'maxIncrease',
      level: 'fail',
      file: m.file,
      message: `increase of ${formatUsd(m.delta)} is over the ${formatUsd(budget.maxIncrease)} maximum by ${formatUsd(m.delta.minus(budget.maxIncrease))}`,
      threshold: budget.maxIncrease,
      actual: m.delta,
      workloads: increased,
    });
  }
  if (
    hasBase &&
    budget.maxIncreasePercent !== undefined &&
    m.deltaPercent !== null &&
    m.deltaPercent.greaterThan(budget.maxIncreasePercent)
  ) {
    reasons.push({
      rule: 'maxIncreasePercent',
      level: 'fail',
      file: m.file,
      message: `increase of ${formatPercent(m.deltaPercent)} is over the ${formatPercent(budget.maxIncreasePercent)} maximum`,
      threshold: budget.maxIncreasePercent,
      actual: m.deltaPercent,
      workloads: increased,
    });
  }
  const unpriced = (m.head?.workloads ?? []).filter((w) => w.cost === null);
  if (unpriced.length) {
    reasons.push({
      rule: 'unpriced',
      level: budget.unpriced,
      file: m.file,
      message: `${unpriced.length} workload${unpriced.length === 1 ? '' : 's'} could not be priced: ${unpriced.map((w) => `"${w.name}" (${w.unpriced})`).join('; ')}`,
      workloads: unpriced.map((w) => ({ name: w.name, ...(w.location?.line !== undefined ? { line: w.location.line } : {}) })),
    });
  }
  const baseUnpriced = hasBase ? (m.base?.workloads ?? []).filter((w) => w.cost === null) : [];
  if (baseUnpriced.length) {
    reasons.push({
      rule: 'baseline',
      level: 'warn',
      file: m.file,
      message: `the base has ${baseUnpriced.length} unpriced workload${baseUnpriced.length === 1 ? '' : 's'} (${baseUnpriced.map((w) => `"${w.name}"`).join(', ')}): the change is measured against an incomplete baseline`,
      workloads: [],
    });
  }
  return reasons;
}
