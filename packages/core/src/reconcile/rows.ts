import { difference, money as decimal, sum } from '../money.js';
import type { BilledRow } from './types.js';

/** A usage history as the providers package reads it: days, split per model where the API does. */
export interface UsageInput {
  provider: string;
  days: readonly {
    date: string;
    amountUsd?: string;
    credits?: string;
    byModel?: Readonly<Record<string, string>>;
    units?: Readonly<Record<string, { unit?: string; quantity: string; unitPrice?: string }>>;
  }[];
}

/**
 * A usage history as billed rows: one per day and model, in the day's money; a day the API did
 * not split by model stays one row without a model, so its spend is shown, never dropped.
 */
export function billedRows(history: UsageInput): BilledRow[] {
  const money = (amount: string) => (history.days.some((d) => d.credits !== undefined) ? { credits: amount } : { amountUsd: amount });
  return history.days.flatMap((day) => {
    const byModel = Object.entries(day.byModel ?? {});
    const rows: BilledRow[] = byModel.map(([model, amount]) => {
      const units = day.units?.[model];
      return { provider: history.provider, model, date: day.date, ...money(amount), ...(units ? { units } : {}) };
    });
    // spend of the day that no model accounts for (all of it, when the day is not split)
    const rest = difference(decimal((day.credits ?? day.amountUsd)!), sum(byModel.map(([, amount]) => decimal(amount))));
    if (!rest.isZero() || !byModel.length) rows.push({ provider: history.provider, date: day.date, ...money(rest.toFixed()) });
    return rows;
  });
}
