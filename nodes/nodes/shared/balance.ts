import {
  assessAccount,
  balanceInUsd,
  defaultCatalog,
  exact,
  forecastBalance,
  money,
  usageDaysInUsd,
  shownDays,
  ZERO,
  type Money,
  type Status,
} from '@genspend/core';
import { burnPerDay, lastDays, type Balance, type ProviderId, type TierLimits, type UsageHistory } from '@genspend/providers';
import type { IDataObject } from 'n8n-workflow';

/** A balance in USD the way the CLI reads it: Runway's credits at the catalog's dated credit value. */
export function balanceUsd(provider: ProviderId, balance: Balance): Money {
  return balanceInUsd(defaultCatalog(), provider, balance);
}

function balanceFields(provider: ProviderId, balance: Balance, usd: Money): IDataObject {
  return {
    provider,
    balanceUsd: exact(usd),
    ...(balance.credits !== undefined ? { credits: balance.credits } : {}),
    ...(balance.spendLimitPerHourUsd !== undefined ? { spendLimitPerHourUsd: balance.spendLimitPerHourUsd } : {}),
    ...(balance.currentSpendPerHourUsd !== undefined ? { currentSpendPerHourUsd: balance.currentSpendPerHourUsd } : {}),
  };
}

export interface BalanceFloors {
  lowBalanceUsd: Money;
  criticalBalanceUsd: Money;
}

/** Get Balance: the balance and a status from USD floors (a zero balance is always critical). */
export function balanceReport(provider: ProviderId, balance: Balance, floors: BalanceFloors): IDataObject {
  const usd = balanceUsd(provider, balance);
  const forecast = forecastBalance(
    { provider, balanceUsd: usd, period: 'month' },
    { lowDays: ZERO, criticalDays: ZERO, lowBalanceUsd: floors.lowBalanceUsd, criticalBalanceUsd: floors.criticalBalanceUsd },
  );
  return { ...balanceFields(provider, balance, usd), status: forecast.status, reasons: forecast.reasons };
}

export interface BurnSettings {
  windowDays: number;
  lowDays: Money;
  criticalDays: Money;
  /** UTC day, YYYY-MM-DD: the window is the `windowDays` full days before it. */
  today: string;
}

/** The usage window Get Burn Rate reads: the full UTC days before today, like `genspend balance --days`. */
export function burnWindow(settings: Pick<BurnSettings, 'windowDays' | 'today'>) {
  return lastDays(settings.today, settings.windowDays);
}

/**
 * Get Burn Rate: net spend per day over the window (days without usage count as $0), the days
 * the balance lasts at that rate, the day it runs out, and a status from the day thresholds.
 * The same figures as `genspend balance --format json` for the same window.
 */
export function burnReport(provider: ProviderId, balance: Balance, usage: UsageHistory, settings: BurnSettings): IDataObject {
  const catalog = defaultCatalog();
  const forecast = assessAccount(
    { provider, balance, ...burnPerDay(balance, usage, settings.windowDays) },
    { catalog, thresholds: { lowDays: settings.lowDays, criticalDays: settings.criticalDays } },
  ).forecast!;
  const usd = forecast.balanceUsd;
  const burn = forecast.burnPerDayUsd!;
  const window = burnWindow(settings);
  return {
    ...balanceFields(provider, balance, usd),
    burnPerDayUsd: exact(burn),
    windowDays: settings.windowDays,
    startDate: window.startDate,
    beforeDate: window.beforeDate,
    daysLeft: shownDays(forecast.daysLeft),
    runsOutOn: forecast.daysLeft === null ? null : addDays(settings.today, forecast.daysLeft.floor().toNumber()),
    status: forecast.status,
    reasons: forecast.reasons,
    days: usageDaysInUsd(catalog, provider, usage.days) as unknown as IDataObject[],
    ...(usage.totals ? { totals: usage.totals as IDataObject } : {}),
  };
}

function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Generations left of a model's daily limit in the rolling 24 hours; null = no limit. */
export function leftToday(limits: TierLimits, model: string): number | null {
  // the model comes from an item: `constructor` is a model Runway does not list, not Object.prototype's
  const m = Object.prototype.hasOwnProperty.call(limits.models, model) ? limits.models[model] : undefined;
  if (!m || m.maxDailyGenerations === null) return null;
  return Math.max(0, m.maxDailyGenerations - m.dailyGenerationsUsed);
}

/**
 * Get Tier Limits (Runway): per model the concurrency, the daily generations used and left,
 * and the monthly purchase cap with the published tier it matches. Critical when a model has
 * no generations left today, low when one has less than `lowPercentLeft` of its limit.
 */
export function tierReport(limits: TierLimits, lowPercentLeft: number): IDataObject {
  const catalog = defaultCatalog().provider('runway');
  const creditUsd = catalog?.credit?.usd ?? '0.01';
  const capUsd = money(limits.maxMonthlyCreditSpend).times(creditUsd);
  const tier = catalog?.usageTiers?.tiers.find((t) => money(t.maxMonthlySpendUsd).equals(capUsd));
  let status: Status = 'ok';
  const reasons: string[] = [];
  const models = Object.entries(limits.models).map(([model, m]) => {
    const left = leftToday(limits, model);
    if (left !== null && m.maxDailyGenerations !== null) {
      if (left === 0) {
        status = 'critical';
        reasons.push(`${model}: no generations left of ${m.maxDailyGenerations} a day in the last 24 h`);
      } else if (left * 100 < lowPercentLeft * m.maxDailyGenerations) {
        if (status === 'ok') status = 'low';
        reasons.push(`${model}: ${left} of ${m.maxDailyGenerations} daily generations left (low under ${lowPercentLeft}%)`);
      }
    }
    return {
      model,
      maxConcurrentGenerations: m.maxConcurrentGenerations,
      maxDailyGenerations: m.maxDailyGenerations,
      dailyGenerationsUsed: m.dailyGenerationsUsed,
      dailyGenerationsLeft: left,
    };
  });
  return {
    provider: 'runway',
    maxMonthlyCreditSpend: limits.maxMonthlyCreditSpend,
    maxMonthlySpendUsd: exact(capUsd),
    tier: tier?.tier ?? null,
    models,
    status,
    reasons,
  };
}

/** One incoming item's priced job, as read from the GenSpend node's output. */
export interface PricedJob {
  costUsd: Money;
  /** Runway model, for its daily generation limit. */
  model?: string;
  /** Generations the item stands for (GenSpend's `runs`, default 1). */
  runs: Money;
}

export interface AffordabilitySettings {
  /** USD to leave untouched on the account. */
  reserveUsd: Money;
}

/**
 * Check Affordability: items in order, each affordable when its cost fits in what is left of
 * the balance (minus the reserve) after the affordable items before it and, on Runway, its
 * generations fit in what is left of its model's daily limit. An item that does not fit is
 * skipped, so a cheaper one after it can still pass: the Affordable output is what can be
 * submitted now.
 */
export function affordability(
  provider: ProviderId,
  balance: Balance,
  jobs: ReadonlyArray<PricedJob | undefined>,
  settings: AffordabilitySettings,
  limits?: TierLimits,
): Array<IDataObject | undefined> {
  const usd = balanceUsd(provider, balance);
  let available = usd.minus(settings.reserveUsd);
  const left = new Map<string, Money | null>();
  return jobs.map((job) => {
    if (!job) return undefined;
    const base = { provider, balanceUsd: exact(usd), costUsd: exact(job.costUsd) };
    if (job.costUsd.greaterThan(available)) {
      const reserve = settings.reserveUsd.isZero() ? '' : `, keeping $${exact(settings.reserveUsd)}`;
      return {
        ...base,
        affordable: false,
        availableUsd: exact(atLeastZero(available)),
        reason: `costs $${exact(job.costUsd)}; $${exact(atLeastZero(available))} of the $${exact(usd)} balance is left to spend${reserve}`,
      };
    }
    if (limits && job.model !== undefined) {
      if (!left.has(job.model)) {
        const l = leftToday(limits, job.model);
        left.set(job.model, l === null ? null : money(l));
      }
      const generations = left.get(job.model);
      if (generations !== null && generations !== undefined && job.runs.greaterThan(generations)) {
        return {
          ...base,
          affordable: false,
          availableUsd: exact(available),
          dailyGenerationsLeft: generations.toNumber(),
          reason: `needs ${exact(job.runs)} ${job.model} generation(s); ${exact(generations)} left of the daily limit in the last 24 h`,
        };
      }
      if (generations) left.set(job.model, generations.minus(job.runs));
    }
    available = available.minus(job.costUsd);
    const after = left.get(job.model ?? '');
    return {
      ...base,
      affordable: true,
      availableUsd: exact(available),
      ...(after !== undefined && after !== null ? { dailyGenerationsLeft: after.toNumber() } : {}),
      reason: 'fits the balance' + (after !== undefined && after !== null ? ' and the daily generation limit' : ''),
    };
  });
}

/** What is left to spend is never shown below zero (a reserve above the balance). */
function atLeastZero(value: Money): Money {
  return value.isNegative() ? ZERO : value;
}
