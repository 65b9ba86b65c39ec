import { describe, expect, it } from 'vitest';
import { parseManifest, priceChange } from '@genspend/core';
import { chars, COMMENT_LIMIT, fitReport, fullReport } from '../src/report.js';
import { manifest, veo } from './harness.js';

const fit = { limit: COMMENT_LIMIT, measure: chars, limitName: 'the limit', fullReportAt: 'the job summary' };

describe('fitReport', () => {
  it('a report cut to fit always keeps the verdict line and every failing reason', () => {
    // one manifest fails its maxIncrease; 400 others change their budgets (a warning each) and
    // 2,000 unpriced workloads make a failing reason far longer than the whole limit
    const unpriced = Array.from({ length: 2000 }, (_, i) => `  - { name: "u${i}", provider: fal, model: "nope-${i}", runs: 1 }\n`).join('');
    const base = [parseManifest(manifest(veo('a', 1), 'budget: { maxIncrease: 1, unpriced: fail }\n'), 'a/genspend.yml')];
    const head = [parseManifest(manifest(veo('a', 100) + unpriced, 'budget: { maxIncrease: 1, unpriced: fail }\n'), 'a/genspend.yml')];
    for (let i = 0; i < 400; i++) {
      const file = `m${String(i).padStart(3, '0')}/genspend.yml`;
      base.push(parseManifest(manifest(veo('w', 1), 'budget: { limit: 5 }\n'), file));
      head.push(parseManifest(manifest(veo('w', 1), 'budget: { limit: 6 }\n'), file));
    }
    const priced = priceChange({ head, base: { manifests: base }, subject: 'PR' });
    expect(priced.budget.reasons.filter((r) => r.level === 'fail').map((r) => r.rule)).toEqual(['maxIncrease', 'unpriced']);
    const full = fullReport(priced, { subject: 'This PR', tag: '' });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const body = fitReport(full, priced, { subject: 'This PR', tag: '', ...fit });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain(':x: **Budget: fail**');
    expect(body).toContain('- **fail** (`maxIncrease`, a/genspend.yml): increase of $79.20 is over the $1.00 maximum by $78.20');
    expect(body).toMatch(/- \*\*fail\*\* \(`unpriced`, a\/genspend\.yml\): 2000 workloads could not be priced: .{100,}…\n/);
    expect(body).toContain('- 400 warnings: see the job summary');
    // the verdict ends the report, after the cut
    expect(body.indexOf('Budget: fail')).toBeGreaterThan(body.indexOf('Totals per manifest only'));
  });

  it('a report within the limit is the full one', () => {
    const m = [parseManifest(manifest(veo('a', 1)), 'genspend.yml')];
    const priced = priceChange({ head: m, base: { manifests: m } });
    const full = fullReport(priced, { subject: 'This PR', tag: '' });
    expect(fitReport(full, priced, { subject: 'This PR', tag: '', ...fit })).toBe(full);
  });

  it("carries a retired model's warning, with its date and replacement, into the report", () => {
    const m = [parseManifest(manifest('  - { name: old, provider: runway, model: gen3a_turbo, runs: 2, seconds: 5 }\n'), 'genspend.yml')];
    const priced = priceChange({ head: m, base: { manifests: [] } });
    const full = fullReport(priced, { subject: 'This PR', tag: '' });
    expect(full).toContain('old: gen3a\\_turbo was retired by Runway API on 2026-06-10; use gen4\\_turbo');
  });
});
