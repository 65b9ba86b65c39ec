import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { estimateWorkload } from '../estimate/estimate.js';
import { money } from '../money.js';
import { forecastBalance, daysOfBalance } from './balance.js';
import { tierHeadroom } from './tiers.js';
import { assessAccount, fewestDaysLeft, overallStatus, shownDays } from './account.js';
import { estimateManifests } from '../estimate/manifests.js';
import { parseManifest } from '../manifest/parse.js';

describe('forecastBalance', () => {
  it('days left at the observed burn: $435.85 at $31.13 a day is 14.0 days', () => {
    expect(daysOfBalance(money('435.85'), money('31.13'))!.toFixed(2)).toBe('14.00');
    expect(daysOfBalance(money('10'), money(0))).toBeNull();
  });

  it('is ok with more than the low threshold left', () => {
    const f = forecastBalance({ provider: 'fal', balanceUsd: money(300), burnPerDayUsd: money(10), period: 'month' });
    expect(f).toMatchObject({ status: 'ok', reasons: [] });
    expect(f.daysLeft!.toFixed()).toBe('30');
  });

  it('is low under 14 days and critical under 3', () => {
    expect(forecastBalance({ provider: 'fal', balanceUsd: money(100), burnPerDayUsd: money(10), period: 'month' })).toMatchObject({
      status: 'low',
      reasons: ['10.0 days left at the observed burn (low under 14)'],
    });
    expect(forecastBalance({ provider: 'fal', balanceUsd: money(25), burnPerDayUsd: money(10), period: 'month' }).status).toBe('critical');
  });

  it('uses the planned spend when it burns faster, and names the shortfall', () => {
    // $730 a month = $24 a day; $100 lasts 4.2 days
    const f = forecastBalance({
      provider: 'runway',
      balanceUsd: money(100),
      burnPerDayUsd: money(1),
      plannedPerPeriodUsd: money(730),
      period: 'month',
    });
    expect(f.status).toBe('low');
    expect(f.plannedDaysLeft!.toFixed(2)).toBe('4.17');
    expect(f.shortfallUsd!.toFixed()).toBe('630');
    expect(f.reasons).toContain('the planned month needs $630.00 more than the balance');
  });

  it('an empty or negative balance is critical', () => {
    expect(forecastBalance({ provider: 'runpod', balanceUsd: money(0), period: 'month' })).toMatchObject({
      status: 'critical',
      reasons: ['balance is $0.00'],
    });
  });

  it('balance floors apply when there is no burn', () => {
    const t = { lowDays: money(14), criticalDays: money(3), lowBalanceUsd: money(50), criticalBalanceUsd: money(10) };
    expect(forecastBalance({ provider: 'runware', balanceUsd: money(40), period: 'month' }, t).status).toBe('low');
    expect(forecastBalance({ provider: 'runware', balanceUsd: money(5), period: 'month' }, t).status).toBe('critical');
  });
});

describe('tierHeadroom (Runway)', () => {
  const catalog = defaultCatalog();
  const plan = (model: string, runs: string, extra: Record<string, unknown> = {}) =>
    estimateWorkload(
      { name: model, provider: 'runway', model, attributes: { runs: money(runs), seconds: money(10), ...extra } },
      catalog,
      'month',
    );

  it('the cap limits purchases: held credits that cover the month are no problem; ones that do not still are', () => {
    const limits = {
      maxMonthlyCreditSpend: 10_000,
      models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 500, dailyGenerationsUsed: 0 } },
    };
    // 100 x 10 s x 12 credits = 12,000 a month = 11,835.6 per 30 days (394.5 a day), over the 10,000 cap
    const covered = tierHeadroom([plan('gen4.5', '100')], limits, 'month', catalog, money(50_000));
    expect(covered.fitsMonthlyCap).toBe(false);
    expect(covered.problems).toEqual([]);
    expect(covered.capBindsInDays!.toFixed(1)).toBe('126.7');
    // 6,000 held last 15.2 days of a 30.4-day month: the cap binds within the plan
    const short = tierHeadroom([plan('gen4.5', '100')], limits, 'month', catalog, money(6_000));
    expect(short.capBindsInDays!.toFixed(1)).toBe('15.2');
    expect(short.problems).toEqual([expect.stringContaining('caps purchases at 10000')]);
    expect(short.notes).toContain(
      'the held credits cover the plan for 15.2 days; after that the monthly purchase cap of 10000 credits falls short of the plan',
    );
  });

  it('a model missing from the live tier has an unknown limit, not none', () => {
    const h = tierHeadroom([plan('gen4.5', '10')], { maxMonthlyCreditSpend: 200_000, models: {} }, 'month', catalog);
    expect(h.models[0]).toMatchObject({ limitKnown: false, maxDailyGenerations: null, fits: true });
    expect(h.notes).toEqual(["gen4.5: not in the tier's live limits; its daily limit is unknown"]);
  });

  it('1,500 gen4.5 runs a month is 49.3 a day: fits a 50-a-day limit', () => {
    const h = tierHeadroom(
      [plan('gen4.5', '1500')],
      {
        maxMonthlyCreditSpend: 200_000,
        models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, dailyGenerationsUsed: 12 } },
      },
      'month',
      catalog,
    );
    expect(h.models[0]).toMatchObject({ model: 'gen4.5', maxDailyGenerations: 50, usedLast24h: 12, leftToday: 38, fits: true });
    expect(h.models[0]!.plannedPerDay.toFixed(1)).toBe('49.3');
    expect(h.problems).toEqual([]);
  });

  it('names a daily limit the plan exceeds', () => {
    const h = tierHeadroom(
      [plan('gen4.5', '3000')],
      {
        maxMonthlyCreditSpend: 1_000_000,
        models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, dailyGenerationsUsed: 0 } },
      },
      'month',
      catalog,
    );
    expect(h.models[0]!.fits).toBe(false);
    expect(h.problems).toEqual(['gen4.5: the plan needs 98.6 generations a day; the tier allows 50']);
  });

  it('compares credits per 30 days with the monthly cap and names the tier needed', () => {
    // 1,000 runs x 10 s x 12 credits = 120,000 credits a 730-hour month = 118,356.2 per 30 days ($1,183.56): tier 3 ($2,000)
    const h = tierHeadroom([plan('gen4.5', '1000')], { maxMonthlyCreditSpend: 10_000, models: {} }, 'month', catalog);
    expect(h.fitsMonthlyCap).toBe(false);
    expect(h.plannedCreditsPer30Days.toFixed(1)).toBe('118356.2');
    expect(h.tierNeeded).toMatchObject({ tier: 3, maxMonthlySpendUsd: '2000' });
    expect(h.problems[0]).toBe(
      'the plan needs 118357 credits per 30 days; the tier caps purchases at 10000: tier 3 (unlocked at $100 purchased) allows $2000',
    );
  });

  it('a model without a listed limit has no limit', () => {
    const h = tierHeadroom([plan('veo3', '10', { seconds: money(8) })], { maxMonthlyCreditSpend: 100_000, models: {} }, 'month', catalog);
    expect(h.models[0]).toMatchObject({ maxDailyGenerations: null, leftToday: null, fits: true });
  });
});

describe('assessAccount and the check status', () => {
  const catalog = defaultCatalog();
  const thresholds = { lowDays: money(14), criticalDays: money(3) };

  it('values Runway credits at the catalog credit price, not the API amount', () => {
    const r = assessAccount(
      { provider: 'runway', balance: { amountUsd: '999', credits: '50000' }, burnPerDayUsd: '1' },
      { catalog, thresholds },
    );
    expect(r.forecast!.balanceUsd.toFixed()).toBe('500');
    expect(r.forecast!.daysLeft!.toFixed()).toBe('500');
  });

  it('an unreadable account is an error and makes the whole check an error, never ok', () => {
    const ok = assessAccount({ provider: 'fal', balance: { amountUsd: '100' }, burnPerDayUsd: '1' }, { catalog, thresholds });
    const failed = assessAccount({ provider: 'runpod', error: { kind: 'auth', message: 'runpod: key refused' } }, { catalog, thresholds });
    expect(failed).toEqual({ provider: 'runpod', error: { kind: 'auth', message: 'runpod: key refused' } });
    expect(overallStatus([ok])).toBe('ok');
    expect(overallStatus([ok, failed])).toBe('error');
  });

  it('a balance whose usage history could not be read is at least low, and says why; never ok', () => {
    const unread = assessAccount(
      { provider: 'fal', balance: { amountUsd: '1000000' }, usageError: 'fal /v1/models/usage: the request was rejected (HTTP 400)' },
      { catalog, thresholds },
    );
    expect(unread.forecast).toMatchObject({ status: 'low', burnPerDayUsd: null });
    expect(unread.forecast!.reasons).toEqual([
      'usage history could not be read: fal /v1/models/usage: the request was rejected (HTTP 400)',
    ]);
    expect(overallStatus([unread])).toBe('low');
    // worse stays worse: a zero balance is critical with or without the history
    const empty = assessAccount({ provider: 'fal', balance: { amountUsd: '0' }, usageError: 'timed out' }, { catalog, thresholds });
    expect(empty.forecast!.status).toBe('critical');
    // the same account with its history read is ok
    const read = assessAccount({ provider: 'fal', balance: { amountUsd: '1000000' }, burnPerDayUsd: '1' }, { catalog, thresholds });
    expect(read.forecast!.status).toBe('ok');
  });

  it('the worst status wins; fewest days left takes the faster of observed and planned burn', () => {
    const low = assessAccount({ provider: 'fal', balance: { amountUsd: '100' }, burnPerDayUsd: '10' }, { catalog, thresholds });
    const critical = assessAccount({ provider: 'runpod', balance: { amountUsd: '5' }, burnPerDayUsd: '2' }, { catalog, thresholds });
    expect(overallStatus([low])).toBe('low');
    expect(overallStatus([low, critical])).toBe('critical');
    expect(shownDays(fewestDaysLeft([low, critical]))).toBe('2.5');
    const idle = assessAccount({ provider: 'fal', balance: { amountUsd: '100' }, burnPerDayUsd: '0' }, { catalog, thresholds });
    expect(fewestDaysLeft([idle])).toBeNull();
  });

  it('a plan that does not fit the Runway tier makes an ok account low, and says why', () => {
    const plan = estimateWorkloadsOf(
      'version: 1\nworkloads:\n  - { name: promo, provider: runway, model: gen4.5, runs: 3000, seconds: 10 }\n',
    );
    const r = assessAccount(
      {
        provider: 'runway',
        balance: { amountUsd: '1000000', credits: '100000000' },
        burnPerDayUsd: '1',
        limits: {
          maxMonthlyCreditSpend: 1_000_000,
          models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, dailyGenerationsUsed: 0 } },
        },
      },
      { catalog, thresholds, estimate: plan },
    );
    expect(r.forecast!.status).toBe('low');
    expect(r.forecast!.reasons).toEqual(['gen4.5: the plan needs 98.6 generations a day; the tier allows 50']);
  });
});

function estimateWorkloadsOf(yaml: string) {
  return estimateManifests([parseManifest(yaml, 'genspend.yml')], defaultCatalog());
}
