import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { money } from '../money.js';
import { compareCost, compareJob, type JobBill } from './job.js';
import { reconcileJobsJson, renderJobsMarkdown, renderJobsTable } from './job-report.js';

type FixtureJob = { id: string; provider: string; quoted: string; gpu?: string; bill: JobBill; expect: Record<string, unknown> };
const fixture: { maxVariance: string; jobs: FixtureJob[] } = JSON.parse(
  readFileSync(new URL('../../../../test/fixtures/reconcile-jobs.json', import.meta.url), 'utf8'),
);
const catalog = defaultCatalog();
const compareAll = (maxVariance?: string) =>
  fixture.jobs.map((j) =>
    compareJob(
      { bill: j.bill, quotedUsd: j.quoted, ...(j.gpu ? { hardware: { gpu: j.gpu } } : {}) },
      catalog,
      maxVariance ? { maxVariance: money(maxVariance) } : {},
    ),
  );

describe('compareJob (shared fixture, figures worked by hand)', () => {
  const json = reconcileJobsJson(compareAll());

  for (const [i, job] of fixture.jobs.entries())
    it(`${job.provider} ${job.id}: ${job.expect.verdict}`, () => {
      expect(json.jobs[i]).toMatchObject({ provider: job.provider, id: job.id, quotedUsd: job.quoted, ...job.expect });
    });

  it('totals the judged jobs and fails when any is over', () => {
    // 0.6 + 1.2 + 0.046 + 0.05 + 0.0038 + 0.00372 quoted; 0.6 + 0 + 0.6 + 0.05 + 0.0013 + 0.00403 billed
    expect(json.totals).toEqual({
      jobs: 7,
      over: 3,
      pending: 1,
      unquoted: 0,
      failed: 0,
      quotedUsd: '1.90352',
      billedUsd: '1.25533',
    });
    expect(json.status).toBe('fail');
    expect(json.version).toBe(1);
  });

  it('prices Runpod worker time at the GPU rate, rounded up, and says how', () => {
    const runpod = compareAll().find((c) => c.provider === 'runpod')!;
    expect(runpod.basis).toEqual([
      '12.45 s of execution on ADA_24, billed as 13 s at $0.00031 per GPU-second',
      "up to $0.00465 if its 2.3 s delay was a cold start (queue time is not billed; idle time is the worker's, not the job's)",
    ]);
    // two GPUs per worker bill twice: 13 s x 2 x $0.00031
    const two = compareJob({ bill: fixture.jobs[6]!.bill, quotedUsd: '0.00806', hardware: { gpu: 'ADA_24', gpuCount: 2 } }, catalog);
    expect(two.billedUsd!.toFixed()).toBe('0.00806');
    expect(two.over).toBe(false);
  });

  it('needs the GPU of a Runpod job, and one the catalog prices', () => {
    const bill = fixture.jobs[6]!.bill;
    expect(() => compareJob({ bill, quotedUsd: '0.004' }, catalog)).toThrow(/needs the endpoint's GPU/);
    expect(() => compareJob({ bill, quotedUsd: '0.004', hardware: { gpu: 'RTX 3080' } }, catalog)).toThrow(/GPU "RTX 3080" has no price/);
  });

  it('judges on a tighter variance when given one: the Runpod job at +8.33% fails at 5%', () => {
    const tight = reconcileJobsJson(compareAll('5'));
    expect(tight.jobs[6]).toMatchObject({ verdict: 'fail', over: true, maxVariancePercent: '5' });
    expect(tight.totals.over).toBe(4);
  });

  it('a job without a quote is shown, not judged; a read failure makes the status error', () => {
    const c = compareJob({ bill: fixture.jobs[0]!.bill }, catalog);
    expect(c).toMatchObject({ verdict: 'unquoted', over: false, quotedUsd: null });
    expect(c.billedUsd!.toFixed()).toBe('0.6');
    expect(c.basis).toEqual(['60 credits x $0.01 a credit']);
    const failure = { provider: 'fal', id: 'req-x', error: { kind: 'not-found', message: 'fal: no billing event for request "req-x"' } };
    const json = reconcileJobsJson([c, failure]);
    expect(json.status).toBe('error');
    expect(json.jobs[1]).toEqual({ provider: 'fal', id: 'req-x', verdict: 'error', error: failure.error });
  });
});

describe('compareCost', () => {
  it('is exact: $0.046 quoted, $0.60 billed', () => {
    const c = compareCost(money('0.046'), money('0.6'), money(25));
    expect(c.differenceUsd.toFixed()).toBe('0.554');
    expect(c.ratio!.toFixed()).toBe('13.04347826086956521739130434782608695652');
    expect(c.over).toBe(true);
  });

  it('allows exactly the variance, not more', () => {
    expect(compareCost(money('0.04'), money('0.05'), money(25)).over).toBe(false);
    expect(compareCost(money('0.04'), money('0.0500001'), money(25)).over).toBe(true);
  });

  it('a bill for a $0 quote is over; $0 for $0 is not', () => {
    expect(compareCost(money(0), money('0.01'), money(25))).toMatchObject({ ratio: null, variancePercent: null, over: true });
    expect(compareCost(money(0), money(0), money(25)).over).toBe(false);
  });
});

describe('job reports', () => {
  const jobs = compareAll();
  it('shows sub-cent figures with their digits in the table', () => {
    const table = renderJobsTable(jobs);
    expect(table).toContain('genspend reconcile: OVER (3 of 7 off by more than the variance); 7 jobs, quoted against billed');
    expect(table).toMatch(/OVER\s+fal\s+req-qwen\s+\$0\.046\s+\$0\.60\s+\+\$0\.554\s+\+1204\.3%/);
    expect(table).toMatch(/ok\s+runpod\s+job-sdxl-1\s+\$0\.00372\s+\$0\.00403 \(up to \$0\.00465\)\s+\+\$0\.00031\s+\+8\.3%/);
    expect(table).toContain('pending  runway');
  });

  it('escapes ids and messages in markdown', () => {
    const bill: JobBill = { provider: 'fal', id: 'req|<b>x</b>', state: 'finished', amountUsd: '0.05' };
    const md = renderJobsMarkdown([
      { provider: 'fal', id: 'a|b', error: { kind: 'not-found', message: 'no event for `a|b`' } },
      compareJob({ bill, quotedUsd: '0.05' }, catalog),
    ]);
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('req|<');
    expect(md).toContain('### Reconcile: ERROR (1 of 2 jobs could not be read); 2 jobs, quoted against billed');
    // in the order given: the unreadable job first
    expect(md.indexOf('| ERROR | fal | a\\|b |')).toBeGreaterThan(0);
    expect(md.indexOf('| ERROR |')).toBeLessThan(md.indexOf('| ok |'));
  });
});
