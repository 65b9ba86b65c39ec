import { priceOrigin } from '../catalog/origin.js';
import type { ProviderCatalog, Model, Rate } from '../catalog/schema.js';
import { ATTRIBUTE_RULES } from '../manifest/fields.js';
import { Decimal, money } from '../money.js';
import { compileCondition, type Matcher } from './match.js';
import type { AttributeValue, RateRef } from './types.js';

/** A rate with its numbers parsed once: the hot path multiplies Decimals, never re-parses strings. */
export interface RatePlan {
  rate: Rate;
  amount: Decimal | undefined;
  per: Decimal;
  perIsOne: boolean;
  rounding: { step: Decimal; stepIsOne: boolean; mode: RoundingMode; scope: 'request' | 'total' } | undefined;
  tiers: { cap: Decimal | undefined; amount: Decimal }[] | undefined;
  included: { quantity: Decimal; amount: Decimal } | undefined;
  conditions: [string, Rate['when'][string]][];
  /** The conditions compiled (range bounds parsed once), in the same order. */
  matchers: [string, Matcher][];
  /** Shared by every line priced with this rate (measured rates copy it with their modeled amount). */
  ref: RateRef;
}

/** A model's pricing, compiled once per catalog entry. */
export interface ModelPlan {
  /** Base rates grouped by charge; each charge must match exactly one rate. */
  charges: [string, RatePlan[]][];
  /** Provider surcharges that can apply to this model. */
  surcharges: RatePlan[];
  /** Attribute names the model's rate conditions read. */
  conditionKeys: string[];
  /** USD per unit of the catalog's currency (1 for USD, 0.01 for Runway credits). */
  creditUsd: Decimal;
  creditUsdIsOne: boolean;
  /** The provider's defaults and the model's, numbers as Decimals. */
  defaults: Record<string, AttributeValue>;
  /** Attributes the usage and conditions need, by worker type (Runpod active workers need others). */
  required: Map<string | undefined, string[]>;
  /** Attributes that can change the price, by worker type; any other a workload gives is ignored. */
  priced: Map<string | undefined, ReadonlySet<string>>;
  /**
   * For attributes that take one of a set of words (resolution, quality, format, worker): every
   * value the catalog knows, by its lower-case form, in the catalog's spelling.
   */
  choices: Map<string, Map<string, string>>;
}

const plans = new WeakMap<Model, ModelPlan>();

const ROUNDING_MODES = { ceil: Decimal.ROUND_CEIL, floor: Decimal.ROUND_FLOOR, 'half-up': Decimal.ROUND_HALF_UP } as const;
type RoundingMode = (typeof ROUNDING_MODES)[keyof typeof ROUNDING_MODES];

function planRate(rate: Rate, provider: ProviderCatalog): RatePlan {
  return {
    rate,
    amount: rate.amount === undefined ? undefined : money(rate.amount),
    per: money(rate.per),
    perIsOne: money(rate.per).equals(1),
    rounding: rate.rounding && {
      step: money(rate.rounding.step),
      stepIsOne: money(rate.rounding.step).equals(1),
      mode: ROUNDING_MODES[rate.rounding.mode],
      scope: rate.rounding.scope,
    },
    tiers: rate.tiers?.map((t) => ({ cap: t.upTo === undefined ? undefined : money(t.upTo), amount: money(t.amount) })),
    included: rate.included && { quantity: money(rate.included.quantity), amount: money(rate.included.amount) },
    conditions: Object.entries(rate.when),
    matchers: Object.entries(rate.when).map(([k, c]) => [k, compileCondition(c)]),
    ref: Object.freeze({
      amount: rate.amount ?? null,
      ...(rate.tiers ? { tiers: rate.tiers } : {}),
      ...(rate.included ? { included: rate.included } : {}),
      per: rate.per,
      unit: rate.unit,
      currency: provider.currency,
      basis: rate.basis,
      source: rate.source,
      checkedAt: rate.checkedAt,
      verified: rate.verified,
      ...(rate.note ? { note: rate.note } : {}),
      ...priceOrigin(rate),
    }),
  };
}

/** The provider surcharges that can apply to a model: those for its kind, unless it is excepted. */
export function surchargesFor(provider: ProviderCatalog, model: Model): ProviderCatalog['surcharges'] {
  return provider.surcharges.filter((s) => s.appliesTo.includes(model.kind) && !s.except.includes(model.id));
}

export function planFor(provider: ProviderCatalog, model: Model): ModelPlan {
  let plan = plans.get(model);
  if (plan) return plan;
  const creditUsd = provider.currency === 'credits' ? money(provider.credit!.usd) : money(1);
  const charges = new Map<string, RatePlan[]>();
  for (const rate of model.rates) charges.set(rate.charge, [...(charges.get(rate.charge) ?? []), planRate(rate, provider)]);
  plan = {
    charges: [...charges.entries()],
    surcharges: surchargesFor(provider, model).map((s) => planRate(s, provider)),
    conditionKeys: [...new Set(model.rates.flatMap((r) => Object.keys(r.when)))],
    creditUsd,
    creditUsdIsOne: creditUsd.equals(1),
    defaults: Object.fromEntries(
      Object.entries({ ...provider.defaults, ...model.defaults }).map(([k, v]) => [k, typeof v === 'number' ? money(v) : v]),
    ),
    required: new Map(),
    priced: new Map(),
    choices: new Map(),
  };
  plan.choices = choicesOf(provider, model, [...plan.charges.flatMap(([, rates]) => rates), ...plan.surcharges], plan.defaults);
  plans.set(model, plan);
  return plan;
}

const ENUMS = Object.entries(ATTRIBUTE_RULES).flatMap(([name, rule]) => (rule.type === 'enum' ? [[name, rule.values] as const] : []));

/**
 * The words each attribute may take for this model: those its rates and surcharges name, the
 * catalog's `accepts` (values that cost nothing extra, such as mp4), its defaults, and the
 * manifest's own enums. An attribute read as a number or a range (bitDepth, megapixels) or a
 * boolean has no list: any value of its type is valid. Provider-wide `accepts` count only for
 * an attribute this model's prices read (Runway image models take other formats than video).
 */
function choicesOf(
  provider: ProviderCatalog,
  model: Model,
  rates: readonly RatePlan[],
  defaults: Record<string, AttributeValue>,
): Map<string, Map<string, string>> {
  const words = new Map<string, string[]>();
  const notWords = new Set<string>();
  for (const { rate } of rates) {
    for (const [name, condition] of Object.entries(rate.when)) {
      const values = Array.isArray(condition) ? condition : [condition];
      if (values.every((v) => typeof v === 'string')) words.set(name, [...(words.get(name) ?? []), ...(values as string[])]);
      else notWords.add(name);
    }
  }
  for (const name of notWords) words.delete(name);
  for (const [name, values] of Object.entries(provider.accepts)) if (words.has(name)) words.get(name)!.push(...values);
  for (const [name, values] of Object.entries(model.accepts)) words.set(name, [...(words.get(name) ?? []), ...values]);
  // GPU-second usage reads `worker` even where no rate names it (fal's GPUs): spot must not bill as flex
  const readsWorker = rates.some(({ rate }) => rate.unit === 'gpu_second');
  for (const [name, values] of ENUMS) {
    if (words.has(name) || (name === 'worker' && readsWorker)) words.set(name, [...(words.get(name) ?? []), ...values]);
  }
  const out = new Map<string, Map<string, string>>();
  for (const [name, values] of words) {
    const d = defaults[name];
    const known = new Map<string, string>();
    for (const v of typeof d === 'string' ? [...values, d] : values)
      if (!known.has(v.trim().toLowerCase())) known.set(v.trim().toLowerCase(), v);
    out.set(name, known);
  }
  return out;
}
