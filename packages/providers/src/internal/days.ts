import type { BilledUnits, UsageDay, UsageWindow } from '../types.js';
import { Dec } from './money.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One usage amount on one day, before grouping: USD, or credits (Runway). */
export type UsageRow = { date: string; model?: string; units?: BilledUnits } & (
  { amountUsd: string; credits?: never } | { credits: string; amountUsd?: never }
);

/**
 * Group rows by day and model into `UsageDay`s, oldest first, each in the rows' money (USD, or
 * credits). Providers answer in different grains (per model per day, per endpoint per bucket);
 * this is the one place that sums them.
 * Two rows of gen4.5 on 2026-03-16 for "1.2" and "-0.2" -> { amountUsd: "1", byModel: { gen4.5: "1" } }.
 */
export function groupByDay(rows: readonly UsageRow[]): UsageDay[] {
  const days = new Map<string, { total: Dec; byModel: Map<string, Dec>; units: Map<string, UnitsSum> }>();
  const key = rows.some((r) => r.credits !== undefined) ? 'credits' : 'amountUsd';
  for (const row of rows) {
    let day = days.get(row.date);
    if (!day) days.set(row.date, (day = { total: new Dec(0), byModel: new Map(), units: new Map() }));
    const amount = (row.credits ?? row.amountUsd)!;
    day.total = day.total.plus(amount);
    if (row.model !== undefined) day.byModel.set(row.model, (day.byModel.get(row.model) ?? new Dec(0)).plus(amount));
    if (row.model !== undefined && row.units) addUnits(day.units, row.model, row.units);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, day]) => ({
      date,
      [key]: day.total.toFixed(),
      ...(day.byModel.size ? { byModel: Object.fromEntries([...day.byModel].map(([m, v]) => [m, v.toFixed()])) } : {}),
      ...(day.units.size ? { units: Object.fromEntries([...day.units].map(([m, u]) => [m, unitsOf(u)])) } : {}),
    }));
}

type UnitsSum = { quantity: Dec; unit: string | undefined | null; unitPrice: string | undefined | null };

/**
 * Quantities of one endpoint on one day add up; its unit and unit price stay only while every
 * line agrees (null marks a disagreement): 3 + 4 `image` at $0.025 -> 7 `image` at $0.025.
 */
function addUnits(units: Map<string, UnitsSum>, model: string, line: BilledUnits): void {
  const seen = units.get(model);
  if (!seen) {
    units.set(model, { quantity: new Dec(line.quantity), unit: line.unit, unitPrice: line.unitPrice });
    return;
  }
  seen.quantity = seen.quantity.plus(line.quantity);
  if (seen.unit !== line.unit) seen.unit = null;
  if (seen.unitPrice !== null && !samePrice(seen.unitPrice, line.unitPrice)) seen.unitPrice = null;
}

function samePrice(a: string | undefined, b: string | undefined): boolean {
  return a === undefined ? b === undefined : b !== undefined && new Dec(a).equals(b);
}

function unitsOf(u: UnitsSum): BilledUnits {
  return {
    ...(u.unit ? { unit: u.unit } : {}),
    quantity: u.quantity.toFixed(),
    ...(u.unitPrice ? { unitPrice: u.unitPrice } : {}),
  };
}

/** The calendar day a provider timestamp starts with: "2026-03-16T00:00:00-05:00" -> "2026-03-16". */
export function dayOf(timestamp: string): string | undefined {
  const day = timestamp.slice(0, 10);
  return isIsoDay(day) ? day : undefined;
}

export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

// one home for calendar arithmetic: the core's
export { addDays } from '@genspend/core';

/** Validate a window before any request is sent, naming the option at fault. */
export function checkWindow(window: UsageWindow): UsageWindow {
  for (const key of ['startDate', 'beforeDate'] as const) {
    const value: unknown = window?.[key];
    if (typeof value !== 'string' || !isIsoDay(value)) {
      throw new TypeError(`Expected \`${key}\` to be a UTC date as YYYY-MM-DD, got ${JSON.stringify(value)}.`);
    }
  }
  if (window.beforeDate <= window.startDate) {
    throw new RangeError(
      `Expected \`beforeDate\` (${window.beforeDate}) to be after \`startDate\` (${window.startDate}): the window is end-exclusive.`,
    );
  }
  return window;
}
