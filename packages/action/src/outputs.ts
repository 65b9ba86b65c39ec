import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffJson, estimateJson, exact } from '@genspend/core';
import type { Priced } from './report.js';
import type { Toolkit } from './toolkit.js';

/**
 * Writes the JSON report of the CLI's contract (`genspend diff --format json`, or `estimate`
 * when there is no base) to a fresh folder under `dir` (RUNNER_TEMP), and returns its path.
 */
export function writeReport(dir: string, priced: Priced): string {
  const report = priced.hasBase ? diffJson(priced.base, priced.head, priced.diff, priced.budget) : estimateJson(priced.head, priced.budget);
  const path = join(mkdtempSync(join(dir || tmpdir(), 'genspend-')), 'report.json');
  // compact: a 1,000-workload diff is 2.3 MB indented, and a machine reads it
  writeFileSync(path, JSON.stringify(report) + '\n');
  return path;
}

/**
 * The step's outputs. Money is an exact decimal string, as in the JSON report; delta-percent has
 * 2 places and is empty when the base is $0; base-total, delta and delta-percent are empty when
 * there is no base (an estimate on push).
 */
export function setOutputs(toolkit: Toolkit, priced: Priced, reportPath: string): void {
  const { diff } = priced;
  toolkit.setOutput('base-total', priced.hasBase ? exact(diff.baseTotal) : '');
  toolkit.setOutput('head-total', exact(diff.headTotal));
  toolkit.setOutput('delta', priced.hasBase ? exact(diff.delta) : '');
  toolkit.setOutput('delta-percent', priced.hasBase && diff.deltaPercent ? diff.deltaPercent.toFixed(2) : '');
  toolkit.setOutput('verdict', priced.budget.verdict);
  toolkit.setOutput('report-path', reportPath);
}
