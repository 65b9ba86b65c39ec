import type { Decimal } from '../money.js';
import type { Period } from '../manifest/fields.js';

/**
 * One amount a provider billed: one model (Runway model, fal endpoint, Runware model, Runpod
 * endpoint) on one UTC day, in the provider's money. Amounts are decimal strings as the provider
 * sent them; negative after refunds.
 */
export interface BilledRow {
  provider: string;
  /** Absent when the provider's answer did not split that day by model. */
  model?: string;
  /** UTC calendar day, YYYY-MM-DD. */
  date: string;
  amountUsd?: string;
  /** Runway: credits, valued at the catalog's credit value. */
  credits?: string;
  /** fal: what the endpoint billed in its own unit. */
  units?: { unit?: string; quantity: string; unitPrice?: string };
}

/** What the providers billed over the window: `providers` are the ones read (workloads of others are not judged). */
export interface Billed {
  providers: readonly string[];
  rows: readonly BilledRow[];
}

/** UTC calendar days, end exclusive, as the usage was read. */
export interface ReconcileWindow {
  startDate: string;
  beforeDate: string;
}

export interface WorkloadRef {
  file: string;
  name: string;
  line?: number;
}

/** fal: the billed unit price against the one the plan was priced at. */
export interface UnitPriceCheck {
  /** The unit as fal billed it ("image", "video_second"); absent when its lines disagreed. */
  billedUnit?: string;
  /** The unit the plan's rate counts. */
  plannedUnit: string;
  /** false when fal billed another unit than the plan counts: the prices are shown, not judged. */
  comparable: boolean;
  billed: Decimal;
  planned: Decimal;
  /** Percent, billed against planned: +20 when $0.03 was billed for a $0.025 rate. */
  variancePercent: Decimal;
}

/** fal: units billed against units planned for the window. */
export interface QuantityCheck {
  billed: Decimal;
  /** Prorated to the window; null when the plan's main charges count different units. */
  planned: Decimal | null;
  /** billed / planned; null when nothing was planned. */
  ratio: Decimal | null;
}

export type LineVerdict = 'pass' | 'fail' | 'unpriced' | 'unmatched';

/**
 * Planned against billed for the workloads that share one billed model: one workload usually;
 * several when a manifest runs the same model twice (the bill cannot tell them apart).
 */
export interface ReconcileLine {
  provider: string;
  /** The catalog's id for the model (Runpod: the endpoint id). */
  model: string;
  /** The ids the provider billed it under, when they differ from `model` (an alias, a rename). */
  billedAs: string[];
  workloads: WorkloadRef[];
  /** USD planned for the window: the period's cost prorated; null when a workload is unpriced. */
  plannedUsd: Decimal | null;
  billedUsd: Decimal;
  /** Runway: the same in credits. */
  plannedCredits?: Decimal | null;
  billedCredits?: Decimal;
  /** billed minus planned. */
  differenceUsd: Decimal | null;
  /** billed / planned; null when nothing was planned or the plan is unpriced. */
  ratio: Decimal | null;
  /** Percent, billed against planned. */
  variancePercent: Decimal | null;
  unitPrice?: UnitPriceCheck;
  quantity?: QuantityCheck;
  /** The percent this line may be off by. */
  maxVariance: Decimal;
  verdict: LineVerdict;
  /** Why it failed, or why it could not be judged. */
  reasons: string[];
}

/** Billed spend on a model no manifest declares. */
export interface UnplannedLine {
  provider: string;
  /** null when the provider did not split the spend by model. */
  model: string | null;
  billedUsd: Decimal;
  billedCredits?: Decimal;
  quantity?: { unit?: string; billed: Decimal };
}

/** One day of the window: the plan spread evenly over its days, and what was billed that day. */
export interface ReconcileDay {
  /** UTC, YYYY-MM-DD. */
  date: string;
  /** The window's planned spend over its days (priced workloads of the providers read). */
  plannedUsd: Decimal;
  /** Everything billed that day by the providers read, unplanned spend included; net of refunds. */
  billedUsd: Decimal;
  /** The part of `billedUsd` on models no manifest declares. */
  unplannedUsd: Decimal;
}

export interface Reconciliation {
  window: ReconcileWindow & { days: number };
  period: Period;
  /** The share of a period the window is, as a fraction: "720/730" for 30 days of a month. */
  prorate: { hours: number; periodHours: number };
  lines: ReconcileLine[];
  /** Largest first. */
  unplanned: UnplannedLine[];
  plannedUsd: Decimal;
  billedUsd: Decimal;
  unplannedUsd: Decimal;
  /** Every day of the window, oldest first: the sums of `billedUsd` and `unplannedUsd`, and about `plannedUsd`. */
  daily: ReconcileDay[];
  /** fail when any line is off by more than its maxVariance. */
  verdict: 'pass' | 'fail';
}
