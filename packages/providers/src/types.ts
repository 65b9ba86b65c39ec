/** The providers genspend reads balances, usage and live prices from. */
export type ProviderId = 'runway' | 'runware' | 'fal' | 'runpod';

/**
 * What every request builder needs. `baseUrl` replaces the provider's API host (a proxy, or a
 * local stand-in in tests); providers with more than one host take one more override each.
 */
export interface Credentials {
  apiKey: string;
  baseUrl?: string;
}

/**
 * A usage window in UTC calendar days, end exclusive (`beforeDate`), the same for every
 * provider: each builder converts it to what its API wants (Runware's inclusive `endDate`,
 * fal's and Runpod's timestamps), so `beforeDate - startDate` is the divisor for `burnRate`.
 */
export interface UsageWindow {
  startDate: string;
  beforeDate: string;
}

interface BalanceCommon {
  readonly provider: ProviderId;
  /** Runpod only: the account's spend cap per hour. */
  readonly spendLimitPerHourUsd?: string;
  /** Runpod only: what running workers cost right now, per hour. */
  readonly currentSpendPerHourUsd?: string;
  readonly asOf?: string;
}

/** A balance as the provider reports it, as exact decimal strings: USD, or (Runway) credits. */
export type Balance = UsdBalance | CreditBalance;

export interface UsdBalance extends BalanceCommon {
  readonly currency: 'USD';
  readonly amountUsd: string;
  readonly credits?: undefined;
}

/**
 * Runway's balance in its own currency. This package never converts credits: the core values
 * them at the catalog's dated credit value, the balance and the burn alike.
 */
export interface CreditBalance extends BalanceCommon {
  readonly currency: 'credits';
  readonly credits: string;
  readonly amountUsd?: undefined;
}

/** One day of usage, in the provider's money: `amountUsd`, or `credits` for Runway (never both). */
export interface UsageDay {
  /** UTC calendar day, YYYY-MM-DD. */
  readonly date: string;
  /** Net USD spend that day. */
  readonly amountUsd?: string;
  /** Runway only: net credits spent that day; negative after refunds. */
  readonly credits?: string;
  /** Spend per model id (Runway model, fal endpoint id, Runpod endpoint id) in the day's money, when the API splits it. */
  readonly byModel?: Readonly<Record<string, string>>;
  /** fal only: what each endpoint billed that day, in its own unit, keyed like `byModel`. */
  readonly units?: Readonly<Record<string, BilledUnits>>;
}

/**
 * Units one endpoint billed on one day as fal reports them: 7 `video_second` at $0.4. `unit` and
 * `unitPrice` are absent when the API left them out or the day's lines disagreed on them.
 */
export interface BilledUnits {
  readonly unit?: string;
  readonly quantity: string;
  readonly unitPrice?: string;
}

/** Rolling or period totals some APIs report beside the day series, all in USD. */
export interface UsageTotals {
  readonly todayUsd?: string;
  readonly last7DaysUsd?: string;
  readonly last30DaysUsd?: string;
  readonly allTimeUsd?: string;
  /** Total over the requested window as the provider computed it. */
  readonly periodUsd?: string;
  /** The provider's own projection for the period (Runware `projectedSpend`). */
  readonly projectedUsd?: string;
}

export interface UsageHistory {
  readonly provider: ProviderId;
  /** Days with usage, oldest first. Days without usage are absent, not zero rows. */
  readonly days: readonly UsageDay[];
  /** Which API answered, e.g. `runway POST /v1/organization/usage`. */
  readonly source: string;
  readonly totals?: UsageTotals;
}

export interface ModelTierLimits {
  /** null = no limit (Runway's own convention). */
  readonly maxConcurrentGenerations: number | null;
  readonly maxDailyGenerations: number | null;
  /** Generations in the rolling last 24 hours. */
  readonly dailyGenerationsUsed: number;
}

/** Runway usage tier, read live: the tier table changes and limits apply per model. */
export interface TierLimits {
  /** Credits purchasable per 30 days. */
  readonly maxMonthlyCreditSpend: number;
  readonly models: Readonly<Record<string, ModelTierLimits>>;
}

/** One price as a provider publishes it right now. */
export interface LivePrice {
  readonly provider: ProviderId;
  readonly model: string;
  /** The provider's own unit word ("image", "video_second", "gpu-hour", "request"...). */
  readonly unit: string;
  readonly amountUsd: string;
  /** The provider's display name when it differs from the id (Runpod GPU names). */
  readonly name?: string;
  /** The provider's text the amount was read from, when it was free text. */
  readonly raw?: string;
  /** Runware pricing examples: the configuration this price is for ("1024x1024, 30 steps"). */
  readonly configuration?: string;
}

/** Live prices for the ids asked for; `missing` lists ids with no published price. */
export interface LivePrices {
  readonly prices: readonly LivePrice[];
  readonly missing: readonly string[];
}

/**
 * What a provider billed for one finished job, in its own money and terms, as exact decimal
 * strings. `pending` is a job that has not finished: its bill is not final, so it carries none.
 */
export interface JobCost {
  readonly provider: ProviderId;
  /** The provider's id for the job: Runway task id, fal request id, Runware taskUUID, Runpod job id. */
  readonly id: string;
  readonly state: 'finished' | 'pending';
  /** The provider's own status word (SUCCEEDED, COMPLETED...), when it reports one. */
  readonly status?: string;
  /** USD billed (fal, Runware). */
  readonly amountUsd?: string;
  /** Runway: credits billed (0 for a refunded task). */
  readonly credits?: string;
  /** Runway, while pending: the most credits the task may charge. */
  readonly estimatedCredits?: string;
  /** Runpod: milliseconds the worker ran the job, and the job's delay before it ran (queue and cold start). */
  readonly executionMs?: string;
  readonly delayMs?: string;
  /** fal: the endpoint and the units it billed. */
  readonly model?: string;
  readonly units?: BilledUnits;
  /** Which API answered, e.g. `runway GET /v1/tasks/{id}`. */
  readonly source: string;
}
