import { GenspendError } from '../errors.js';
import { Decimal } from '../money.js';
import type { Catalog } from './catalog.js';
import type { Condition, Rate } from './schema.js';

export interface CatalogFinding {
  level: 'error' | 'warning';
  provider: string;
  /** `models[3].rates[1]` style path inside the provider's file. */
  path: string;
  message: string;
  /** Set when the finding is about a price file rather than the built-in catalog. */
  file?: string;
}

/** Prices older than this many days are flagged: providers change prices without notice. */
export const STALE_AFTER_DAYS = 30;

export interface StaleOptions {
  /** Days after which a rate counts as stale (default STALE_AFTER_DAYS). */
  maxAgeDays?: number;
}

/** "30d" or "30" -> 30: the CLI's --max-age and the Action's max-price-age, read one way. */
export function parseMaxAge(text: string, option: string): number {
  const m = /^\s*(\d{1,5})\s*d?\s*$/.exec(text);
  if (!m) throw new GenspendError(`${option}: expected a number of days such as \`30d\`, got \`${text}\``, undefined, `pass ${option} 30d`);
  return Number(m[1]);
}

/** Whole days from `checkedAt` to `today` (both YYYY-MM-DD), or undefined within the limit. */
export function staleDays(checkedAt: string, today: string, maxAgeDays: number = STALE_AFTER_DAYS): number | undefined {
  const age = Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${checkedAt}T00:00:00Z`)) / 86_400_000);
  return age > maxAgeDays ? age : undefined;
}

/**
 * Integrity checks the schema cannot express: overlapping rate conditions (a request would
 * match two prices), surcharge overlaps, and entries not compared with their source recently.
 */
export function checkCatalog(catalog: Catalog, today: string, options: StaleOptions = {}): CatalogFinding[] {
  const findings: CatalogFinding[] = [];
  for (const provider of catalog.providers) {
    const stale = (path: string, checkedAt: string) => {
      const age = staleDays(checkedAt, today, options.maxAgeDays);
      if (age !== undefined) {
        findings.push({
          level: 'warning',
          provider: provider.provider,
          path,
          message: `price last checked ${checkedAt}, ${age} days ago: run \`genspend prices sync ${provider.provider}\` (or compare it with its source) and update checkedAt`,
        });
      }
    };
    const overlaps = (rates: readonly Rate[], prefix: string) => {
      for (let i = 0; i < rates.length; i++) {
        for (let j = 0; j < i; j++) {
          const a = rates[i]!;
          const b = rates[j]!;
          if (a.charge === b.charge && !excludedByAbsent(a, b) && conditionsOverlap(a.when, b.when)) {
            findings.push({
              level: 'error',
              provider: provider.provider,
              path: `${prefix}[${i}]`,
              message: `'when' overlaps ${prefix.split('.').pop()}[${j}] on charge "${a.charge}": one request would match both prices; add a condition that tells them apart`,
            });
          }
        }
      }
    };
    const pools = new Map<string, number>();
    provider.models.forEach((model, m) => {
      overlaps(model.rates, `models[${m}].rates`);
      const retired = retiredFinding(provider, model);
      if (retired) findings.push({ level: 'error', provider: provider.provider, path: `models[${m}].retired`, message: retired });
      model.rates.forEach((rate, r) => stale(`models[${m}].rates[${r}] (${model.id})`, rate.checkedAt));
      if (!model.pool) return;
      stale(`models[${m}].pool (${model.pool.id})`, model.pool.checkedAt);
      const other = pools.get(model.pool.id);
      if (other !== undefined)
        findings.push({
          level: 'error',
          provider: provider.provider,
          path: `models[${m}].pool`,
          message: `pool ${model.pool.id} is also models[${other}]'s: one pool has one price; merge the two models`,
        });
      else pools.set(model.pool.id, m);
    });
    (provider.unpricedNames ?? []).forEach((entry, i) => stale(`unpricedNames[${i}] (${entry.name})`, entry.checkedAt));
    (provider.architectures ?? []).forEach((a, i) => {
      a.rates.forEach((rate, r) => stale(`architectures[${i}].rates[${r}] (${a.id})`, rate.checkedAt));
      (a.models ?? []).forEach((m, j) => stale(`architectures[${i}].models[${j}] (${m.id})`, m.checkedAt));
    });
    overlaps(provider.surcharges, 'surcharges');
    provider.surcharges.forEach((rate, r) => stale(`surcharges[${r}]`, rate.checkedAt));
    if (provider.credit) stale('credit', provider.credit.checkedAt);
  }
  return findings;
}

/** A rate for when `seconds` is left out never meets one whose conditions need `seconds`. */
function excludedByAbsent(a: Rate, b: Rate): boolean {
  return (a.absent ?? []).some((k) => k in b.when) || (b.absent ?? []).some((k) => k in a.when);
}

/** A retired model must name a replacement the same catalog prices, so its warning points somewhere. */
function retiredFinding(provider: Catalog['providers'][number], model: Catalog['providers'][number]['models'][number]): string | undefined {
  const to = model.retired?.replacement;
  if (to === undefined) return undefined;
  if (to === model.id) return `${model.id} names itself as its replacement: name the model that replaces it`;
  if (!provider.models.some((m) => m.id === to))
    return `replacement \`${to}\` of retired ${model.id} is not in the catalog: add it or name another model`;
  return undefined;
}

/** Two condition sets overlap when some request could satisfy both. */
export function conditionsOverlap(a: Record<string, Condition>, b: Record<string, Condition>): boolean {
  for (const attribute of Object.keys(a)) {
    const other = b[attribute];
    if (other === undefined) continue;
    if (!conditionOverlap(a[attribute]!, other)) return false;
  }
  return true;
}

type Interval = { lo: Decimal; loOpen: boolean; hi: Decimal; hiOpen: boolean };

function toInterval(c: Condition): Interval | undefined {
  if (typeof c !== 'object' || Array.isArray(c) || c === null) return undefined;
  const r = c as { gt?: number; gte?: number; lt?: number; lte?: number };
  const lo = r.gt ?? r.gte;
  const hi = r.lt ?? r.lte;
  return {
    lo: lo === undefined ? new Decimal(-Infinity) : new Decimal(lo),
    loOpen: r.gt !== undefined,
    hi: hi === undefined ? new Decimal(Infinity) : new Decimal(hi),
    hiOpen: r.lt !== undefined,
  };
}

function conditionOverlap(a: Condition, b: Condition): boolean {
  const ia = toInterval(a);
  const ib = toInterval(b);
  if (ia && ib) {
    const lo = ia.lo.greaterThan(ib.lo) ? ia : ia.lo.lessThan(ib.lo) ? ib : { ...ia, loOpen: ia.loOpen || ib.loOpen };
    const hi = ia.hi.lessThan(ib.hi) ? ia : ia.hi.greaterThan(ib.hi) ? ib : { ...ia, hiOpen: ia.hiOpen || ib.hiOpen };
    if (lo.lo.lessThan(hi.hi)) return true;
    return lo.lo.equals(hi.hi) && !lo.loOpen && !hi.hiOpen;
  }
  const values = (c: Condition) => (Array.isArray(c) ? c : [c]).map((v) => String(v).toLowerCase());
  if (ia || ib) {
    const interval = (ia ?? ib)!;
    return values((ia ? b : a) as Condition).some((v) => {
      const d = Number(v);
      return Number.isFinite(d) && inInterval(new Decimal(d), interval);
    });
  }
  const setB = new Set(values(b));
  return values(a).some((v) => setB.has(v));
}

export function inInterval(value: Decimal, i: Interval): boolean {
  const aboveLo = i.loOpen ? value.greaterThan(i.lo) : value.greaterThanOrEqualTo(i.lo);
  const belowHi = i.hiOpen ? value.lessThan(i.hi) : value.lessThanOrEqualTo(i.hi);
  return aboveLo && belowHi;
}
