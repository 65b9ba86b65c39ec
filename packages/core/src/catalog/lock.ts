import jsyaml from 'js-yaml';
import { money } from '../money.js';
import type { Architecture } from '../manifest/fields.js';
import { LIVE_UNIT_FACTOR, livePricesFor, type LivePriceInput } from './drift.js';
import type { Catalog } from './lookup.js';
import type { PriceFile } from './price-file.js';
import type { Model, Rate, Unit } from './schema.js';

/** What one provider's price API said, as `genspend prices lock` read it. */
export interface ProviderLive {
  /** The API a model's price was read from, for its entry's `source`. */
  readonly sourceOf: (model: string) => string;
  readonly prices: readonly LivePriceInput[];
  /** Runware community models: what its model search says of each AIR asked for (null: it does not know it). */
  readonly models?: Readonly<Record<string, { readonly name?: string; readonly architecture?: string } | null>>;
  readonly modelSource?: string;
}

export interface LockInput {
  /** The built-in catalog: what a locked price must differ from to be written. */
  readonly catalog: Catalog;
  /** The price file as it is now, if there is one. */
  readonly prices?: PriceFile;
  /** Every model the manifests use, once per provider and id. */
  readonly used: readonly { readonly provider: string; readonly model: string }[];
  /** Per provider that was read; a provider absent here is reported as skipped with `skipped[provider]`. */
  readonly live: Readonly<Record<string, ProviderLive>>;
  readonly skipped?: Readonly<Record<string, string>>;
  /** The day the prices were read (YYYY-MM-DD): each entry's checkedAt and effectiveFrom. */
  readonly fetchedAt: string;
}

/**
 * locked: written to the price file; same: the built-in catalog already has this price; kept:
 * the price file holds the team's own rate for it (a contract is never overwritten);
 * not-published: the provider's API has no price for it; by-hand: a price exists but maps to no
 * rate exactly; skipped: the provider was not read.
 */
export type LockStatus = 'locked' | 'same' | 'kept' | 'not-published' | 'by-hand' | 'skipped';

export interface LockFinding {
  readonly provider: string;
  readonly model: string;
  readonly status: LockStatus;
  /** The live price as the provider gave it ("$0.02/image"). */
  readonly live?: string;
  readonly note?: string;
}

export interface LockResult {
  /** The models to write, per provider, each replacing a price-file model of the same id. */
  readonly models: Readonly<Record<string, readonly Model[]>>;
  readonly findings: readonly LockFinding[];
}

/**
 * Runware's architecture codes (model search) for the architectures the catalog prices by
 * measured runs. Pony and Illustrious checkpoints are SDXL fine-tunes and run as SDXL does.
 */
const RUNWARE_ARCHITECTURES: Readonly<Record<string, Architecture>> = {
  sd1x: 'sd1.5',
  sdhyper: 'sd1.5',
  sdxl: 'sdxl',
  sdxllightning: 'sdxl',
  sdxlhyper: 'sdxl',
  pony: 'sdxl',
  illustrious: 'sdxl',
  sd3: 'sd3',
  flux1d: 'flux1-dev',
  flux1s: 'flux1-schnell',
};

/** Live unit words -> the catalog unit and model kind a new model gets; anything else is by hand. */
const NEW_MODEL_UNITS: Readonly<Record<string, { unit: Unit; kind: Model['kind'] }>> = {
  image: { unit: 'image', kind: 'image' },
  images: { unit: 'image', kind: 'image' },
  video: { unit: 'video', kind: 'video' },
  videos: { unit: 'video', kind: 'video' },
  second: { unit: 'video_second', kind: 'video' },
  seconds: { unit: 'video_second', kind: 'video' },
  video_second: { unit: 'video_second', kind: 'video' },
  video_seconds: { unit: 'video_second', kind: 'video' },
  request: { unit: 'request', kind: 'other' },
  requests: { unit: 'request', kind: 'other' },
  'gpu-hour': { unit: 'gpu_second', kind: 'gpu' },
};

/** Live unit words that name a catalog unit: a live price in another unit than the built-in rate's is never compared. */
const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  ...Object.fromEntries(Object.entries(NEW_MODEL_UNITS).map(([word, { unit }]) => [word, unit])),
  megapixel: 'megapixel',
  megapixels: 'megapixel',
};

const LOCKED_BASES: ReadonlySet<string> = new Set(['account', 'measured', 'modeled']);

const show = (p: LivePriceInput) => `$${p.amountUsd}/${p.unit}${p.configuration ? ` (${p.configuration})` : ''}`;

/**
 * The account's prices for exactly the models the manifests use that the built-in catalog lacks
 * or prices differently. A locked rate keeps the built-in rate's unit, rounding and conditions
 * and takes the live amount exactly: Runpod's $2.09 per GPU-hour becomes `amount: '2.09'`,
 * `per: '3600'` GPU-seconds, never a rounded $0.00058 per second.
 */
export function lockPrices(input: LockInput): LockResult {
  const models: Record<string, Model[]> = {};
  const findings: LockFinding[] = [];
  for (const { provider, model: id } of input.used) {
    const say = (status: LockStatus, extra: { live?: string; note?: string } = {}) =>
      findings.push({ provider, model: id, status, ...extra });
    const own = input.prices?.providers[provider]?.models.find((m) =>
      [m.id, ...m.aliases].some((n) => n.toLowerCase() === id.toLowerCase()),
    );
    // The team writes contract or published rates; a lock writes account rates, or a community
    // model's measured or modeled runs. So an entry with none of those three is the team's own.
    if (own && !own.rates.some((r) => LOCKED_BASES.has(r.basis))) {
      say('kept', { note: `the price file's own ${own.rates[0]!.basis} rate is kept` });
      continue;
    }
    const live = input.live[provider];
    if (!live) {
      say('skipped', { note: input.skipped?.[provider] ?? 'no price API read for this provider' });
      continue;
    }
    const locked = lockOne(input, provider, id, live);
    if ('model' in locked) (models[provider] ??= []).push(locked.model);
    say(locked.status, { ...(locked.live ? { live: locked.live } : {}), ...(locked.note ? { note: locked.note } : {}) });
  }
  return { models, findings };
}

type One = { status: 'locked'; model: Model; live: string; note?: string } | { status: LockStatus; live?: string; note?: string };

function lockOne(input: LockInput, provider: string, id: string, live: ProviderLive): One {
  const stamp = (note: string) => ({ source: live.sourceOf(id), checkedAt: input.fetchedAt, effectiveFrom: input.fetchedAt, note });
  const builtIn = input.catalog.model(provider, id);
  if (builtIn?.architecture?.known) return { status: 'same', note: `the built-in catalog knows it is ${builtIn.architecture.entry.name}` };
  if (builtIn && !builtIn.architecture) {
    const model = builtIn.model;
    const mine = livePricesFor(model, live.prices);
    if (mine.length === 0) return { status: 'not-published', note: 'the provider publishes no price for it; the built-in rate applies' };
    const first = mine[0]!;
    const perUnit = (p: LivePriceInput) => money(p.amountUsd).dividedBy(LIVE_UNIT_FACTOR[p.unit] ?? '1');
    if (mine.some((p) => p.unit !== first.unit || !perUnit(p).equals(perUnit(first))))
      return {
        status: 'by-hand',
        live: mine.map(show).join('; '),
        note: 'several live prices for one model: write the one you pay by hand',
      };
    // the rate the live price is for: the base rate without conditions, or Runpod's flex worker
    // rate (the Serverless price Runpod's catalog lists; the active rate stays as built in)
    const targets = model.rates
      .map((r, j) => ({ r, j }))
      .filter(
        ({ r }) =>
          r.charge === 'base' && r.amount !== undefined && Object.entries(r.when).every(([k, v]) => k === 'worker' && v === 'flex'),
      );
    if (targets.length !== 1 || model.rates.some((r) => r.charge === 'base' && r.measured))
      return { status: 'by-hand', live: show(first), note: 'the built-in model has several rates: write the one you pay by hand' };
    const { r, j } = targets[0]!;
    const word = UNIT_WORDS[first.unit.toLowerCase()];
    if (word !== undefined && word !== r.unit)
      return {
        status: 'by-hand',
        live: show(first),
        note: `the live price is per ${word}, the built-in rate per ${r.unit}: write it by hand`,
      };
    const factor = LIVE_UNIT_FACTOR[first.unit] ?? '1';
    if (money(r.amount!).dividedBy(r.per).equals(perUnit(first))) return { status: 'same', live: show(first) };
    const rate: Rate = {
      ...r,
      amount: money(first.amountUsd).times(r.per).toFixed(),
      per: money(r.per).times(factor).toFixed(),
      basis: 'account',
      verified: true,
      ...stamp(`read from the provider for this account; built-in: $${r.amount} per ${r.per === '1' ? '' : r.per + ' '}${r.unit}`),
    };
    return { status: 'locked', live: show(first), model: { ...model, rates: model.rates.map((x, k) => (k === j ? rate : x)) } };
  }

  // a community model: priced by the architecture Runware's model search states
  if (input.catalog.isCommunity(provider, id)) {
    const info = live.models?.[id];
    if (!info) return { status: 'not-published', note: "Runware's model search does not know it: give `architecture:` in the workload" };
    const code = info.architecture?.toLowerCase();
    const architecture = code ? RUNWARE_ARCHITECTURES[code] : undefined;
    const entry = architecture ? input.catalog.architecture(provider, architecture) : undefined;
    if (!entry)
      return {
        status: 'by-hand',
        note: `Runware's model search says architecture ${code ? `\`${code}\`` : 'nothing'}, which genspend does not price: give \`architecture:\` in the workload`,
      };
    const via = live.modelSource ?? live.sourceOf(id);
    return {
      status: 'locked',
      live: `architecture ${code}`,
      model: {
        ...entry.model,
        id,
        name: info.name ?? id,
        aliases: [],
        note: `architecture \`${architecture}\` (Runware: \`${code}\`), read from ${via} on ${input.fetchedAt}; priced by Runware's measured runs of that architecture`,
      },
    };
  }

  // a model the catalog lacks: one live price in a unit the catalog has
  const mine = live.prices.filter((p) => p.model.toLowerCase() === id.toLowerCase() || p.name?.toLowerCase() === id.toLowerCase());
  if (mine.length === 0) return { status: 'not-published', note: 'neither the built-in catalog nor the provider prices it' };
  if (mine.length > 1)
    return { status: 'by-hand', live: mine.map(show).join('; '), note: 'several live prices: write the one you pay by hand' };
  const price = mine[0]!;
  if (price.pool === null) return { status: 'not-published', live: show(price), note: 'not a Serverless GPU (in no pool)' };
  const mapped = NEW_MODEL_UNITS[price.unit.toLowerCase()];
  if (!mapped)
    return { status: 'by-hand', live: show(price), note: `priced per \`${price.unit}\`, which maps to no catalog unit: write it by hand` };
  const rate = {
    charge: 'base',
    unit: mapped.unit,
    amount: money(price.amountUsd).toFixed(),
    per: LIVE_UNIT_FACTOR[price.unit] ?? '1',
    when: {},
    // Runpod bills whole seconds per request: 2.3 s -> 3 s
    ...(mapped.unit === 'gpu_second' ? { rounding: { mode: 'ceil', step: '1', scope: 'request' } as const } : {}),
    basis: 'account',
    verified: true,
    ...stamp(`read from the provider for this account${price.configuration ? ` (${price.configuration})` : ''}`),
  } satisfies Rate;
  return {
    status: 'locked',
    live: show(price),
    model: {
      id,
      name: price.name ?? id,
      kind: mapped.kind,
      aliases: price.name && price.name !== id ? [price.name] : [],
      requires: [],
      defaults: {},
      accepts: {},
      rates: [rate],
    },
  };
}

/**
 * The price file with the locked models laid in: each replaces the file's model of the same id
 * (an earlier lock), every other model and discount stays as it was.
 */
export function withLockedModels(prices: PriceFile | undefined, locked: LockResult['models']): PriceFile {
  const providers: Record<string, PriceFile['providers'][string]> = { ...(prices?.providers ?? {}) };
  for (const [provider, models] of Object.entries(locked)) {
    const entry = providers[provider] ?? { models: [] };
    const ids = new Set(models.map((m) => m.id.toLowerCase()));
    providers[provider] = { ...entry, models: [...entry.models.filter((m) => !ids.has(m.id.toLowerCase())), ...models] };
  }
  return { version: 1, providers };
}

// fields the schema fills in when they are left out: written only when they say something
const DEFAULTED: Readonly<Record<string, (v: unknown) => boolean>> = {
  aliases: (v) => Array.isArray(v) && v.length === 0,
  requires: (v) => Array.isArray(v) && v.length === 0,
  defaults: (v) => typeof v === 'object' && v !== null && Object.keys(v).length === 0,
  accepts: (v) => typeof v === 'object' && v !== null && Object.keys(v).length === 0,
  when: (v) => typeof v === 'object' && v !== null && Object.keys(v).length === 0,
  models: (v) => Array.isArray(v) && v.length === 0,
  charge: (v) => v === 'base',
  per: (v) => v === '1',
  verified: (v) => v === true,
};

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => v !== undefined && !DEFAULTED[k]?.(v))
      .map(([k, v]) => [k, compact(v)]),
  );
}

/** A price file as YAML, with the schema line editors complete from and a header saying what wrote it. */
export function renderPriceFile(prices: PriceFile, schemaId: string): string {
  const { $schema: _schema, ...rest } = prices;
  const body = jsyaml.dump(compact(rest), { lineWidth: -1, noRefs: true, quotingType: "'" });
  return [
    `# yaml-language-server: $schema=${schemaId}`,
    '# Prices read before the built-in catalog. Entries with `basis: account` were written by',
    "# `genspend prices lock` from the providers' APIs; run it again to refresh them.",
    body,
  ].join('\n');
}
