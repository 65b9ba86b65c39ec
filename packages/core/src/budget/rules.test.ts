import { describe, expect, it } from 'vitest';
import type { Estimate, ManifestEstimate, WorkloadEstimate, BudgetSpec } from '../estimate/types.js';
import { money, sum } from '../money.js';
import { diffEstimates } from './diff.js';
import { evaluateBudget } from './rules.js';

function workload(name: string, cost: string | null, line = 1): WorkloadEstimate {
  return {
    name,
    provider: 'fal',
    model: 'm',
    location: { file: 'g.yml', line },
    cost: cost === null ? null : money(cost),
    credits: null,
    basis: cost === null ? null : 'published',
    lines: [],
    assumptions: [],
    warnings: [],
    ...(cost === null ? { unpriced: 'unknown model `m`' } : {}),
  };
}

function estimate(workloads: WorkloadEstimate[], budget: Partial<BudgetSpec> = {}, file = 'g.yml'): Estimate {
  const m: ManifestEstimate = {
    file,
    period: 'month',
    budget: { unpriced: 'warn', ...budget },
    workloads,
    total: sum(workloads.flatMap((w) => (w.cost ? [w.cost] : []))),
  };
  return { period: 'month', total: m.total, manifests: [m] };
}

const judge = (base: Estimate | null, head: Estimate, overrides = {}) =>
  evaluateBudget(diffEstimates(base, head), { hasBase: base !== null || true, overrides });

describe('budget rules', () => {
  it('passes within every limit', () => {
    const r = judge(
      estimate([workload('a', '100')]),
      estimate([workload('a', '110')], { limit: money(500), maxIncrease: money(50), maxIncreasePercent: money(20) }),
    );
    expect(r).toEqual({ verdict: 'pass', reasons: [] });
  });

  it('fails when the change crosses the total limit, naming the amount over', () => {
    const r = judge(estimate([workload('a', '400')]), estimate([workload('a', '400'), workload('b', '150', 7)], { limit: money(500) }));
    expect(r.verdict).toBe('fail');
    expect(r.reasons[0]).toMatchObject({
      rule: 'limit',
      level: 'fail',
      message: 'total $550.00 is over the $500.00 limit by $50.00',
      workloads: [{ name: 'b', line: 7 }],
    });
  });

  it('does not block on an overrun the base already had', () => {
    const r = judge(estimate([workload('a', '600')]), estimate([workload('a', '610')], { limit: money(500) }));
    expect(r.verdict).toBe('warn');
    expect(r.reasons[0]!.message).toContain('the base was already over ($600.00)');
  });

  it('fails an absolute increase over the maximum, on the delta', () => {
    const r = judge(estimate([workload('a', '1000')]), estimate([workload('a', '1060.5')], { maxIncrease: money(50) }));
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatchObject({
      rule: 'maxIncrease',
      level: 'fail',
      message: 'increase of $60.50 is over the $50.00 maximum by $10.50',
    });
  });

  it('fails a percent increase over the maximum', () => {
    const r = judge(estimate([workload('a', '100')]), estimate([workload('a', '125')], { maxIncreasePercent: money(20) }));
    expect(r.reasons[0]).toMatchObject({
      rule: 'maxIncreasePercent',
      level: 'fail',
      message: 'increase of 25.0% is over the 20.0% maximum',
    });
  });

  it('skips the percent rule on a $0 base but applies the absolute one', () => {
    const r = judge(null, estimate([workload('a', '80')], { maxIncrease: money(50), maxIncreasePercent: money(1) }));
    expect(r.reasons.map((x) => x.rule)).toEqual(['maxIncrease']);
  });

  it('a decrease never fails increase rules', () => {
    const r = judge(
      estimate([workload('a', '100')]),
      estimate([workload('a', '10')], { maxIncrease: money(0), maxIncreasePercent: money(0) }),
    );
    expect(r.verdict).toBe('pass');
  });

  it('unpriced workloads fail or warn as the budget says', () => {
    expect(judge(null, estimate([workload('x', null, 4)], { unpriced: 'fail' })).reasons[0]).toMatchObject({
      rule: 'unpriced',
      level: 'fail',
      workloads: [{ name: 'x', line: 4 }],
    });
    expect(judge(null, estimate([workload('x', null)])).verdict).toBe('warn');
  });

  it('says when the base had unpriced workloads', () => {
    const r = judge(estimate([workload('x', null)]), estimate([workload('x', '5')]));
    expect(r.reasons[0]).toMatchObject({ rule: 'baseline', level: 'warn' });
  });

  it('overrides take precedence over the manifest budget', () => {
    const head = estimate([workload('a', '120')], { limit: money(500) });
    expect(judge(estimate([workload('a', '100')]), head, { limit: money(110) }).verdict).toBe('fail');
    expect(judge(estimate([workload('a', '100')]), head, { limit: undefined }).verdict).toBe('pass');
  });

  it('a plain estimate applies only the limit and unpriced rules', () => {
    const r = evaluateBudget(diffEstimates(null, estimate([workload('a', '600')], { limit: money(500), maxIncrease: money(1) })), {
      hasBase: false,
    });
    expect(r.reasons.map((x) => x.rule)).toEqual(['limit']);
  });
});

describe('diffEstimates', () => {
  it('pairs workloads by name and manifests by file; new and removed manifests', () => {
    const base = estimate([workload('a', '10'), workload('gone', '5')], {}, 'one.yml');
    base.manifests.push({ ...estimate([workload('z', '3')], {}, 'old.yml').manifests[0]! });
    const head = estimate([workload('a', '12'), workload('new', '1')], {}, 'one.yml');
    head.manifests.push({ ...estimate([workload('n', '7')], {}, 'added.yml').manifests[0]! });
    const d = diffEstimates({ ...base, total: money(18) }, { ...head, total: money(20) });
    expect(d.manifests.map((m) => [m.file, m.delta.toFixed()])).toEqual([
      ['added.yml', '7'],
      ['old.yml', '-3'],
      ['one.yml', '-2'],
    ]);
    expect(d.manifests[2]!.workloads.map((w) => [w.name, w.status, w.delta.toFixed()])).toEqual([
      ['a', 'changed', '2'],
      ['gone', 'removed', '-5'],
      ['new', 'added', '1'],
    ]);
    expect(d.delta.toFixed()).toBe('2');
    expect(d.deltaPercent!.toFixed(2)).toBe('11.11');
  });
});
