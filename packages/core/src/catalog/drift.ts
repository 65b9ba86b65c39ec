import type { Model } from './schema.js';
import { money } from '../money.js';

/** A price a provider publishes now, as the providers package reads it (`LivePrice`). */
export interface LivePriceInput {
  readonly model: string;
  /** The provider's own unit word ("image", "gpu-hour"...). */
  readonly unit: string;
  readonly amountUsd: string;
  readonly name?: string;
  readonly configuration?: string;
  /** The provider's group the price belongs to: a Runpod GPU's Serverless pool, null when it is in none. */
  readonly pool?: string | null;
}

export type DriftStatus = 'match' | 'drift' | 'missing' | 'skipped';

/** One catalog model against the prices its provider publishes now. */
export interface DriftFinding {
  provider: string;
  model: string;
  status: DriftStatus;
  catalog: string[];
  live: string[];
  note?: string;
  /** Where to write: models[i].rates[j] in the provider's file, and the exact new amount. */
  write?: { model: number; rate: number; amount?: string };
  checked?: { model: number; rates: number[] };
}

/** How many catalog units one live unit is: Runpod lists USD per GPU-hour, the catalog per GPU-second. */
export const LIVE_UNIT_FACTOR: Readonly<Record<string, string>> = { 'gpu-hour': '3600' };

/**
 * The live prices that are for one catalog model: by id, alias or display name; a model with a
 * `pool` (a Runpod Serverless pool) by the GPUs of its pool, since Runpod prices pools.
 */
export function livePricesFor(model: Model, live: readonly LivePriceInput[]): LivePriceInput[] {
  const pool = model.pool?.id.toLowerCase();
  if (pool !== undefined) return live.filter((p) => p.pool?.toLowerCase() === pool);
  const names = new Set([model.id, ...model.aliases].map((n) => n.toLowerCase()));
  return live.filter((p) => names.has(p.model.toLowerCase()) || (p.name !== undefined && names.has(p.name.toLowerCase())));
}

/**
 * Compares one catalog model (at `index` in its provider's file) with the live prices read for
 * it: a match when any live price, in catalog units, equals a catalog base price; drift
 * otherwise, with the exact new amount when the rewrite is unambiguous. Runpod's $2.09 per
 * GPU-hour is $0.000580555... per GPU-second: not exact, so it is left to a person.
 *
 * A model with a `pool` is priced per pool, not per GPU type: it takes the live GPUs whose pool
 * is its pool id (a GPU in no pool is not Serverless and meets no model), and those GPUs must
 * agree on one price, which is compared once. ADA_24 with the RTX 4090 at $1.116 and the RTX
 * 4000 Ada at $1.116 per GPU-hour is one live price, $0.00031 per GPU-second.
 */
export function catalogDrift(provider: string, model: Model, index: number, live: readonly LivePriceInput[]): DriftFinding {
  const pool = model.pool?.id.toLowerCase();
  const mine = livePricesFor(model, live);
  const priced = model.rates.map((r, j) => ({ j, r })).filter(({ r }) => r.charge === 'base' && (r.amount !== undefined || r.measured));
  const catalogPrices = priced.flatMap(({ r }) =>
    r.amount !== undefined ? [money(r.amount).dividedBy(r.per)] : r.measured!.map((m) => money(m.amount)),
  );
  const describe = priced.flatMap(({ r }) =>
    r.amount !== undefined
      ? [`$${r.amount}/${r.per === '1' ? '' : r.per + ' '}${r.unit}`]
      : r.measured!.map((m) => `$${m.amount} at ${m.width}x${m.height}, ${m.steps} steps`),
  );
  const show = (p: LivePriceInput) => `$${p.amountUsd}/${p.unit}`;
  const finding: DriftFinding = {
    provider,
    model: model.id,
    status: 'missing',
    catalog: describe,
    live: mine.map((p) => `${show(p)}${p.configuration ? ` (${p.configuration})` : ''}`),
  };
  if (mine.length === 0)
    return {
      ...finding,
      note: pool !== undefined ? `no live price published for pool ${model.pool!.id}` : 'no live price published for this id',
    };
  const perCatalogUnit = (p: LivePriceInput) => money(p.amountUsd).dividedBy(LIVE_UNIT_FACTOR[p.unit] ?? '1');
  const checked = { model: index, rates: priced.map(({ j }) => j) };
  let compared = mine;
  if (pool !== undefined) {
    const first = mine[0]!;
    const gpus = mine.map((p) => p.model).join(', ');
    if (mine.some((p) => p.unit !== first.unit || !perCatalogUnit(p).equals(perCatalogUnit(first))))
      return {
        ...finding,
        status: 'drift',
        live: mine.map((p) => `${show(p)} (${p.model})`),
        note: `live GPUs in pool ${model.pool!.id} disagree on the price: ${mine.map((p) => `${p.model} ${show(p)}`).join(', ')}: update by hand`,
      };
    compared = [first];
    finding.live = [`${show(first)} (pool ${model.pool!.id}: ${gpus})`];
  }
  const matched = compared.some((p) => catalogPrices.some((c) => c.equals(perCatalogUnit(p))));
  if (matched) return { ...finding, status: 'match', checked };
  const drift: DriftFinding = { ...finding, status: 'drift', checked };
  // rewrite only what is unambiguous: one flat rate, one live price, an exact conversion
  const flat = priced.filter(({ r }) => r.amount !== undefined && Object.keys(r.when).length === 0);
  if (flat.length === 1 && priced.length === 1 && compared.length === 1) {
    const { j, r } = flat[0]!;
    const amount = perCatalogUnit(compared[0]!).times(r.per);
    if (amount.decimalPlaces() <= 12) return { ...drift, write: { model: index, rate: j, amount: amount.toFixed() } };
    return { ...drift, note: 'live price does not convert to an exact catalog amount: update by hand' };
  }
  return { ...drift, note: 'several rates or live prices: update by hand' };
}
