import {
  affordability as affordable,
  assessAccount,
  checkTierLimits,
  balanceInUsd,
  defaultCatalog,
  exact,
  forecastBalance,
  runsOutOn,
  usageDaysInUsd,
  shownDays,
  ZERO,
  type Money,
  type PricedJob,
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
    runsOutOn: runsOutOn(settings.today, forecast.daysLeft),
    status: forecast.status,
    reasons: forecast.reasons,
    days: usageDaysInUsd(catalog, provider, usage.days) as unknown as IDataObject[],
    ...(usage.totals ? { totals: usage.totals as IDataObject } : {}),
  };
}

/**
 * Get Tier Limits (Runway): per model the concurrency, the daily generations used and left,
 * and the monthly purchase cap with the published tier it matches. Critical when a model has
 * no generations left today, low when one has less than `lowPercentLeft` of its limit.
 */
export function tierReport(limits: TierLimits, lowPercentLeft: number): IDataObject {
  const check = checkTierLimits(limits, lowPercentLeft, defaultCatalog());
  return {
    provider: 'runway',
    maxMonthlyCreditSpend: limits.maxMonthlyCreditSpend,
    maxMonthlySpendUsd: exact(check.maxMonthlySpendUsd),
    tier: check.tier?.tier ?? null,
    models: check.models as unknown as IDataObject[],
    status: check.status,
    reasons: check.reasons,
  };
}

export type { PricedJob };

export interface AffordabilitySettings {
  /** USD to leave untouched on the account. */
  reserveUsd: Money;
}

/**
 * Check Affordability: the core's verdict per item (see `affordability` in the core), as items.
 * The Affordable output is what can be submitted now.
 */
export function affordability(
  provider: ProviderId,
  balance: Balance,
  jobs: ReadonlyArray<PricedJob | undefined>,
  settings: AffordabilitySettings,
  limits?: TierLimits,
): Array<IDataObject | undefined> {
  const usd = balanceUsd(provider, balance);
  return affordable(usd, jobs, settings.reserveUsd, limits).map((verdict, i) => {
    if (!verdict) return undefined;
    return {
      provider,
      balanceUsd: exact(usd),
      costUsd: exact(jobs[i]!.costUsd),
      affordable: verdict.affordable,
      availableUsd: exact(verdict.availableUsd),
      ...(verdict.dailyGenerationsLeft !== undefined ? { dailyGenerationsLeft: verdict.dailyGenerationsLeft.toNumber() } : {}),
      reason: verdict.reason,
    };
  });
}
