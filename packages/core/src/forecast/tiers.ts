import type { WorkloadEstimate } from '../estimate/types.js';
import { PERIOD_HOURS } from '../estimate/usage.js';
import type { Period } from '../manifest/schema.js';
import { Decimal, money, sum, ZERO } from '../money.js';
import type { UsageTier } from '../catalog/schema.js';
import type { Catalog } from '../catalog/catalog.js';
import { creditValue } from './credits.js';
import { leftToday } from './limits.js';

/** Runway's live tier limits for one model (from GET /v1/organization). */
export interface ModelLimits {
  maxConcurrentGenerations: number | null;
  maxDailyGenerations: number | null;
  dailyGenerationsUsed: number;
}

export interface TierLimitsInput {
  /** Credits purchasable per 30 days. */
  maxMonthlyCreditSpend: number;
  models: Readonly<Record<string, ModelLimits>>;
}

export interface ModelHeadroom {
  model: string;
  /** Generations the plan needs per day (runs x results spread evenly over the period). */
  plannedPerDay: Decimal;
  maxDailyGenerations: number | null;
  usedLast24h: number;
  /** Generations left in the rolling 24 hours; null = no limit. */
  leftToday: number | null;
  maxConcurrentGenerations: number | null;
  /** false when the plan's daily generations exceed the model's daily limit. */
  fits: boolean;
  /** false when the model is missing from the tier's live limits: its limit is unknown, not absent. */
  limitKnown: boolean;
}

export interface TierHeadroom {
  models: ModelHeadroom[];
  /** Credits the plan needs per 30 days (Runway's purchase window). */
  plannedCreditsPer30Days: Decimal;
  maxMonthlyCreditSpend: number;
  fitsMonthlyCap: boolean;
  /** The lowest published tier whose monthly cap covers the plan, when the current one does not. */
  tierNeeded: UsageTier | null;
  /** Plain sentences: what does not fit and what to do. */
  problems: string[];
  /**
   * Days until the monthly purchase cap starts to bind: the held credits run out at the planned
   * rate, and purchases at the cap then fall short of it. null when the cap never binds.
   */
  capBindsInDays: Decimal | null;
  /** Plain sentences that inform without failing: unknown limits, when the cap will bind. */
  notes: string[];
}

/**
 * Runway usage-tier headroom for a plan: per model, the daily generations the manifests need
 * against the tier's daily limit (and what is left of the rolling 24 hours now), and the credits
 * needed per 30 days against the monthly spend cap, with the tier that would cover it (the
 * catalog's published tiers, valued at its credit value).
 * 1,500 runs a month of gen4.5 = 1,500 x 24/730 = 49.3 a day: fits a 50-a-day limit.
 */
export function tierHeadroom(
  plan: readonly WorkloadEstimate[],
  limits: TierLimitsInput,
  period: Period,
  catalog: Catalog,
  /** Credits the account holds now: the cap limits purchases, not spending of these. */
  heldCredits?: Decimal,
): TierHeadroom {
  const runway = plan.filter((w) => w.provider.toLowerCase() === 'runway' && w.cost !== null);
  const perDay = money(24).dividedBy(PERIOD_HOURS[period]);
  const generations = new Map<string, Decimal>();
  for (const w of runway) {
    // Runway counts tasks: one run is one generation, whatever it outputs
    generations.set(w.model!, (generations.get(w.model!) ?? ZERO).plus(w.runs ?? ZERO));
  }
  const problems: string[] = [];
  const notes: string[] = [];
  const models: ModelHeadroom[] = [...generations.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([model, perPeriod]) => {
      const live = limits.models[model];
      const plannedPerDay = perPeriod.times(perDay);
      const max = live?.maxDailyGenerations ?? null;
      const used = live?.dailyGenerationsUsed ?? 0;
      const fits = max === null || plannedPerDay.lessThanOrEqualTo(max);
      if (!live) notes.push(`${model}: not in the tier's live limits; its daily limit is unknown`);
      if (!fits) problems.push(`${model}: the plan needs ${plannedPerDay.toFixed(1)} generations a day; the tier allows ${max}`);
      return {
        model,
        plannedPerDay,
        maxDailyGenerations: max,
        usedLast24h: used,
        leftToday: leftToday(limits, model),
        maxConcurrentGenerations: live?.maxConcurrentGenerations ?? null,
        fits,
        limitKnown: live !== undefined,
      };
    });
  // Runway caps credit purchases per 30 days (720 h); the plan is per period
  const credits = sum(runway.map((w) => w.credits ?? ZERO));
  const plannedCreditsPer30Days = credits.times(720).dividedBy(PERIOD_HOURS[period]);
  const fitsMonthlyCap = plannedCreditsPer30Days.lessThanOrEqualTo(limits.maxMonthlyCreditSpend);
  let tierNeeded: UsageTier | null = null;
  const capBindsInDays = fitsMonthlyCap ? null : daysUntilCapBinds(plannedCreditsPer30Days, heldCredits);
  // the held credits last the whole period: the cap does not limit this plan yet, it only will
  const coveredByBalance = capBindsInDays !== null && capBindsInDays.greaterThanOrEqualTo(PERIOD_HOURS[period] / 24);
  if (capBindsInDays !== null) {
    notes.push(
      `the held credits cover the plan for ${capBindsInDays.toDecimalPlaces(1, Decimal.ROUND_DOWN).toFixed()} days; ` +
        `after that the monthly purchase cap of ${limits.maxMonthlyCreditSpend} credits falls short of the plan`,
    );
  }
  if (!fitsMonthlyCap && !coveredByBalance) {
    const tiers = catalog.provider('runway')?.usageTiers?.tiers ?? [];
    const value = creditValue(catalog, 'runway');
    if (value) {
      const usd = plannedCreditsPer30Days.times(value);
      tierNeeded = tiers.find((t) => money(t.maxMonthlySpendUsd).greaterThanOrEqualTo(usd)) ?? null;
    }
    problems.push(
      `the plan needs ${plannedCreditsPer30Days.toDecimalPlaces(0, Decimal.ROUND_UP).toFixed()} credits per 30 days; the tier caps purchases at ${limits.maxMonthlyCreditSpend}` +
        (tierNeeded
          ? `: tier ${tierNeeded.tier} (unlocked at $${tierNeeded.purchasedUsd} purchased) allows $${tierNeeded.maxMonthlySpendUsd}`
          : ': no published tier covers it; ask Runway'),
    );
  }
  return {
    models,
    plannedCreditsPer30Days,
    maxMonthlyCreditSpend: limits.maxMonthlyCreditSpend,
    fitsMonthlyCap,
    tierNeeded,
    problems,
    capBindsInDays,
    notes,
  };
}

/** 3,000 credits held, a plan of 6,000 per 30 days: 3,000 / 200 a day = 15 days. */
function daysUntilCapBinds(plannedPer30Days: Decimal, heldCredits: Decimal | undefined): Decimal | null {
  if (heldCredits === undefined || plannedPer30Days.isZero()) return null;
  return Decimal.max(heldCredits, ZERO).dividedBy(plannedPer30Days.dividedBy(30));
}
