import type { Catalog } from '../catalog/catalog.js';
import type { Estimate } from '../estimate/types.js';
import type { Period } from '../manifest/schema.js';
import { Decimal, money, sum } from '../money.js';
import { forecastBalance, type BalanceForecast, type Status, type Thresholds } from './balance.js';
import { inUsd, usageDaysInUsd, type ProviderMoney, type ProviderUsageDay } from './credits.js';
import { tierHeadroom, type TierHeadroom, type TierLimitsInput } from './tiers.js';

/** What a provider's API said about one account (the providers package reads it; all money as decimal strings). */
export interface AccountFigures {
  provider: string;
  balance: ProviderMoney & {
    spendLimitPerHourUsd?: string;
    currentSpendPerHourUsd?: string;
  };
  /** Observed net USD per day; absent when the usage history could not be read (or is in credits). */
  burnPerDayUsd?: string;
  /** Runway: observed net credits per day, valued like the balance at the catalog's credit value. */
  burnPerDayCredits?: string;
  usageError?: string;
  /** The usage history the burn was averaged over: its days, in the provider's money. */
  usage?: { readonly days: readonly ProviderUsageDay[] };
  /** Runway's live usage tier. */
  limits?: TierLimitsInput;
}

/** One provider's line of a balance check: the forecast, or why the account could not be read. */
export interface AccountReport {
  provider: string;
  /** Absent when the account could not be read (then `error` says why). */
  figures?: AccountFigures;
  forecast?: BalanceForecast;
  tier?: TierHeadroom;
  /** What the manifests plan to spend with this provider per period. */
  plannedUsd?: Decimal;
  /** Net USD spent per day, the days the usage history has (days without usage are absent). */
  usageUsd?: { date: string; amountUsd: Decimal }[];
  error?: { kind: string; message: string };
}

export type CheckStatus = Status | 'error';

/** An account the providers package could not read, and why. */
export interface AccountFailure {
  provider: string;
  error: { kind: string; message: string };
}

/**
 * Forecasts one account: days left at the observed burn and (with an estimate) at the planned
 * spend, Runway tier headroom for the plan, and the status from the thresholds. A plan that does
 * not fit the tier makes an otherwise ok account low, and so does a usage history that could not
 * be read: without it nobody knows how fast the balance goes, and "ok" would be a guess. An
 * unreadable account stays an error.
 */
export function assessAccount(
  figures: AccountFigures | AccountFailure,
  options: { catalog: Catalog; thresholds: Thresholds; estimate?: Estimate },
): AccountReport {
  if ('error' in figures) return { provider: figures.provider, error: figures.error };
  const { catalog, thresholds, estimate } = options;
  const provider = figures.provider;
  const balanceUsd = balanceInUsd(catalog, provider, figures.balance);
  const burnPerDayUsd = burnInUsd(catalog, figures);
  const planned = estimate ? plannedFor(provider, estimate) : undefined;
  let forecast = forecastBalance(
    {
      provider,
      balanceUsd,
      ...(burnPerDayUsd !== undefined ? { burnPerDayUsd } : {}),
      ...(planned !== undefined ? { plannedPerPeriodUsd: planned } : {}),
      period: estimate?.period ?? 'month',
    },
    thresholds,
  );
  if (burnPerDayUsd === undefined) {
    if (forecast.status === 'ok') forecast = { ...forecast, status: 'low' };
    forecast.reasons.push(`usage history could not be read: ${figures.usageError ?? 'no usage figures were given'}`);
  }
  const report: AccountReport = {
    provider,
    figures,
    ...(planned !== undefined ? { plannedUsd: planned } : {}),
    ...(figures.usage
      ? { usageUsd: usageDaysInUsd(catalog, provider, figures.usage.days).map((d) => ({ date: d.date, amountUsd: money(d.amountUsd) })) }
      : {}),
  };
  if (figures.limits && estimate) {
    const tier = tierHeadroom(
      estimate.manifests.flatMap((m) => m.workloads),
      figures.limits,
      estimate.period,
      catalog,
      figures.balance.credits !== undefined ? money(figures.balance.credits) : undefined,
    );
    if (tier.problems.length && forecast.status === 'ok') forecast = { ...forecast, status: 'low' };
    forecast.reasons.push(...tier.problems, ...tier.notes);
    report.tier = tier;
  }
  return { ...report, forecast };
}

/**
 * A balance in USD: Runway's credits at the catalog's dated credit value (credit value is data
 * with its own source and date, like every price), the others as the provider reports USD.
 */
export function balanceInUsd(catalog: Catalog, provider: string, balance: ProviderMoney): Decimal {
  return inUsd(catalog, provider, balance.credits !== undefined ? { credits: balance.credits } : { amountUsd: balance.amountUsd! });
}

/** The observed burn in USD, converted like the balance, so days left never mixes two credit values. */
function burnInUsd(catalog: Catalog, figures: AccountFigures): Decimal | undefined {
  if (figures.burnPerDayCredits !== undefined) return inUsd(catalog, figures.provider, { credits: figures.burnPerDayCredits });
  return figures.burnPerDayUsd === undefined ? undefined : money(figures.burnPerDayUsd);
}

function plannedFor(provider: string, estimate: Estimate): Decimal {
  return sum(
    estimate.manifests
      .flatMap((m) => m.workloads)
      .filter((w) => w.provider.toLowerCase() === provider && w.cost !== null)
      .map((w) => w.cost!),
  );
}

/** The check's status: any unreadable account makes it an error, never a silent "ok"; else the worst. */
export function overallStatus(reports: readonly AccountReport[]): CheckStatus {
  if (reports.some((r) => r.error || !r.forecast)) return 'error';
  if (reports.some((r) => r.forecast!.status === 'critical')) return 'critical';
  if (reports.some((r) => r.forecast!.status === 'low')) return 'low';
  return 'ok';
}

/**
 * The fewest days any account lasts, at the faster of its observed and planned burn, to one
 * decimal rounded down (never overstate the time left); null when no account is spending.
 */
export function fewestDaysLeft(reports: readonly AccountReport[]): Decimal | null {
  const days = reports.flatMap((r) => [r.forecast?.daysLeft ?? null, r.forecast?.plannedDaysLeft ?? null]).filter((d) => d !== null);
  return days.length ? Decimal.min(...days) : null;
}

/** Days shown to one decimal, rounded down: never overstate the time left. */
export const shownDays = (d: Decimal | null | undefined): string | null => (d == null ? null : d.toFixed(1, Decimal.ROUND_DOWN));

/** The period the check's planned spend is per (the manifests'; a month without them). */
export const checkPeriod = (estimate: Estimate | undefined): Period => estimate?.period ?? 'month';
