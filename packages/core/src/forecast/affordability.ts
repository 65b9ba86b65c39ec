import { type Decimal, exact, money, ZERO } from '../money.js';
import { leftToday } from './limits.js';
import type { TierLimitsInput } from './tiers.js';

/** One job about to be submitted, already priced. */
export interface PricedJob {
  costUsd: Decimal;
  /** Runway model, for its daily generation limit. */
  model?: string;
  /** Generations the job stands for (default 1). */
  runs: Decimal;
}

export interface Affordability {
  affordable: boolean;
  /** What is left to spend after this job (when affordable) or before it (when not), never below zero when short. */
  availableUsd: Decimal;
  /** Generations of the job's model left in the daily limit, when it has one. */
  dailyGenerationsLeft?: Decimal;
  reason: string;
}

/**
 * Jobs in order, each affordable when its cost fits in what is left of the balance (minus the
 * reserve) after the affordable jobs before it and, on Runway, its generations fit in what is
 * left of its model's daily limit. A job that does not fit is skipped, so a cheaper one after it
 * can still pass. $10 balance, $2 reserve, jobs of $5, $5, $3 -> yes ($3 left), no, yes ($0 left).
 */
export function affordability(
  balanceUsd: Decimal,
  jobs: ReadonlyArray<PricedJob | undefined>,
  reserveUsd: Decimal,
  limits?: TierLimitsInput,
): Array<Affordability | undefined> {
  let available = balanceUsd.minus(reserveUsd);
  const left = new Map<string, Decimal | null>();
  return jobs.map((job) => {
    if (!job) return undefined;
    if (job.costUsd.greaterThan(available)) {
      const reserve = reserveUsd.isZero() ? '' : `, keeping $${exact(reserveUsd)}`;
      const shown = atLeastZero(available);
      return {
        affordable: false,
        availableUsd: shown,
        reason: `costs $${exact(job.costUsd)}; $${exact(shown)} of the $${exact(balanceUsd)} balance is left to spend${reserve}`,
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
          affordable: false,
          availableUsd: available,
          dailyGenerationsLeft: generations,
          reason: `needs ${exact(job.runs)} ${job.model} generation(s); ${exact(generations)} left of the daily limit in the last 24 h`,
        };
      }
      if (generations) left.set(job.model, generations.minus(job.runs));
    }
    available = available.minus(job.costUsd);
    const after = left.get(job.model ?? '');
    const limited = after !== undefined && after !== null;
    return {
      affordable: true,
      availableUsd: available,
      ...(limited ? { dailyGenerationsLeft: after } : {}),
      reason: 'fits the balance' + (limited ? ' and the daily generation limit' : ''),
    };
  });
}

/** What is left to spend is never shown below zero (a reserve above the balance). */
function atLeastZero(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value;
}
