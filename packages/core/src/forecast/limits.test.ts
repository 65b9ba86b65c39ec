import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { money } from '../money.js';
import { affordability } from './affordability.js';
import { checkTierLimits, leftToday } from './limits.js';
import type { TierLimitsInput } from './tiers.js';

const limits: TierLimitsInput = {
  maxMonthlyCreditSpend: 10_000,
  models: {
    'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, dailyGenerationsUsed: 46 },
    veo3: { maxConcurrentGenerations: 1, maxDailyGenerations: 10, dailyGenerationsUsed: 12 },
    gen4_turbo: { maxConcurrentGenerations: null, maxDailyGenerations: null, dailyGenerationsUsed: 3 },
  },
};

describe('leftToday', () => {
  it('is the daily limit minus the rolling use, never below zero; null without a limit or a listing', () => {
    expect(leftToday(limits, 'gen4.5')).toBe(4);
    expect(leftToday(limits, 'veo3')).toBe(0);
    expect(leftToday(limits, 'gen4_turbo')).toBeNull();
    expect(leftToday(limits, 'constructor')).toBeNull();
  });
});

describe('checkTierLimits', () => {
  it('is critical when a model has none left, low under the share, and names the tier of the cap', () => {
    const check = checkTierLimits(limits, 10, defaultCatalog());
    expect(check.status).toBe('critical');
    expect(check.reasons).toEqual([
      'gen4.5: 4 of 50 daily generations left (low under 10%)',
      'veo3: no generations left of 10 a day in the last 24 h',
    ]);
    // 10,000 credits x $0.01 = $100: tier 1's cap
    expect(check.maxMonthlySpendUsd.toFixed()).toBe('100');
    expect(check.tier?.tier).toBe(1);
    expect(check.models.map((m) => m.dailyGenerationsLeft)).toEqual([4, 0, null]);
  });

  it('is ok with room left, and low (not critical) with only a small share left', () => {
    const roomy = { ...limits, models: { 'gen4.5': { ...limits.models['gen4.5']!, dailyGenerationsUsed: 0 } } };
    expect(checkTierLimits(roomy, 10, defaultCatalog()).status).toBe('ok');
    expect(checkTierLimits({ ...limits, models: { 'gen4.5': limits.models['gen4.5']! } }, 10, defaultCatalog()).status).toBe('low');
    expect(checkTierLimits({ ...limits, maxMonthlyCreditSpend: 12_345 }, 10, defaultCatalog()).tier).toBeNull();
  });
});

describe('affordability', () => {
  const job = (cost: string, model?: string, runs = '1') => ({ costUsd: money(cost), runs: money(runs), ...(model ? { model } : {}) });

  it('takes jobs in order while the balance minus the reserve covers them, skipping those it does not', () => {
    const verdicts = affordability(money(10), [job('5'), job('5'), undefined, job('3')], money(2));
    expect(verdicts.map((v) => v?.affordable)).toEqual([true, false, undefined, true]);
    expect(verdicts.map((v) => v?.availableUsd.toFixed())).toEqual(['3', '3', undefined, '0']);
    expect(verdicts[1]!.reason).toBe('costs $5; $3 of the $10 balance is left to spend, keeping $2');
  });

  it('never shows less than zero left when the reserve is above the balance', () => {
    const [v] = affordability(money(1), [job('0.5')], money(3));
    expect(v).toMatchObject({ affordable: false, reason: 'costs $0.5; $0 of the $1 balance is left to spend, keeping $3' });
    expect(v!.availableUsd.toFixed()).toBe('0');
  });

  it("counts a Runway model's generations against what is left of its daily limit", () => {
    const verdicts = affordability(
      money(100),
      [job('1', 'gen4.5', '3'), job('1', 'gen4.5', '2'), job('1', 'gen4.5', '1')],
      money(0),
      limits,
    );
    expect(verdicts.map((v) => v!.affordable)).toEqual([true, false, true]);
    expect(verdicts.map((v) => v!.dailyGenerationsLeft?.toNumber())).toEqual([1, 1, 0]);
    expect(verdicts[1]!.reason).toBe('needs 2 gen4.5 generation(s); 1 left of the daily limit in the last 24 h');
    expect(verdicts[2]!.reason).toBe('fits the balance and the daily generation limit');
    // a model without a limit counts against the balance only
    expect(affordability(money(100), [job('1', 'gen4_turbo', '99')], money(0), limits)[0]).toMatchObject({
      affordable: true,
      reason: 'fits the balance',
    });
  });
});
