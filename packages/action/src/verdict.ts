import { formatUsd, reasonScope, type BudgetReason, type BudgetResult, type EstimateDiff } from '@genspend/core';

/** "by $30.00", "by 59.3 percentage points", "by 2 unpriced workloads": how far a rule was broken. */
export function overBy(reason: BudgetReason): string {
  if (reason.rule === 'unpriced') return `${reason.workloads.length} unpriced workload${reason.workloads.length === 1 ? '' : 's'}`;
  if (reason.actual === undefined || reason.threshold === undefined) return 'an unknown amount';
  const over = reason.actual.minus(reason.threshold);
  return reason.rule === 'maxIncreasePercent' ? `${over.toFixed(1)} percentage points` : formatUsd(over);
}

/** The check's failure message: one line per failing rule, naming it and by how much. */
export function failureMessage(budget: BudgetResult): string {
  return budget.reasons
    .filter((r) => r.level === 'fail')
    .map((r) => `genspend: budget rule failed: ${r.rule} by ${overBy(r)} (${reasonScope(r)}: ${r.message})`)
    .join('\n');
}

/** Whether any cost or priced state changed: what `comment-on: change` waits for. */
export function costChanged(diff: EstimateDiff): boolean {
  return diff.manifests.some((m) => !m.base || !m.head || !m.delta.isZero() || m.workloads.some((w) => w.status !== 'unchanged'));
}
