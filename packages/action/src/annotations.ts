import type { BudgetResult, EstimateDiff } from '@genspend/core';
import type { Toolkit } from './toolkit.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; the rest would only fill the log. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

/**
 * Points each broken rule at the manifest line of every workload that broke it (the Files tab
 * of the PR shows them). A rule with no workload line points at the file; a manifest the head
 * deleted has no file to point at. `prefix` turns workspace paths into repository paths.
 */
export function annotate(budget: BudgetResult, diff: EstimateDiff, toolkit: Toolkit, prefix: string): void {
  const counts = { fail: 0, warn: 0 };
  let dropped = 0;
  const inHead = (file: string) => diff.manifests.some((m) => m.file === file && m.head);
  for (const reason of budget.reasons) {
    const title = `genspend: ${reason.rule}${reason.scope === 'pr' ? ' (PR-level)' : ''}`;
    // a PR-level reason points at each workload in its own manifest; a manifest rule at its file
    const targets = reason.workloads.some((w) => w.line !== undefined)
      ? reason.workloads
          .filter((w) => w.line !== undefined)
          .map((w) => ({ message: `${w.name}: ${reason.message}`, file: w.file ?? reason.file, line: w.line }))
      : [{ message: reason.message, file: reason.file, line: undefined }];
    for (const t of targets) {
      if (counts[reason.level]++ >= MAX_ANNOTATIONS_PER_LEVEL) {
        dropped++;
        continue;
      }
      // a manifest the head deleted has no file to point at
      const file = t.file && inHead(t.file) ? `${prefix}${t.file}` : undefined;
      const properties = { title, ...(file ? { file } : {}), ...(file && t.line !== undefined ? { startLine: t.line } : {}) };
      if (reason.level === 'fail') toolkit.error(t.message, properties);
      else toolkit.warning(t.message, properties);
    }
  }
  if (dropped)
    toolkit.info(`genspend: ${dropped} more annotation${dropped === 1 ? '' : 's'} not shown (GitHub shows 10 per level); see the report`);
}
