/** UTC calendar days as YYYY-MM-DD text. */

const DAY_MS = 86_400_000;

/** "2026-03-01" + -1 -> "2026-02-28". */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `startDate` up to `beforeDate` (exclusive): ("2026-11-29", "2026-12-02") -> 29, 30, 1. */
export function calendarDays(startDate: string, beforeDate: string): string[] {
  const days: string[] = [];
  for (let d = startDate; d < beforeDate; d = addDays(d, 1)) days.push(d);
  return days;
}
