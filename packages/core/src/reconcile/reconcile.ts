import type { Catalog } from '../catalog/catalog.js';
import { calendarDays } from '../days.js';
import { GenspendError } from '../errors.js';
import type { Estimate, WorkloadEstimate } from '../estimate/types.js';
import { PERIOD_HOURS } from '../estimate/usage.js';
import { inUsd } from '../forecast/credits.js';
import { difference, formatPercent, formatUsd, money, quotient, sum, ZERO, type Decimal } from '../money.js';
import type {
  Billed,
  BilledRow,
  QuantityCheck,
  ReconcileLine,
  ReconcileWindow,
  Reconciliation,
  UnitPriceCheck,
  UnplannedLine,
} from './types.js';

/** Percent billed spend may stray from the plan when neither the command nor a manifest says. */
export const DEFAULT_MAX_VARIANCE = '25';

/** A variance as users write it: "25%" or "25" (percent, from 0 up) -> 25; anything else -> null. */
export function parseVariancePercent(value: string): Decimal | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  return m ? money(m[1]!) : null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export interface ReconcileOptions {
  catalog: Catalog;
  /** Percent; overrides every manifest's `reconcile.maxVariance`. */
  maxVariance?: Decimal;
}

type Group = {
  provider: string;
  model: string;
  workloads: { w: WorkloadEstimate; file: string; maxVariance: Decimal | undefined }[];
  rows: BilledRow[];
};

/**
 * Sets what the providers billed over `window` against what the manifests plan for it. A
 * manifest's period is prorated to the window by hours: 30 days of a 730-hour month plan
 * 720/730 of it ($500 a month -> $493.15 for the window). Billed rows map to workloads by
 * provider and model, catalog aliases counting as the model (Runpod: by the workload's
 * `endpointId`); workloads on one model are judged together, as the bill cannot split them.
 * Refunds (negative amounts) count net. Spend on models no workload declares is "unplanned",
 * largest first.
 */
export function reconcile(estimate: Estimate, billed: Billed, window: ReconcileWindow, options: ReconcileOptions): Reconciliation {
  const days = windowDays(window);
  const hours = days * 24;
  const periodHours = PERIOD_HOURS[estimate.period];
  const read = new Set(billed.providers.map((p) => p.toLowerCase()));
  const groups = new Map<string, Group>();
  const unmatched: ReconcileLine[] = [];
  for (const m of estimate.manifests) {
    const manifestVariance = m.reconcile?.maxVariance;
    for (const w of m.workloads) {
      const provider = w.provider.trim().toLowerCase();
      if (!read.has(provider)) continue;
      const model = plannedKey(options.catalog, provider, w);
      if (model === undefined) {
        unmatched.push(unmatchedLine(w, m.file, options.maxVariance ?? manifestVariance ?? money(DEFAULT_MAX_VARIANCE)));
        continue;
      }
      const key = `${provider}\u0000${model.toLowerCase()}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { provider, model, workloads: [], rows: [] }));
      group.workloads.push({ w, file: m.file, maxVariance: manifestVariance });
    }
  }
  const strays = new Map<string, BilledRow[]>();
  const byDay = new Map<string, { billed: Decimal[]; unplanned: Decimal[] }>();
  for (const row of billed.rows) {
    const provider = row.provider.toLowerCase();
    if (!read.has(provider) || row.date < window.startDate || row.date >= window.beforeDate) continue;
    const model = row.model === undefined ? undefined : billedKey(options.catalog, provider, row.model);
    const group = model === undefined ? undefined : groups.get(`${provider}\u0000${model.toLowerCase()}`);
    let day = byDay.get(row.date);
    if (!day) byDay.set(row.date, (day = { billed: [], unplanned: [] }));
    const usd = rowUsd(options.catalog, row);
    day.billed.push(usd);
    if (group) group.rows.push(row);
    else {
      day.unplanned.push(usd);
      const k = `${provider}\u0000${row.model ?? ''}`;
      strays.set(k, [...(strays.get(k) ?? []), row]);
    }
  }
  const lines = [...groups.values()].map((g) => judge(g, options, hours, periodHours));
  const unplanned = [...strays.values()].map((rows) => unplannedLine(options.catalog, rows)).sort(largestFirst);
  const all = [...lines, ...unmatched];
  const unplannedUsd = sum(unplanned.map((u) => u.billedUsd));
  const plannedUsd = sum(all.flatMap((l) => (l.plannedUsd ? [l.plannedUsd] : [])));
  // the plan has no days of its own: spread evenly, $413.28 over 30 days is $13.776 a day
  const plannedPerDay = quotient(plannedUsd, days);
  const daily = calendarDays(window.startDate, window.beforeDate).map((date) => ({
    date,
    plannedUsd: plannedPerDay,
    billedUsd: sum(byDay.get(date)?.billed ?? []),
    unplannedUsd: sum(byDay.get(date)?.unplanned ?? []),
  }));
  return {
    window: { startDate: window.startDate, beforeDate: window.beforeDate, days },
    period: estimate.period,
    prorate: { hours, periodHours },
    lines: all,
    unplanned,
    plannedUsd,
    billedUsd: sum([...all.map((l) => l.billedUsd), unplannedUsd]),
    unplannedUsd,
    daily,
    verdict: all.some((l) => l.verdict === 'fail') ? 'fail' : 'pass',
  };
}

function windowDays(window: ReconcileWindow): number {
  for (const key of ['startDate', 'beforeDate'] as const) {
    const day = window[key];
    if (!ISO_DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
      throw new GenspendError(`the window's ${key} must be a date as YYYY-MM-DD, got ${JSON.stringify(day)}`);
  }
  const days = Math.round((Date.parse(window.beforeDate) - Date.parse(window.startDate)) / DAY_MS);
  if (days < 1)
    throw new GenspendError(
      `the window ends (${window.beforeDate}, exclusive) before it starts (${window.startDate})`,
      undefined,
      'give an end after the start',
    );
  return days;
}

/**
 * The id a workload is billed under: its catalog model's id, so a manifest naming an alias and
 * a bill naming the id (or another alias) meet; Runpod bills per endpoint, so its `endpointId`.
 * Community models priced by their architecture keep their own id (two checkpoints are two models).
 */
function plannedKey(catalog: Catalog, provider: string, w: WorkloadEstimate): string | undefined {
  if (provider === 'runpod') return w.endpointId;
  return w.model === undefined ? undefined : billedKey(catalog, provider, w.model);
}

function billedKey(catalog: Catalog, provider: string, id: string): string {
  if (provider === 'runpod') return id;
  const match = catalog.model(provider, id);
  return match && !match.architecture ? match.model.id : id.trim();
}

function unmatchedLine(w: WorkloadEstimate, file: string, maxVariance: Decimal): ReconcileLine {
  return {
    provider: w.provider,
    model: w.model ?? '',
    billedAs: [],
    workloads: [ref(w, file)],
    plannedUsd: null,
    billedUsd: ZERO,
    differenceUsd: null,
    ratio: null,
    variancePercent: null,
    maxVariance,
    verdict: 'unmatched',
    reasons: ['Runpod bills per endpoint: add `endpointId` to the workload to match its billed spend'],
  };
}

const ref = (w: WorkloadEstimate, file: string) => ({
  file,
  name: w.name,
  ...(w.location?.line !== undefined ? { line: w.location.line } : {}),
});

/** Prorates a period figure to the window: $500 x 720 / 730 = $493.150684931506849315068493150684931507. */
const prorate = (amount: Decimal, hours: number, periodHours: number) => quotient(amount.times(hours), periodHours);

function judge(g: Group, options: ReconcileOptions, hours: number, periodHours: number): ReconcileLine {
  const variances = g.workloads.map((x) => x.maxVariance).filter((v) => v !== undefined);
  // several manifests on one model: the strictest of their rules
  const maxVariance = options.maxVariance ?? (variances.length ? smallest(variances) : money(DEFAULT_MAX_VARIANCE));
  const unpriced = g.workloads.filter(({ w }) => w.cost === null);
  const plannedPeriod = unpriced.length ? null : sum(g.workloads.map(({ w }) => w.cost!));
  const plannedUsd = plannedPeriod && prorate(plannedPeriod, hours, periodHours);
  const billedUsd = sum(g.rows.map((r) => rowUsd(options.catalog, r)));
  const credits = g.provider === 'runway';
  const plannedCredits =
    credits && !unpriced.length && g.workloads.every(({ w }) => w.credits !== null)
      ? prorate(sum(g.workloads.map(({ w }) => w.credits!)), hours, periodHours)
      : null;
  const billedCredits = credits ? sum(g.rows.filter((r) => r.credits !== undefined).map((r) => money(r.credits!))) : undefined;
  const differenceUsd = plannedUsd && difference(billedUsd, plannedUsd);
  const ratio = plannedUsd && !plannedUsd.isZero() ? quotient(billedUsd, plannedUsd) : null;
  const variancePercent = plannedUsd && !plannedUsd.isZero() ? quotient(differenceUsd!.times(100), plannedUsd) : null;
  const reasons: string[] = [];
  let verdict: ReconcileLine['verdict'] = 'pass';
  if (!plannedUsd) {
    verdict = 'unpriced';
    reasons.push(`${unpriced.map(({ w }) => w.name).join(', ')}: unpriced, so the bill cannot be judged against the plan`);
  } else if (variancePercent === null) {
    if (!billedUsd.isZero()) {
      verdict = 'fail';
      reasons.push(`billed ${formatUsd(billedUsd)} against a plan of $0`);
    }
  } else if (variancePercent.abs().greaterThan(maxVariance)) {
    verdict = 'fail';
    reasons.push(
      `billed ${formatUsd(billedUsd)} against ${formatUsd(plannedUsd)} planned for the window: ${formatPercent(variancePercent, { sign: true })}, more than the ${maxVariance.toFixed()}% allowed`,
    );
  }
  const unitPrice = g.provider === 'fal' ? unitPriceCheck(g) : undefined;
  if (unitPrice && !unitPrice.comparable) {
    reasons.push(`fal billed ${unitPrice.billedUnit} where the plan counts ${unitPrice.plannedUnit}: the unit prices are not compared`);
  } else if (unitPrice && unitPrice.variancePercent.abs().greaterThan(maxVariance)) {
    verdict = verdict === 'unpriced' ? verdict : 'fail';
    reasons.push(
      `unit price billed ${unitPrice.billed.toFixed()} per ${unitPrice.billedUnit ?? unitPrice.plannedUnit} against ${unitPrice.planned.toFixed()} per ${unitPrice.plannedUnit} planned: ${formatPercent(unitPrice.variancePercent, { sign: true })}, more than the ${maxVariance.toFixed()}% allowed`,
    );
  }
  const quantity = g.provider === 'fal' ? quantityCheck(g, hours, periodHours) : undefined;
  const billedAs = [...new Set(g.rows.map((r) => r.model!))].filter((id) => id !== g.model).sort();
  return {
    provider: g.provider,
    model: g.model,
    billedAs,
    workloads: g.workloads.map(({ w, file }) => ref(w, file)),
    plannedUsd,
    billedUsd,
    ...(credits ? { plannedCredits, billedCredits: billedCredits! } : {}),
    differenceUsd,
    ratio,
    variancePercent,
    ...(unitPrice ? { unitPrice } : {}),
    ...(quantity ? { quantity } : {}),
    maxVariance,
    verdict,
    reasons,
  };
}

function smallest(values: Decimal[]): Decimal {
  return values.reduce((a, b) => (b.lessThan(a) ? b : a));
}

function rowUsd(catalog: Catalog, row: BilledRow): Decimal {
  return inUsd(catalog, row.provider.toLowerCase(), row.credits !== undefined ? { credits: row.credits } : { amountUsd: row.amountUsd! });
}

/**
 * The unit price fal billed against the rate the plan's main charge was priced at, when every
 * workload of the group has the same one: fal's own `unit_price` when all days agree on one,
 * else billed USD over billed units ($0.21 over 7 images = $0.03).
 */
function unitPriceCheck(g: Group): UnitPriceCheck | undefined {
  const rates = g.workloads.map(({ w }) => w.lines[0]?.rate);
  const first = rates[0];
  if (!first || first.amount === null || rates.some((r) => !r || r.amount !== first.amount || r.per !== first.per || r.unit !== first.unit))
    return undefined;
  const planned = quotient(money(first.amount), first.per);
  const priced = g.rows.filter((r) => r.units);
  if (!priced.length || planned.isZero()) return undefined;
  const prices = new Set(priced.map((r) => (r.units!.unitPrice === undefined ? undefined : money(r.units!.unitPrice).toFixed())));
  const units = new Set(priced.map((r) => r.units!.unit));
  let billed: Decimal;
  const [only] = prices;
  if (prices.size === 1 && only !== undefined) billed = money(only);
  else {
    const quantity = sum(priced.map((r) => money(r.units!.quantity)));
    if (quantity.isZero()) return undefined;
    billed = quotient(sum(priced.map((r) => money(r.amountUsd ?? '0'))), quantity);
  }
  const [unit] = units;
  const billedUnit = units.size === 1 ? unit : undefined;
  return {
    ...(billedUnit !== undefined ? { billedUnit } : {}),
    plannedUnit: first.unit,
    comparable: billedUnit === undefined || unitWord(billedUnit) === unitWord(first.unit),
    billed,
    planned,
    variancePercent: quotient(difference(billed, planned).times(100), planned),
  };
}

/** fal's unit words as the catalog's: "Video Seconds" -> "video_second". */
function unitWord(unit: string): string {
  return unit
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/s$/, '');
}

/** Units billed against the plan's main charge (its first line), prorated: 50 images a day planned is 1,500 over 30 days. */
function quantityCheck(g: Group, hours: number, periodHours: number): QuantityCheck | undefined {
  const priced = g.rows.filter((r) => r.units);
  if (!priced.length) return undefined;
  const billed = sum(priced.map((r) => money(r.units!.quantity)));
  const mains = g.workloads.map(({ w }) => w.lines[0]);
  const unit = mains[0]?.unit;
  const planned =
    unit !== undefined && mains.every((l) => l?.unit === unit)
      ? prorate(sum(mains.map((l) => l!.billedQuantity)), hours, periodHours)
      : null;
  return { billed, planned, ratio: planned && !planned.isZero() ? quotient(billed, planned) : null };
}

function unplannedLine(catalog: Catalog, rows: BilledRow[]): UnplannedLine {
  const first = rows[0]!;
  const credits = rows.some((r) => r.credits !== undefined);
  const units = rows.filter((r) => r.units);
  const unitNames = new Set(units.map((r) => r.units!.unit));
  const [unit] = unitNames;
  return {
    provider: first.provider.toLowerCase(),
    model: first.model ?? null,
    billedUsd: sum(rows.map((r) => rowUsd(catalog, r))),
    ...(credits ? { billedCredits: sum(rows.filter((r) => r.credits !== undefined).map((r) => money(r.credits!))) } : {}),
    ...(units.length
      ? {
          quantity: {
            ...(unitNames.size === 1 && unit !== undefined ? { unit } : {}),
            billed: sum(units.map((r) => money(r.units!.quantity))),
          },
        }
      : {}),
  };
}

function largestFirst(a: UnplannedLine, b: UnplannedLine): number {
  const by = b.billedUsd.comparedTo(a.billedUsd);
  if (by) return by;
  const x = `${a.provider} ${a.model ?? ''}`;
  const y = `${b.provider} ${b.model ?? ''}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
