import type { Catalog, ModelMatch } from '../catalog/catalog.js';
import { ARCHITECTURES } from '../manifest/fields.js';
import { priceOrigin } from '../catalog/origin.js';
import type { Allowed, Basis, Model, ProviderCatalog, Rate } from '../catalog/schema.js';
import { planFor, type ModelPlan, type RatePlan } from './plan.js';
import { closest, GenspendError, mapAll } from '../errors.js';
import type { AttributeName, Period } from '../manifest/schema.js';
import { Decimal, exact, formatUsd, money, quotient, sum, times, ZERO } from '../money.js';
import { describeCondition } from './match.js';
import { gpuList, knownUnpriced } from './gpu-list.js';
import type { AttributeValue, EstimateLine, WorkloadEstimate, WorkloadSpec } from './types.js';
import {
  PERIOD_HOURS,
  requiredAttributes,
  usageAttributes,
  usageFor,
  wakeUpAttributes,
  type UsageComponent,
  type UsageContext,
} from './usage.js';

const BASIS_STRENGTH: Record<Basis, number> = { published: 2, contract: 2, account: 2, measured: 1, modeled: 0 };

/** Attributes derived from others, usable in rate conditions. */
const DERIVED: Record<string, { from: AttributeName[]; compute: (num: (n: AttributeName) => Decimal) => Decimal }> = {
  // 1 MP = 1,000,000 pixels for conditions such as Runway's "above 4 MP" surcharges
  megapixels: { from: ['width', 'height'], compute: (num) => num('width').times(num('height')).dividedBy(1_000_000) },
};

/**
 * Prices one workload for a period. Returns an estimate with `cost: null` and a reason when the
 * provider or model is unknown or no price matches; throws a GenspendError when the workload
 * lacks an attribute its model needs (that is bad input, not a gap in the catalog).
 */
export function estimateWorkload(spec: WorkloadSpec, catalog: Catalog, period: Period): WorkloadEstimate {
  const result: WorkloadEstimate = {
    name: spec.name,
    provider: spec.provider,
    model: spec.model,
    ...(spec.location ? { location: spec.location } : {}),
    ...(spec.endpointId !== undefined ? { endpointId: spec.endpointId } : {}),
    runs: spec.attributes.runs instanceof Decimal ? spec.attributes.runs : null,
    cost: null,
    credits: null,
    basis: null,
    lines: [],
    assumptions: [],
    warnings: [],
  };
  const provider = catalog.provider(spec.provider);
  if (!provider) {
    result.unpriced = `unknown provider \`${spec.provider}\` (genspend prices ${catalog.providers.map((p) => p.provider).join(', ')})`;
    return result;
  }
  const what = provider.provider === 'runpod' ? 'GPU' : 'model';
  if (!spec.model) {
    result.unpriced = `no ${what} given`;
    return result;
  }
  let found = catalog.model(provider.provider, spec.model);
  if (!found) {
    const list = gpuList(provider, spec.model);
    if (list) return estimateGpuList(spec, list, catalog, period, result);
    const known = knownUnpriced(catalog, provider, spec.model);
    if (known) {
      result.unpriced = known;
      return result;
    }
    const byArchitecture = architectureMatch(spec, catalog, provider, result);
    if (!byArchitecture) return result;
    found = byArchitecture;
  }
  const { model } = found;
  const plan = planFor(provider, model);
  const attrs = resolveAttributes(spec, plan, knownWords(spec, provider, model, plan));
  checkRequired(spec, provider, model, plan, attrs);
  checkAllowed(spec, provider, model, attrs);
  ignoredAttributes(spec, model, plan, attrs, result, found.architecture !== undefined);
  if (found.architecture) describeArchitecture(spec, found.architecture, result);

  const chosen: RatePlan[] = [];
  for (const [charge, rates] of plan.charges) {
    let match: RatePlan | undefined;
    let count = 0;
    for (const r of rates) {
      if (matchesAll(r, attrs.value) && absentAll(r, attrs.value)) {
        match = r;
        count++;
      }
    }
    if (count === 0 && rates.every((r) => r.rate.optional)) continue;
    if (count !== 1) {
      result.unpriced = noSingleMatch(model, charge, rates, count, attrs.value);
      return result;
    }
    chosen.push(match!);
  }
  const seen = new Set<string>();
  for (const s of plan.surcharges) {
    // a surcharge is triggered by the attributes it is about (bitDepth, format), never by a derived one
    if (!s.conditions.some(([k]) => !DERIVED[k] && spec.attributes[k as AttributeName] !== undefined)) continue;
    const missing = s.conditions.flatMap(([k]) => DERIVED[k]?.from ?? [k]).filter((k) => attrs.value(k) === undefined);
    if (missing.length) {
      throw new GenspendError(
        `workload "${spec.name}": the ${provider.name} "${s.rate.charge}" surcharge needs \`${missing[0]}\``,
        spec.location,
        `add \`${missing[0]}:\` to the workload`,
        { workload: spec.name, attribute: missing[0], missing },
      );
    }
    if (!matchesAll(s, attrs.value)) continue;
    if (seen.has(s.rate.charge)) {
      result.unpriced = `two ${provider.name} "${s.rate.charge}" surcharges match; the catalog is ambiguous`;
      return result;
    }
    seen.add(s.rate.charge);
    chosen.push(s);
  }

  const ctx: UsageContext = { num: attrs.num, value: attrs.value, period };
  const byRate = chosen.map((rate) => linesFor(rate, plan, ctx, result));
  for (const lines of byRate) result.lines.push(...lines);
  const floor = minimumLine(model, plan, provider, ctx, result.lines);
  if (floor) result.lines.push(floor);
  result.cost = sum(result.lines.map((l) => l.amountUsd));
  if (chosen.some((r) => r.rate.range)) priceRange(model, plan, ctx, chosen, byRate, result);
  if (provider.currency === 'credits') {
    result.credits = sum(result.lines.map((l) => l.amount));
    result.creditUsd = plan.creditUsd;
  }
  result.basis = result.lines.reduce<Basis>(
    (weakest, l) => (BASIS_STRENGTH[l.basis] < BASIS_STRENGTH[weakest] ? l.basis : weakest),
    // a contract or account rate is as firm as a published one, and says which it is
    result.lines[0]?.basis ?? 'published',
  );
  for (const name of attrs.defaulted)
    result.assumptions.push(`${name}: ${String(attrs.value(name))} (${provider.name} default, not in the manifest)`);
  if (attrs.defaulted.size) result.defaulted = Object.fromEntries([...attrs.defaulted].map((name) => [name, String(attrs.value(name))]));
  for (const { rate } of chosen) {
    if (!rate.verified)
      result.warnings.push(
        `unverified price for ${model.id}${rate.charge === 'base' ? '' : ` (${rate.charge})`}: ${rate.note ?? 'not confirmed against its source'}`,
      );
  }
  if (model.retired) {
    const { on, replacement } = model.retired;
    result.warnings.push(`${model.id} was retired by ${provider.name} on ${on}; use ${replacement}`);
  }
  runpodCapacityWarning(ctx, attrs.value, result);
  return result;
}

/**
 * A fallback list is priced at its dearest GPU unless the workload says `gpuPick: first`: the
 * endpoint may run every job on any of them, so the gate never under-counts. AMPERE_24,ADA_24 for
 * 10 jobs of 1 s: 10 s x $0.00031 (ADA_24) = $0.0031, not 10 s x $0.00019 (AMPERE_24) = $0.0019.
 * A GPU in the list that cannot be priced leaves the workload unpriced: the others say nothing
 * about what the jobs that land on it cost.
 */
function estimateGpuList(spec: WorkloadSpec, ids: string[], catalog: Catalog, period: Period, result: WorkloadEstimate): WorkloadEstimate {
  const { gpuPick, ...attributes } = spec.attributes;
  const first = typeof gpuPick === 'string' && gpuPick.trim().toLowerCase() === 'first';
  let chosen: { id: string; estimate: WorkloadEstimate } | undefined;
  for (const id of first ? ids.slice(0, 1) : ids) {
    const estimate = estimateWorkload({ ...spec, model: id, attributes }, catalog, period);
    if (estimate.cost === null) {
      result.unpriced = `\`${id}\` in the GPU list ${ids.join(', ')}: ${estimate.unpriced ?? 'unpriced'}`;
      return result;
    }
    if (!chosen || estimate.cost.greaterThan(chosen.estimate.cost!)) chosen = { id, estimate };
  }
  const { id, estimate } = chosen!;
  const model = catalog.model(spec.provider, id)!.model;
  const why = first
    ? `the first of ${ids.join(', ')} (gpuPick: first)`
    : `the dearest of ${ids.join(', ')}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;
  return { ...estimate, model: spec.model, assumptions: [`gpu: priced at ${id} (${model.id}), ${why}`, ...estimate.assumptions] };
}

/**
 * A model the catalog does not know, priced by the architecture the workload names (community
 * checkpoints are billed by the compute of their architecture). Without one, says how to give it
 * and returns undefined with the reason in `result.unpriced`.
 */
function architectureMatch(
  spec: WorkloadSpec,
  catalog: Catalog,
  provider: ProviderCatalog,
  result: WorkloadEstimate,
): ModelMatch | undefined {
  const model = spec.model!;
  const given = spec.attributes.architecture;
  const priced = (provider.architectures ?? []).map((a) => a.id);
  if (typeof given === 'string' && priced.length) {
    const match = catalog.architecture(provider.provider, given);
    if (match) return match;
    result.unpriced = `no ${provider.name} price for architecture \`${given}\` yet (the catalog prices ${priced.join(', ')})`;
    return undefined;
  }
  const how = `add \`architecture:\` (one of ${ARCHITECTURES.join(', ')}) to price it from ${provider.name}'s measured runs`;
  if (catalog.isCommunity(provider.provider, model)) {
    result.unpriced = `${provider.name} community model \`${model}\` is billed by its architecture: ${how}`;
    return undefined;
  }
  const what = provider.provider === 'runpod' ? 'GPU' : 'model';
  const suggestion = catalog.suggest(provider.provider, model);
  const hint = priced.length ? `; if it is a community model, ${how}` : '';
  result.unpriced = `unknown ${provider.name} ${what} \`${model}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}${hint}`;
  return undefined;
}

/** Says which architecture priced a community model, and where its architecture comes from. */
function describeArchitecture(spec: WorkloadSpec, by: NonNullable<ModelMatch['architecture']>, result: WorkloadEstimate): void {
  const { entry, known } = by;
  result.architecture = entry.id;
  const from = known ? `the catalog lists ${known.name} as ${entry.id} (${known.source})` : `\`architecture: ${entry.id}\` in the workload`;
  result.assumptions.push(`architecture: priced as ${entry.name} (\`${entry.id}\`) from ${from}`);
  const given = spec.attributes.architecture;
  if (known && typeof given === 'string' && given !== entry.id)
    result.warnings.push(`\`architecture: ${given}\` ignored: the catalog lists ${spec.model} as ${entry.id} (${known.source})`);
  if (known && !known.verified)
    result.warnings.push(`unverified architecture for ${spec.model}: ${known.note ?? 'not confirmed against its source'}`);
}

interface ResolvedAttributes {
  value: (name: string) => AttributeValue | undefined;
  num: (name: AttributeName) => Decimal;
  defaulted: Set<AttributeName>;
}

/**
 * The workload's words (resolution, quality, format, worker) in the catalog's spelling, so
 * rates and usage read one value; a word the catalog does not know for this model is bad input
 * (`format: png-sequence` would otherwise drop the surcharge unseen), listed with the allowed ones.
 * A known word that no rate prices stays a gap in the catalog: the workload is unpriced.
 */
function knownWords(spec: WorkloadSpec, provider: ProviderCatalog, model: Model, plan: ModelPlan): Map<string, string> | undefined {
  let out: Map<string, string> | undefined;
  for (const [name, given] of Object.entries(spec.attributes)) {
    if (typeof given !== 'string') continue;
    const known = plan.choices.get(name);
    if (!known) continue;
    const word = known.get(given.trim().toLowerCase());
    if (word !== undefined) {
      if (word !== given) (out ??= new Map()).set(name, word);
      continue;
    }
    const allowed = [...known.values()];
    const suggestion = closest(given.trim(), allowed);
    throw new GenspendError(
      `workload "${spec.name}": ${provider.name} ${model.id} does not know \`${name}\` ${JSON.stringify(given)} (allowed: ${allowed.join(', ')})`,
      spec.location,
      suggestion ? `did you mean \`${name}: ${suggestion}\`?` : `write \`${name}:\` as one of ${allowed.join(', ')}`,
      { workload: spec.name, attribute: name, value: given, allowed, ...(suggestion ? { suggestion } : {}) },
    );
  }
  return out;
}

function resolveAttributes(spec: WorkloadSpec, plan: ModelPlan, words: Map<string, string> | undefined): ResolvedAttributes {
  const defaults = plan.defaults;
  const defaulted = new Set<AttributeName>();
  let derivedValues: Map<string, Decimal> | undefined;
  const value = (name: string): AttributeValue | undefined => {
    const given = words?.get(name) ?? spec.attributes[name as AttributeName];
    if (given !== undefined) return typeof given === 'number' ? money(given) : given;
    const fallback = defaults[name];
    if (fallback !== undefined) {
      defaulted.add(name as AttributeName);
      return fallback;
    }
    const derived = DERIVED[name];
    if (derived && derived.from.every((n) => value(n) !== undefined)) {
      // computed once per workload: rate conditions may ask for it many times
      let v = derivedValues?.get(name);
      if (!v) (derivedValues ??= new Map()).set(name, (v = derived.compute(num)));
      return v;
    }
    return undefined;
  };
  const num = (name: AttributeName): Decimal => {
    const v = value(name);
    if (v instanceof Decimal) return v;
    if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim())) return money(v.trim());
    throw new GenspendError(`\`${name}\` must be a number, got ${JSON.stringify(v)}`, spec.location);
  };
  return { value, num, defaulted };
}

/** Attributes a workload of this model must give (no default covers them), for a worker type. */
export function neededAttributes(model: Model, plan: ModelPlan, worker: string | undefined): string[] {
  let needed = plan.required.get(worker);
  if (!needed) {
    const names = new Set<string>(model.requires);
    // an optional charge reads its attributes only when given; an `absent` one is the price of leaving it out
    const billed = model.rates.filter((r) => !r.optional);
    for (const rate of billed) for (const k of Object.keys(rate.when)) for (const n of DERIVED[k]?.from ?? [k]) names.add(n);
    for (const rate of billed) for (const n of requiredAttributes(rate, worker)) names.add(n);
    for (const rate of model.rates) for (const n of rate.absent ?? []) names.delete(n);
    needed = [...names];
    plan.required.set(worker, needed);
  }
  return needed;
}

/** Attributes that can change this model's price for a worker type; any other a workload gives is ignored. */
export function pricedByPlan(model: Model, plan: ModelPlan, worker: string | undefined): ReadonlySet<string> {
  let priced = plan.priced.get(worker);
  if (!priced) {
    const names = new Set<string>(model.requires);
    const rates = [...plan.charges.flatMap(([, rates]) => rates), ...plan.surcharges];
    for (const { rate } of rates) {
      for (const k of Object.keys(rate.when)) for (const n of DERIVED[k]?.from ?? [k]) names.add(n);
      for (const n of usageAttributes(rate, worker)) names.add(n);
    }
    plan.priced.set(worker, (priced = names));
  }
  return priced;
}

function checkRequired(spec: WorkloadSpec, provider: ProviderCatalog, model: Model, plan: ModelPlan, attrs: ResolvedAttributes): void {
  const w = attrs.value('worker');
  const worker = typeof w === 'string' ? w : undefined;
  let needed = neededAttributes(model, plan, worker);
  const coldStarts = attrs.value('coldStarts');
  if (coldStarts instanceof Decimal && !coldStarts.isZero()) {
    const wakeUp = new Set(model.rates.flatMap((r) => wakeUpAttributes(r, worker)));
    if (wakeUp.size) needed = [...needed, ...wakeUp];
  }
  const missing = needed.filter((k) => attrs.value(k) === undefined);
  const first = missing[0];
  if (first === undefined) return;
  const accepted = model.rates
    .map((r) => r.when[first])
    .filter((c) => c !== undefined)
    .map(describeCondition);
  const hint = accepted.length ? ` (one of: ${[...new Set(accepted)].join(', ')})` : '';
  const other =
    missing.length > 1
      ? `; also missing: ${missing
          .slice(1)
          .map((m) => `\`${m}\``)
          .join(', ')}`
      : '';
  throw new GenspendError(
    `workload "${spec.name}": ${provider.name} ${model.id} needs \`${first}\`${hint}${other}`,
    spec.location,
    `add \`${first}:\` to the workload`,
    { workload: spec.name, attribute: first, missing },
  );
}

/**
 * Warns about attributes that cannot change this model's price (`steps` on a per-image model,
 * `resolution` on a single rate): the reader may believe they are priced. An attribute counts
 * as priced when a rate or surcharge condition reads it (width and height through megapixels),
 * when a unit's usage reads it (runs, results, seconds, cold starts), or when the model requires it.
 */
function ignoredAttributes(
  spec: WorkloadSpec,
  model: Model,
  plan: ModelPlan,
  attrs: ResolvedAttributes,
  out: WorkloadEstimate,
  byArchitecture: boolean,
): void {
  const w = attrs.value('worker');
  const worker = typeof w === 'string' ? w : undefined;
  const priced = pricedByPlan(model, plan, worker);
  // cold starts are priced on flex workers, not on always-on ones: say which the warning is about
  const on = worker !== undefined && plan.choices.has('worker') ? ` with \`worker: ${worker}\`` : '';
  for (const name of Object.keys(spec.attributes)) {
    if (byArchitecture && name === 'architecture') continue;
    if (!priced.has(name)) out.warnings.push(`\`${name}\` does not change the price of ${model.id}${on}; ignored`);
  }
}

/**
 * The attributes that can change a model's price (the rest a workload gives are ignored, with a
 * warning): what a provider-request quote keeps of a request body. Undefined for a model the
 * catalog does not know.
 */
export function pricedAttributes(catalog: Catalog, provider: string, model: string, worker?: string): ReadonlySet<string> | undefined {
  const found = catalog.model(provider, model);
  return found && pricedByPlan(found.model, planFor(found.provider, found.model), worker);
}

/** A rate with `absent: [seconds]` applies only when the workload gives no `seconds`. */
function absentAll(plan: RatePlan, value: (name: string) => AttributeValue | undefined): boolean {
  return (plan.rate.absent ?? []).every((k) => value(k) === undefined);
}

/**
 * A value the model does not accept (a duration Veo cannot render) is bad input, not a price
 * gap: the error lists what the model takes, so the fix is one edit.
 */
function checkAllowed(spec: WorkloadSpec, provider: ProviderCatalog, model: Model, attrs: ResolvedAttributes): void {
  for (const [name, allowed] of Object.entries(model.allowed ?? {})) {
    const given = attrs.value(name);
    if (given === undefined) continue;
    const number =
      given instanceof Decimal ? given : typeof given === 'string' && /^\d+(\.\d+)?$/.test(given.trim()) ? money(given.trim()) : undefined;
    if (number && allowedValue(allowed, number)) continue;
    const words = describeAllowed(allowed);
    throw new GenspendError(
      `workload "${spec.name}": ${provider.name} ${model.id} does not accept \`${name}\` ${String(given)} (allowed: ${words})`,
      spec.location,
      `write \`${name}:\` as ${Array.isArray(allowed) ? `one of ${words}` : words}`,
      { workload: spec.name, attribute: name, value: String(given), allowed: Array.isArray(allowed) ? allowed.map(String) : [words] },
    );
  }
}

function allowedValue(allowed: Allowed, n: Decimal): boolean {
  if (Array.isArray(allowed)) return allowed.some((v) => n.equals(v));
  if (allowed.integer && !n.isInteger()) return false;
  return (
    (allowed.gte === undefined || n.greaterThanOrEqualTo(allowed.gte)) && (allowed.lte === undefined || n.lessThanOrEqualTo(allowed.lte))
  );
}

/** `4, 6, 8`; `a whole number from 2 to 10`. */
export function describeAllowed(allowed: Allowed): string {
  if (Array.isArray(allowed)) return allowed.join(', ');
  const kind = allowed.integer ? 'a whole number' : 'a number';
  if (allowed.gte !== undefined && allowed.lte !== undefined) return `${kind} from ${allowed.gte} to ${allowed.lte}`;
  if (allowed.gte !== undefined) return `${kind} of at least ${allowed.gte}`;
  if (allowed.lte !== undefined) return `${kind} up to ${allowed.lte}`;
  return kind;
}

/**
 * Runway bills at least a model's minimum per generation: 10 runs of seedance2_5 at 480p for
 * 3 s meter 3 x 20 = 60 credits each, below the 80-credit minimum, so a line adds
 * 10 x (80 - 60) = 200 credits and the workload bills 800. Lines stay rate x usage; this one
 * shows where the floor lifted the bill.
 */
function minimumLine(
  model: Model,
  plan: ModelPlan,
  provider: ProviderCatalog,
  ctx: UsageContext,
  lines: readonly EstimateLine[],
): EstimateLine | undefined {
  const floor = model.minimum;
  if (!floor || ctx.value('runs') === undefined) return undefined;
  const runs = ctx.num('runs');
  if (runs.isZero()) return undefined;
  const metered = sum(lines.map((l) => l.amount));
  const owed = runs.times(floor.amount);
  if (metered.greaterThanOrEqualTo(owed)) return undefined;
  const amount = owed.minus(metered);
  const unit = provider.currency === 'credits' ? 'credits' : 'USD';
  return {
    charge: 'minimum',
    label: `minimum ${floor.amount} ${unit} per request applied (metered ${exact(quotient(metered, runs))})`,
    unit: 'request',
    quantity: runs,
    billedQuantity: runs,
    rate: Object.freeze({
      amount: floor.amount,
      per: '1',
      unit: 'request' as const,
      currency: provider.currency,
      basis: floor.basis,
      source: floor.source,
      checkedAt: floor.checkedAt,
      verified: floor.verified,
      ...(floor.note ? { note: floor.note } : {}),
      // the model's layer (price file or catalog) set the floor as it set the rates
      ...priceOrigin(model.rates[0]!),
    }),
    amount,
    amountUsd: plan.creditUsdIsOne ? amount : amount.times(plan.creditUsd),
    basis: floor.basis,
  };
}

function matchesAll(plan: RatePlan, value: (name: string) => AttributeValue | undefined): boolean {
  for (const [k, matches] of plan.matchers) {
    const v = value(k);
    if (v === undefined || !matches(v)) return false;
  }
  return true;
}

function noSingleMatch(
  model: Model,
  charge: string,
  rates: RatePlan[],
  count: number,
  value: (n: string) => AttributeValue | undefined,
): string {
  const keys = [...new Set(rates.flatMap((r) => Object.keys(r.rate.when)))];
  const given = keys.map((k) => `${k}: ${String(value(k))}`).join(', ');
  if (count > 1) return `${model.id}: more than one price matches ${given} (the catalog is ambiguous; run \`genspend catalog check\`)`;
  const priced = rates
    .map((r) =>
      Object.entries(r.rate.when)
        .map(([k, c]) => `${k} ${describeCondition(c)}`)
        .join(', '),
    )
    .join('; ');
  return `${model.id} has no ${charge === 'base' ? '' : `"${charge}" `}price for ${given} (priced: ${priced})`;
}

/**
 * The least and the most the workload may bill where a rate carries a range: each such rate is
 * priced again at its low and its high, with the same usage and rounding, the others stay as
 * they are, and the model's minimum still floors each end.
 */
function priceRange(
  model: Model,
  plan: ModelPlan,
  ctx: UsageContext,
  chosen: readonly RatePlan[],
  byRate: readonly EstimateLine[][],
  out: WorkloadEstimate,
): void {
  const scratch = { assumptions: [] as string[] };
  const end = (side: 'low' | 'high'): Decimal => {
    let metered = ZERO;
    chosen.forEach((rate, i) => {
      const other = rangePlan(rate, side);
      const lines = other ? linesFor(other, plan, ctx, scratch) : byRate[i]!;
      metered = metered.plus(sum(lines.map((l) => l.amount)));
    });
    const runs = model.minimum && ctx.value('runs') !== undefined ? ctx.num('runs') : undefined;
    if (runs && !runs.isZero()) metered = Decimal.max(metered, runs.times(model.minimum!.amount));
    return plan.creditUsdIsOne ? metered : metered.times(plan.creditUsd);
  };
  const low = Decimal.min(end('low'), out.cost!);
  const high = Decimal.max(end('high'), out.cost!);
  out.range = { low, high };
  for (const { rate } of chosen) {
    if (!rate.range) continue;
    const from = rate.range.source ? ` (${rate.range.source})` : '';
    out.assumptions.push(`price range ${formatUsd(low)} to ${formatUsd(high)}: ${rate.range.note}${from}`);
  }
}

const rangePlans = new WeakMap<RatePlan, { low?: RatePlan; high?: RatePlan }>();

/** The rate priced at one end of its range, made once per rate (measured prices cache by rate). */
function rangePlan(plan: RatePlan, side: 'low' | 'high'): RatePlan | undefined {
  const value = plan.rate.range?.[side];
  if (value === undefined) return undefined;
  let ends = rangePlans.get(plan);
  if (!ends) rangePlans.set(plan, (ends = {}));
  let other = ends[side];
  if (!other) {
    other =
      typeof value === 'string'
        ? { ...plan, amount: money(value), rate: { ...plan.rate, amount: value } }
        : { ...plan, rate: { ...plan.rate, measured: value } };
    ends[side] = other;
  }
  return other;
}

function linesFor(plan: RatePlan, model: ModelPlan, ctx: UsageContext, out: Pick<WorkloadEstimate, 'assumptions'>): EstimateLine[] {
  const { rate } = plan;
  let ref = plan.ref;
  let basis: Basis = rate.basis;
  let perImage: Decimal | undefined;
  let components: UsageComponent[];
  if (rate.measured) {
    const m = measuredPrice(rate, ctx);
    perImage = m.amount;
    ref = { ...ref, amount: exact(m.amount) };
    basis = m.basis;
    if (m.assumption) out.assumptions.push(m.assumption);
    components = usageFor('image', rate, ctx);
  } else {
    components = usageFor(rate.unit, rate, ctx);
  }
  return components.map((c) => {
    const quantity = times(c.count, c.each);
    const billedQuantity = billed(plan, c, quantity);
    let amount: Decimal;
    if (perImage) amount = billedQuantity.times(perImage);
    else if (plan.tiers) amount = tiered(plan, billedQuantity);
    else if (plan.included) amount = withIncluded(plan, c.count, billedQuantity);
    else amount = plan.perIsOne ? billedQuantity.times(plan.amount!) : quotient(billedQuantity.times(plan.amount!), plan.per);
    if (rate.unit === 'gb_month') {
      // held for the period: a 168-hour week is 168/730 of a month's GB price
      const hours = PERIOD_HOURS[ctx.period];
      amount = quotient(amount.times(hours), PERIOD_HOURS.month);
      if (ctx.period !== 'month') out.assumptions.push(`storage prorated to ${hours} of ${PERIOD_HOURS.month} hours`);
    }
    return {
      charge: rate.charge,
      label: rate.charge === 'base' ? c.label : `${rate.charge}: ${c.label}`,
      unit: rate.unit,
      quantity,
      billedQuantity,
      rate: ref,
      amount,
      amountUsd: model.creditUsdIsOne ? amount : amount.times(model.creditUsd),
      basis,
    };
  });
}

/** Applies the rate's rounding: Runpod 2.3 s -> 3 s per request (ceil, step 1, scope request). */
function billed(plan: RatePlan, c: UsageComponent, quantity: Decimal): Decimal {
  const r = plan.rounding;
  if (!r) return quantity;
  const round = (x: Decimal) => (r.stepIsOne ? x.toDecimalPlaces(0, r.mode) : x.dividedBy(r.step).toDecimalPlaces(0, r.mode).times(r.step));
  return r.scope === 'request' ? c.count.times(round(c.each)) : round(quantity);
}

/** A first block billed flat per request, then the rate per unit beyond it: 10 s of Kling 2.5 Turbo Pro = $0.35 + 5 x $0.07. */
function withIncluded(plan: RatePlan, count: Decimal, billedQuantity: Decimal): Decimal {
  if (count.isZero()) return ZERO;
  const { quantity, amount } = plan.included!;
  const extra = Decimal.max(ZERO, billedQuantity.dividedBy(count).minus(quantity));
  const perRequest = amount.plus(plan.perIsOne ? extra.times(plan.amount!) : quotient(extra.times(plan.amount!), plan.per));
  return count.times(perRequest);
}

/** Graduated tiers: Runpod volumes, 1,500 GB = 1,000 x $0.07 + 500 x $0.05 = $95 per month. */
function tiered(plan: RatePlan, quantity: Decimal): Decimal {
  let remaining = quotient(quantity, plan.per);
  let floor = ZERO;
  let total = ZERO;
  for (const tier of plan.tiers!) {
    const cap = tier.cap && quotient(tier.cap, plan.per);
    const inTier = cap === undefined ? remaining : Decimal.min(remaining, cap.minus(floor));
    if (inTier.lessThanOrEqualTo(0)) break;
    total = total.plus(inTier.times(tier.amount));
    remaining = remaining.minus(inTier);
    if (cap !== undefined) floor = cap;
  }
  return total;
}

type MeasuredPrice = { amount: Decimal; basis: Basis; assumption?: string };
const measuredPrices = new WeakMap<Rate, Map<string, MeasuredPrice>>();

/** modelFromMeasured, once per rate and size: a manifest repeats a few sizes over many workloads. */
function measuredPrice(rate: Rate, ctx: UsageContext): MeasuredPrice {
  const key = `${ctx.num('width').toString()}x${ctx.num('height').toString()}x${ctx.num('steps').toString()}`;
  let prices = measuredPrices.get(rate);
  if (!prices) measuredPrices.set(rate, (prices = new Map()));
  let price = prices.get(key);
  if (!price) prices.set(key, (price = modelFromMeasured(rate, ctx)));
  return price;
}

/**
 * Compute-billed models (Runware) publish measured runs, not rates. An exact configuration
 * match is `measured`; anything else is `modeled` from the nearest run, scaled linearly by
 * pixels and steps: 1024x1024 x 28 steps at $0.0038 -> 1024x1024 x 14 steps = $0.0019.
 * Nearest means closest in pixels first, then in steps: cost is far from linear in pixels
 * (Runware measures 512x512 at half, not a quarter, of 1024x1024), so a run at the same size
 * is the better base.
 */
function modelFromMeasured(rate: Rate, ctx: UsageContext): MeasuredPrice {
  const w = ctx.num('width');
  const h = ctx.num('height');
  const steps = ctx.num('steps');
  const work = w.times(h).times(steps);
  const spread = (a: Decimal, b: number) => {
    const ratio = a.dividedBy(b);
    return Decimal.max(ratio, money(1).dividedBy(ratio));
  };
  let best: { run: NonNullable<Rate['measured']>[number]; pixels: Decimal; steps: Decimal } | undefined;
  for (const run of rate.measured!) {
    if (w.equals(run.width) && h.equals(run.height) && steps.equals(run.steps)) return { amount: money(run.amount), basis: 'measured' };
    const candidate = { run, pixels: spread(w.times(h), run.width * run.height), steps: spread(steps, run.steps) };
    const better =
      !best || candidate.pixels.lessThan(best.pixels) || (candidate.pixels.equals(best.pixels) && candidate.steps.lessThan(best.steps));
    if (better) best = candidate;
  }
  const { run } = best!;
  const amount = quotient(money(run.amount).times(work), run.width * run.height * run.steps);
  return {
    amount,
    basis: 'modeled',
    assumption: `modeled: scaled from the measured run at ${run.width}x${run.height}, ${run.steps} steps ($${run.amount} per image) by pixels and steps`,
  };
}

function runpodCapacityWarning(ctx: UsageContext, value: (n: string) => AttributeValue | undefined, out: WorkloadEstimate): void {
  if (value('worker') !== 'active' || value('runs') === undefined || value('seconds') === undefined) return;
  const demand = ctx.num('runs').times(ctx.num('seconds').ceil());
  const capacity = ctx.num('activeWorkers').times(PERIOD_HOURS[ctx.period] * 3600);
  if (demand.greaterThan(capacity)) {
    out.warnings.push(
      `jobs need ${demand.toFixed()} GPU-seconds but ${ctx.num('activeWorkers').toFixed()} active worker(s) provide ${capacity.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`,
    );
  }
}

/** Prices many workloads, collecting every input error so a user fixes them all in one pass. */
export function estimateWorkloads(specs: readonly WorkloadSpec[], catalog: Catalog, period: Period): WorkloadEstimate[] {
  return mapAll(specs, (spec) => estimateWorkload(spec, catalog, period));
}
