import type { Period } from '../manifest/schema.js';
import { PERIOD_HOURS } from '../estimate/usage.js';
import { Decimal, formatUsd, money } from '../money.js';
import { addDays } from '../days.js';

export type Status = 'ok' | 'low' | 'critical';

/** When a balance counts as low or critical. Days are at the faster of observed and planned burn. */
export interface Thresholds {
  lowDays: Decimal;
  criticalDays: Decimal;
  /** Optional floors in USD, for accounts with no steady burn. */
  lowBalanceUsd?: Decimal;
  criticalBalanceUsd?: Decimal;
}

/** 14 days' warning, 3 days' alarm: the "credits run out in 3 days" alert. */
export const DEFAULT_THRESHOLDS: Thresholds = { lowDays: money(14), criticalDays: money(3) };

export interface BalanceInput {
  provider: string;
  balanceUsd: Decimal;
  /** Observed average USD per day (from usage history); undefined when unknown. */
  burnPerDayUsd?: Decimal;
  /** What the manifests plan to spend with this provider per period; undefined without manifests. */
  plannedPerPeriodUsd?: Decimal;
  period: Period;
}

export interface BalanceForecast {
  provider: string;
  balanceUsd: Decimal;
  burnPerDayUsd: Decimal | null;
  /** Days the balance lasts at the observed burn; null when nothing is being spent. */
  daysLeft: Decimal | null;
  plannedPerDayUsd: Decimal | null;
  /** Days the balance lasts at the planned spend. */
  plannedDaysLeft: Decimal | null;
  /** The planned period's spend minus the balance, when the balance does not cover it. */
  shortfallUsd: Decimal | null;
  status: Status;
  /** Why the status is what it is, in words. */
  reasons: string[];
}

const daysIn = (period: Period) => money(PERIOD_HOURS[period]).dividedBy(24);

/**
 * The day a balance runs out, `days` whole days after `asOf` (rounded down, as days left are
 * shown): 4.2 days left on 2026-11-21 -> 2026-11-25. Null when nothing is being spent, or
 * when it lasts more than 100 years (no calendar day worth naming, and past what a Date holds).
 */
export function runsOutOn(asOf: string, days: Decimal | null): string | null {
  if (days === null || days.greaterThan(RUNS_OUT_HORIZON_DAYS)) return null;
  return addDays(asOf, days.floor().toNumber());
}

const RUNS_OUT_HORIZON_DAYS = 36_525;

/** balance / per-day spend: $435.85 at $31.13 a day -> 14.0 days. Null when spend is zero or less. */
export function daysOfBalance(balanceUsd: Decimal, perDayUsd: Decimal | null): Decimal | null {
  if (perDayUsd === null || perDayUsd.lessThanOrEqualTo(0)) return null;
  return Decimal.max(balanceUsd, 0).dividedBy(perDayUsd);
}

/**
 * How long a balance lasts, at the rate the account is spending and at the rate the manifests
 * plan, and a status from the thresholds (the worse of the two rates decides). A balance at or
 * below zero is critical whatever the rates say.
 */
export function forecastBalance(input: BalanceInput, thresholds: Thresholds = DEFAULT_THRESHOLDS): BalanceForecast {
  const burn = input.burnPerDayUsd ?? null;
  const plannedPerDay = input.plannedPerPeriodUsd === undefined ? null : input.plannedPerPeriodUsd.dividedBy(daysIn(input.period));
  const daysLeft = daysOfBalance(input.balanceUsd, burn);
  const plannedDaysLeft = daysOfBalance(input.balanceUsd, plannedPerDay);
  const shortfall =
    input.plannedPerPeriodUsd !== undefined && input.plannedPerPeriodUsd.greaterThan(input.balanceUsd)
      ? input.plannedPerPeriodUsd.minus(input.balanceUsd)
      : null;

  const reasons: string[] = [];
  let status: Status = 'ok';
  const raise = (to: Status, why: string) => {
    reasons.push(why);
    if (to === 'critical' || (to === 'low' && status === 'ok')) status = to;
  };
  if (input.balanceUsd.lessThanOrEqualTo(0)) raise('critical', `balance is ${formatUsd(input.balanceUsd)}`);
  for (const [days, what] of [
    [daysLeft, 'at the observed burn'],
    [plannedDaysLeft, 'at the planned spend'],
  ] as const) {
    if (days === null || input.balanceUsd.lessThanOrEqualTo(0)) continue;
    const shown = days.toFixed(1, Decimal.ROUND_DOWN);
    if (days.lessThan(thresholds.criticalDays))
      raise('critical', `${shown} days left ${what} (critical under ${thresholds.criticalDays.toFixed()})`);
    else if (days.lessThan(thresholds.lowDays)) raise('low', `${shown} days left ${what} (low under ${thresholds.lowDays.toFixed()})`);
  }
  if (thresholds.criticalBalanceUsd && input.balanceUsd.lessThan(thresholds.criticalBalanceUsd) && input.balanceUsd.greaterThan(0)) {
    raise('critical', `balance ${formatUsd(input.balanceUsd)} is under ${formatUsd(thresholds.criticalBalanceUsd)}`);
  } else if (thresholds.lowBalanceUsd && input.balanceUsd.lessThan(thresholds.lowBalanceUsd) && input.balanceUsd.greaterThan(0)) {
    raise('low', `balance ${formatUsd(input.balanceUsd)} is under ${formatUsd(thresholds.lowBalanceUsd)}`);
  }
  if (shortfall) reasons.push(`the planned ${input.period} needs ${formatUsd(shortfall)} more than the balance`);

  return {
    provider: input.provider,
    balanceUsd: input.balanceUsd,
    burnPerDayUsd: burn,
    daysLeft,
    plannedPerDayUsd: plannedPerDay,
    plannedDaysLeft,
    shortfallUsd: shortfall,
    status,
    reasons,
  };
}
