import { addDays, checkWindow, isIsoDay } from './internal/days.js';
import { Dec } from './internal/money.js';
import type { Balance, UsageHistory, UsageWindow } from './types.js';

/**
 * Average spent per day over a usage history, as a decimal string in the history's money (USD;
 * credits for Runway). `days` is the length of the window the history was requested for, not
 * the number of rows: providers leave out days without usage, and those days count as zero.
 * Refunds (negative days) count net. $12 + $3 over a 30-day window -> "0.5".
 */
export function burnRate(history: UsageHistory, options: { days: number }): string {
  const { days } = options;
  if (!Number.isInteger(days) || days <= 0) throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(days)}.`);
  const total = history.days.reduce((sum, day) => sum.plus((day.credits ?? day.amountUsd)!), new Dec(0));
  return total.dividedBy(days).toFixed();
}

/**
 * An account's burn per day labelled with its money, the way `readAccount` reports it: USD, or
 * credits when the balance is in credits (Runway). The core values both.
 */
export function burnPerDay(balance: Balance, usage: UsageHistory, days: number): { burnPerDayUsd: string } | { burnPerDayCredits: string } {
  const perDay = burnRate(usage, { days });
  return balance.currency === 'credits' ? { burnPerDayCredits: perDay } : { burnPerDayUsd: perDay };
}

/**
 * The `days` full UTC days before `today` (exclusive), the window to pair with `burnRate`:
 * ("2026-03-31", 30) -> { startDate: "2026-03-01", beforeDate: "2026-03-31" }. The caller
 * passes today, so no clock is read here.
 */
export function lastDays(today: string, days: number): UsageWindow {
  if (!Number.isInteger(days) || days <= 0) throw new TypeError(`Expected \`days\` to be a positive integer, got ${String(days)}.`);
  if (typeof today !== 'string' || !isIsoDay(today))
    throw new TypeError(`Expected \`today\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(today)}.`);
  return checkWindow({ startDate: addDays(today, -days), beforeDate: today });
}
