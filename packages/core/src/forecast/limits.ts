import type { Catalog } from '../catalog/catalog.js';
import type { UsageTier } from '../catalog/schema.js';
import { Decimal, money } from '../money.js';
import type { Status } from './balance.js';
import { inUsd } from './credits.js';
import type { TierLimitsInput } from './tiers.js';

/**
 * Generations left of a model's daily limit in the rolling 24 hours; null = no limit.
 * A limit of 50 with 12 used -> 38; with 60 used (a limit lowered mid-day) -> 0.
 */
export function leftToday(limits: TierLimitsInput, model: string): number | null {
  // the model can come from an item: `constructor` is a model Runway does not list, not Object.prototype's
  const m = Object.prototype.hasOwnProperty.call(limits.models, model) ? limits.models[model] : undefined;
  if (!m || m.maxDailyGenerations === null) return null;
  return Math.max(0, m.maxDailyGenerations - m.dailyGenerationsUsed);
}

export interface ModelUse {
  model: string;
  maxConcurrentGenerations: number | null;
  maxDailyGenerations: number | null;
  dailyGenerationsUsed: number;
  dailyGenerationsLeft: number | null;
}

export interface TierCheck {
  /** The monthly purchase cap in USD, at the catalog's credit value. */
  maxMonthlySpendUsd: Decimal;
  /** The published tier whose cap is this one, when one is. */
  tier: UsageTier | null;
  models: ModelUse[];
  status: Status;
  reasons: string[];
}

/**
 * Runway's live tier against its own limits, without a plan: per model the daily generations
 * used and left, critical when a model has none left today, low when one has less than
 * `lowPercentLeft` of its limit; and the published tier whose cap matches the monthly one.
 * 10,000 credits a month at $0.01 = $100: tier 1. 4 of 50 left at 10% -> low (4 x 100 < 10 x 50).
 */
export function checkTierLimits(limits: TierLimitsInput, lowPercentLeft: number, catalog: Catalog): TierCheck {
  const capUsd = inUsd(catalog, 'runway', { credits: String(limits.maxMonthlyCreditSpend) });
  const tier = catalog.provider('runway')?.usageTiers?.tiers.find((t) => money(t.maxMonthlySpendUsd).equals(capUsd)) ?? null;
  let status: Status = 'ok';
  const reasons: string[] = [];
  const models = Object.entries(limits.models).map(([model, m]): ModelUse => {
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
  return { maxMonthlySpendUsd: capUsd, tier, models, status, reasons };
}
