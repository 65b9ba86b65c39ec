import { describe, expect, it } from 'vitest';
import type { Estimate, ManifestEstimate, WorkloadEstimate, BudgetSpec } from '../estimate/types.js';
import { money, sum } from '../money.js';
import { diffEstimates } from './diff.js';
import { evaluateBudget, type PrRules } from './rules.js';

function workload(name: string, cost: string | null, line = 1): WorkloadEstimate {
  return {
    name,
    provider: 'fal',
    model: 'm',
    location: { file: 'g.yml', line },
    cost: cost === null ? null : money(cost),
    runs: null,
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

/** Both sides share one budget (the merged one), unless a test says otherwise. */
const sameBudget = (base: Estimate | null, head: Estimate): Estimate | null =>
  base && { ...base, manifests: base.manifests.map((m, i) => ({ ...m, budget: head.manifests[i]?.budget ?? m.budget })) };

const judge = (base: Estimate | null, head: Estimate, pr: PrRules = {}) =>
  evaluateBudget(diffEstimates(sameBudget(base, head), head), { hasBase: true, pr });

describe('budget rules', () => {
  it('passes within every limit', () => {
    const r = judge(
      estimate([workload('a', '100')]),
      estimate([workload('a', '110')], { limit: money(500), maxIncrease: money(50), maxIncreasePercent: money(20) }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.reasons).toEqual([]);
    expect(r.rules.manifests).toEqual([{ file: 'g.yml', from: 'base', budget: expect.objectContaining({ limit: money(500) }) }]);
  });

  it('fails when the change crosses the total limit, naming the amount over', () => {
    const r = judge(estimate([workload('a', '400')]), estimate([workload('a', '400'), workload('b', '150', 7)], { limit: money(500) }));
    expect(r.verdict).toBe('fail');
    expect(r.reasons[0]).toMatchObject({
      rule: 'limit',
      level: 'fail',
      scope: 'manifest',
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

  it("a new manifest's own percent rule skips its $0 base; its absolute one applies", () => {
    const r = judge(null, estimate([workload('a', '80')], { maxIncrease: money(50), maxIncreasePercent: money(1) }));
    expect(r.reasons.map((x) => x.rule)).toEqual(['maxIncrease']);
    expect(r.rules.manifests[0]!.from).toBe('head');
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

  it('a plain estimate applies only the limit and unpriced rules', () => {
    const r = evaluateBudget(diffEstimates(null, estimate([workload('a', '600')], { limit: money(500), maxIncrease: money(1) })), {
      hasBase: false,
      pr: { maxIncrease: money(1), limit: money(700) },
    });
    expect(r.reasons.map((x) => x.rule)).toEqual(['limit']);
  });
});

describe('PR-level rules judge the whole change', () => {
  const two = (a: string, b: string) => {
    const e = estimate([workload('a', a)], {}, 'a.yml');
    e.manifests.push(estimate([workload('b', b)], {}, 'b.yml').manifests[0]!);
    return { ...e, total: money(a).plus(b) };
  };

  it('a new manifest cannot dodge the percent rule: any increase from $0 is over it', () => {
    const r = judge(null, estimate([workload('big', '1000000', 3)], {}, 'new/genspend.yml'), { maxIncreasePercent: money(20) });
    expect(r.verdict).toBe('fail');
    expect(r.reasons[0]).toMatchObject({
      rule: 'maxIncreasePercent',
      scope: 'pr',
      file: '',
      workloads: [{ name: 'big', file: 'new/genspend.yml', line: 3 }],
    });
    expect(r.reasons[0]!.message).toContain('$1,000,000.00, is from a $0 base');
  });

  it('spend split across manifests is summed for max-increase and limit', () => {
    const base = two('10', '10');
    const head = two('40', '40');
    // each manifest grows by $30: under a $50 maximum one at a time, $60 together
    const r = judge(base, head, { maxIncrease: money(50), limit: money(70) });
    expect(r.reasons.map((x) => [x.rule, x.scope, x.level])).toEqual([
      ['limit', 'pr', 'fail'],
      ['maxIncrease', 'pr', 'fail'],
    ]);
    expect(r.reasons[1]!.message).toBe('the increase over every manifest, $60.00, is over the $50.00 maximum by $10.00');
    expect(judge(base, two('30', '30'), { maxIncrease: money(50), limit: money(70) }).verdict).toBe('pass');
  });

  it('the PR-level percent rule is judged on the total', () => {
    expect(judge(two('100', '100'), two('130', '100'), { maxIncreasePercent: money(20) }).verdict).toBe('pass'); // +15%
    const r = judge(two('100', '100'), two('150', '100'), { maxIncreasePercent: money(20) }); // +25%
    expect(r.reasons[0]).toMatchObject({ rule: 'maxIncreasePercent', scope: 'pr', message: expect.stringContaining('25.0%') });
  });

  it('a PR-level limit already crossed at the base warns', () => {
    const r = judge(two('100', '100'), two('110', '100'), { limit: money(150) });
    expect(r.reasons[0]).toMatchObject({ rule: 'limit', scope: 'pr', level: 'warn' });
  });

  it('PR-level rules add to manifest budgets, never loosen them', () => {
    const head = estimate([workload('a', '120')], { limit: money(110) });
    const r = judge(estimate([workload('a', '100')]), head, { limit: money(1000) });
    expect(r.reasons.map((x) => [x.rule, x.scope])).toEqual([['limit', 'manifest']]);
  });

  it('PR-level unpriced: fail fails on every unpriced workload, once', () => {
    const r = judge(null, estimate([workload('x', null, 4)], { unpriced: 'warn' }), { unpriced: 'fail' });
    expect(r.reasons.map((x) => [x.rule, x.scope, x.level])).toEqual([['unpriced', 'pr', 'fail']]);
    const own = judge(null, estimate([workload('x', null, 4)], { unpriced: 'fail' }), { unpriced: 'fail' });
    expect(own.reasons.map((x) => [x.rule, x.scope, x.level])).toEqual([['unpriced', 'manifest', 'fail']]);
  });
});

describe('the merged budget governs', () => {
  const diff = (baseBudget: Partial<BudgetSpec>, headBudget: Partial<BudgetSpec>, base = '100', head = '200') =>
    evaluateBudget(diffEstimates(estimate([workload('a', base)], baseBudget), estimate([workload('a', head)], headBudget)), {
      hasBase: true,
      subject: 'PR',
    });

  it('a PR that loosens maxIncrease is judged by the base budget, and says what changes after merge', () => {
    const r = diff({ maxIncrease: money(10) }, { maxIncrease: money(100000) });
    expect(r.verdict).toBe('fail');
    expect(r.reasons.map((x) => [x.rule, x.level])).toEqual([
      ['budget', 'warn'],
      ['maxIncrease', 'fail'],
    ]);
    expect(r.reasons[0]!.message).toBe(
      "this PR changes the budget of `g.yml`: maxIncrease $10.00 → $100,000.00 (applies after merge; until then the base's budget judges it)",
    );
  });

  it('removing a rule, raising a limit, or turning unpriced fail into warn does not take effect before merge', () => {
    expect(diff({ maxIncreasePercent: money(5) }, {}).reasons.map((x) => x.rule)).toEqual(['budget', 'maxIncreasePercent']);
    expect(diff({ limit: money(150) }, { limit: money(1e6) }).reasons.map((x) => x.rule)).toEqual(['budget', 'limit']);
    const unpriced = evaluateBudget(
      diffEstimates(estimate([workload('a', '1')], { unpriced: 'fail' }), estimate([workload('a', null)], { unpriced: 'warn' })),
      { hasBase: true },
    );
    expect(unpriced.reasons.find((x) => x.rule === 'unpriced')!.level).toBe('fail');
    expect(unpriced.reasons[0]!.message).toContain('unpriced fail → warn');
  });

  it('an unchanged budget says nothing', () => {
    expect(diff({ maxIncrease: money(500) }, { maxIncrease: money('500.00') }).reasons).toEqual([]);
  });

  it('an unreadable base never blocks: a baseline warning, no increase rules, the head budget', () => {
    const head = estimate([workload('a', '400')], { maxIncrease: money(10), limit: money(1000) });
    const r = evaluateBudget(diffEstimates(null, head, [{ file: 'g.yml', error: 'g.yml@abc:3: bad' }]), {
      hasBase: true,
      pr: { maxIncrease: money(10), maxIncreasePercent: money(1) },
    });
    expect(r.verdict).toBe('warn');
    expect(r.reasons).toEqual([expect.objectContaining({ rule: 'baseline', level: 'warn', file: 'g.yml' })]);
    expect(r.reasons[0]!.message).toContain('could not be read (g.yml@abc:3: bad)');
    // the head's own limit still applies
    const over = evaluateBudget(
      diffEstimates(null, estimate([workload('a', '2000')], { limit: money(1000) }), [{ file: 'g.yml', error: 'x' }]),
      {
        hasBase: true,
      },
    );
    expect(over.verdict).toBe('fail');
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
