import { z } from 'zod';
import { ARCHITECTURES } from '../manifest/fields.js';
import { money } from '../money.js';

/**
 * The catalog's zod schemas, built on first use: a run that reads only the shipped catalog
 * (validated when `npm run generate` wrote it) and no price file never builds them, and building
 * them was the largest part of loading the core.
 */
export function catalogSchemas(): CatalogSchemas {
  return (built ??= define());
}

let built: CatalogSchemas | undefined;
export type CatalogSchemas = ReturnType<typeof define>;

function define() {
  /** A price exactly as the provider publishes it: a non-negative decimal string ("0.00116"). */
  const DecimalString = z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/, { message: 'expected a non-negative decimal string such as "0.00116"' });

  const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD' });

  /**
   * Units a rate can be priced in. How a workload's attributes become a quantity of each unit
   * is a billing rule, and lives in estimate/usage.ts.
   */
  const Unit = z.enum([
    'image', // runs x results
    'megapixel', // runs x results x width*height/1e6
    'video', // runs x results
    'video_second', // runs x results x seconds
    'audio_second', // runs x seconds (of input audio)
    'character', // runs x characters
    'request', // runs
    'gpu_second', // Runpod worker time: execution, cold start, idle; or always-on active workers
    'gb_month', // storage held for the period
    'reference_image', // runs x referenceImages (media sent with the request, not generated)
    'reference_video_second', // runs x referenceVideoSeconds
    'runner_second', // fal Serverless runner time: execution, setup, keep-alive and teardown per wake-up
    'video_token', // runs x results x width*height*fps*seconds/1024 (fal Seedance)
  ]);

  /** contract: a negotiated rate; account: the provider's rate for this account, read by `genspend prices lock`. */
  const Basis = z.enum(['published', 'measured', 'modeled', 'contract', 'account']);

  const Scalar = z.union([z.string(), z.boolean(), z.number()]);
  const Range = z
    .object({ gt: z.number().optional(), gte: z.number().optional(), lt: z.number().optional(), lte: z.number().optional() })
    .strict()
    .refine((r) => Object.keys(r).length > 0, { message: 'a range needs at least one of gt, gte, lt, lte' });

  /** A condition on one request attribute: a value, one of several values, or a numeric range. */
  const Condition = z.union([Scalar, z.array(Scalar).min(1), Range]);

  const Rounding = z
    .object({
      /** ceil: partial units are billed as whole ones (Runpod: 2.3 s -> 3 s). */
      mode: z.enum(['ceil', 'floor', 'half-up']),
      /** Size of one billed step, in the rate's unit (1 second, 50 characters). */
      step: DecimalString.default('1'),
      /** request: each run is rounded on its own (the common case); total: the period's sum is. */
      scope: z.enum(['request', 'total']).default('request'),
    })
    .strict();

  const Tier = z
    .object({
      /** Upper bound of this tier in the rate's unit (exclusive of the next tier); omit on the last tier. */
      upTo: DecimalString.optional(),
      amount: DecimalString,
    })
    .strict();

  /** A provider-published measured run of a compute-billed model: config -> cost of one output. */
  const MeasuredRun = z
    .object({
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      steps: z.number().int().positive(),
      amount: DecimalString,
    })
    .strict();

  /**
   * Where a rate is uncertain (a modeled price, an "as low as" figure, two sources that disagree),
   * the lowest and highest it may bill, in the rate's own form: another amount for an `amount`
   * rate, other measured runs for a `measured` one. Runware FLUX.1 [dev]: the model page measures
   * $0.0038 at 1024x1024 and 28 steps, while Runware's worked example was charged $0.0013.
   */
  const RateRange = z
    .object({
      low: z.union([DecimalString, z.array(MeasuredRun).min(1)]).optional(),
      high: z.union([DecimalString, z.array(MeasuredRun).min(1)]).optional(),
      /** Where the other figure was published, when not the rate's own source. */
      source: z.url().optional(),
      /** Why the rate may bill otherwise. */
      note: z.string().min(1),
    })
    .strict()
    .refine((r) => r.low !== undefined || r.high !== undefined, { message: 'a range needs `low`, `high` or both' });

  const Provenance = {
    /** Where the figure was published. */
    source: z.url({ message: 'expected the URL where the price is published' }),
    /** The day someone last compared this entry with its source. */
    checkedAt: IsoDate,
    /** The day the provider started charging this price (when known; else the first day it was seen). */
    effectiveFrom: IsoDate,
    basis: Basis,
    /** false: the figure could not be confirmed against its source; reports flag it. */
    verified: z.boolean().default(true),
    note: z.string().optional(),
  };

  const Rate = z
    .object({
      /** Component of the bill this rate prices ("base", "cold start"...). One match per charge. */
      charge: z.string().min(1).default('base'),
      unit: Unit,
      /** Price per `per` units. Exactly one of amount, tiers, measured. */
      amount: DecimalString.optional(),
      tiers: z.array(Tier).min(1).optional(),
      measured: z.array(MeasuredRun).min(1).optional(),
      per: DecimalString.default('1'),
      /** For unit megapixel: pixels in one megapixel as the provider counts them (1000000 or 1048576). */
      pixelsPerMegapixel: DecimalString.optional(),
      /** For unit gb_month: the workload attribute that holds the GB (default `volumeGB`). */
      quantityFrom: z.enum(['volumeGB', 'containerDiskGB']).optional(),
      when: z.record(z.string(), Condition).default({}),
      /** Attributes the workload must leave out for this rate to apply (a flat price when no duration is given). */
      absent: z.array(z.string().min(1)).min(1).optional(),
      /**
       * The charge may match no rate: it is billed only when the workload gives what its
       * conditions read (reference images), and those attributes are not required.
       */
      optional: z.boolean().optional(),
      rounding: Rounding.optional(),
      /**
       * A first block billed flat, then `amount` per unit beyond it, per request: fal Kling 2.5
       * Turbo Pro is $0.35 for the first 5 s of each clip, then $0.07 per extra second.
       */
      included: z.object({ quantity: DecimalString, amount: DecimalString }).strict().optional(),
      range: RateRange.optional(),
      ...Provenance,
    })
    .strict()
    .superRefine((rate, ctx) => {
      if (rate.range) rangeIssues(rate, ctx);
      if (rate.included && rate.amount === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['included'],
          message: '`included` prices a first block ahead of `amount`: give `amount`, not tiers',
        });
      }
      const given = [rate.amount, rate.tiers, rate.measured].filter((v) => v !== undefined).length;
      if (given !== 1) ctx.addIssue({ code: 'custom', message: 'give exactly one of `amount`, `tiers` or `measured`' });
      if (rate.per === '0') ctx.addIssue({ code: 'custom', path: ['per'], message: '`per` must be greater than 0' });
      if (rate.tiers) {
        rate.tiers.forEach((tier, i) => {
          const last = i === rate.tiers!.length - 1;
          if (last !== (tier.upTo === undefined)) {
            ctx.addIssue({
              code: 'custom',
              path: ['tiers', i, 'upTo'],
              message: 'every tier but the last needs `upTo`; the last has none',
            });
          }
        });
      }
      if (rate.unit === 'megapixel' && rate.pixelsPerMegapixel === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['pixelsPerMegapixel'],
          message: 'a megapixel rate must say how many pixels make one megapixel',
        });
      }
      if (rate.measured && rate.unit !== 'image') {
        ctx.addIssue({ code: 'custom', path: ['unit'], message: 'measured runs price one image: use unit `image`' });
      }
    });

  /** A range takes the rate's own form and brackets its figure: low <= amount <= high. */
  function rangeIssues(rate: z.infer<typeof Rate>, ctx: z.RefinementCtx): void {
    const range = rate.range!;
    const form = rate.amount !== undefined ? 'amount' : rate.measured ? 'measured' : 'tiers';
    for (const side of ['low', 'high'] as const) {
      const v = range[side];
      if (v === undefined) continue;
      const path = ['range', side];
      if (form === 'tiers') {
        ctx.addIssue({ code: 'custom', path, message: 'a tiered rate cannot carry a range yet: give the rate as `amount`' });
      } else if (form === 'amount' && typeof v !== 'string') {
        ctx.addIssue({ code: 'custom', path, message: `an \`amount\` rate's \`range.${side}\` is an amount such as "0.0013"` });
      } else if (form === 'measured' && typeof v === 'string') {
        ctx.addIssue({ code: 'custom', path, message: `a measured rate's \`range.${side}\` is a list of measured runs` });
      } else if (form === 'amount' && typeof v === 'string') {
        const [a, b] = side === 'low' ? [v, rate.amount!] : [rate.amount!, v];
        if (money(a).greaterThan(b)) {
          ctx.addIssue({ code: 'custom', path, message: `\`range.${side}\` ${v} is on the wrong side of \`amount\` ${rate.amount}` });
        }
      }
    }
  }

  /** A charge that applies on top of a model's rates when its conditions match (e.g. ProRes output). */
  const Surcharge = Rate.and(
    z.object({
      /** Which model kinds it applies to. */
      appliesTo: z.array(z.string()).min(1),
      /** Model ids it does not apply to (a model whose own rate already covers it). */
      except: z.array(z.string()).default([]),
    }),
  );

  /**
   * Values an attribute may take beyond those a rate or surcharge names (mp4 output, which costs
   * nothing extra). A value the catalog names nowhere is an input error; a named value no rate
   * prices is a gap in the catalog (unpriced).
   */
  const Accepts = z.record(z.string(), z.array(z.string().min(1)).min(1)).default({});

  /**
   * Values a model accepts for a numeric attribute (durations): a list, or a range with an
   * optional whole-number rule. Any other value is an input error naming these.
   */
  const Allowed = z.union([
    z.array(z.number()).min(1),
    z.object({ gte: z.number().optional(), lte: z.number().optional(), integer: z.boolean().default(false) }).strict(),
  ]);

  /** A per-request floor: a request whose metered amount is below it bills the minimum. */
  const Minimum = z
    .object({
      /** In the catalog's currency, per request (run). */
      amount: DecimalString,
      ...Provenance,
    })
    .strict();

  /** The provider stopped accepting the model; old manifests are still priced at its last rate, with a warning. */
  const Retired = z
    .object({
      on: IsoDate,
      /** The model id that replaces it, in the same catalog. */
      replacement: z.string().min(1),
      source: z.url(),
    })
    .strict();

  const ModelKind = z.enum(['image', 'video', 'audio', 'gpu', 'storage', 'other']);

  const Model = z
    .object({
      id: z.string().min(1),
      name: z.string().min(1),
      kind: ModelKind,
      /** Other names users write for the same model (Runpod pools several GPUs at one price). */
      aliases: z.array(z.string().min(1)).default([]),
      /** Attributes the estimate needs beyond those its rates' units and conditions imply. */
      requires: z.array(z.string()).default([]),
      /** Values assumed when a workload leaves an attribute out; every one used is reported. */
      defaults: z.record(z.string(), Scalar).default({}),
      accepts: Accepts,
      allowed: z.record(z.string(), Allowed).optional(),
      minimum: Minimum.optional(),
      retired: Retired.optional(),
      rates: z.array(Rate).min(1),
      /** The provider's own group id for the model (a Runpod Serverless pool: `ADA_24`), with where it is named. */
      pool: z
        .object({
          id: z.string().min(1),
          source: z.url(),
          checkedAt: IsoDate,
          verified: z.boolean().default(true),
          note: z.string().optional(),
        })
        .strict()
        .optional(),
      note: z.string().optional(),
    })
    .strict();

  /**
   * Names users write that the catalog knows but cannot price: a Runpod GPU that runs on Pods
   * only (in no Serverless pool), or a pool with no published price. A workload naming one is
   * unpriced with this reason, not "unknown".
   */
  const UnpricedName = z
    .object({
      ids: z.array(z.string().min(1)).min(1),
      /** ambiguous: the name fits several GPUs (or fal endpoints) of different prices; not-offered: no GPU type of the provider. */
      reason: z.enum(['outside-pools', 'no-published-price', 'ambiguous', 'not-offered']),
      /** For an ambiguous name: the ids to write instead, one per GPU it could mean. */
      instead: z.array(z.string().min(1)).min(1).optional(),
      /** What the names stand for, for the report ("RTX 5090"). */
      name: z.string().min(1),
      /** The pool the names belong to, when they have one. */
      pool: z.string().min(1).optional(),
      source: z.url(),
      checkedAt: IsoDate,
      verified: z.boolean().default(true),
      note: z.string().optional(),
    })
    .strict();

  /** A community model (a Civitai checkpoint) whose architecture a source states. */
  const CommunityModel = z
    .object({
      id: z.string().min(1),
      name: z.string().min(1),
      /** Where the architecture is stated (the model's Runware or Civitai page). */
      source: z.url({ message: 'expected the URL of the page that states the architecture' }),
      checkedAt: IsoDate,
      verified: z.boolean().default(true),
      note: z.string().optional(),
    })
    .strict();

  /**
   * Compute-billed pricing for every community model of one architecture: the provider's measured
   * runs of a base model of that architecture, and the community models known to be of it. A
   * workload names the architecture (`architecture: sdxl`) when the catalog does not know its model.
   */
  const ArchitectureEntry = z
    .object({
      id: z.enum(ARCHITECTURES),
      name: z.string().min(1),
      rates: z.array(Rate).min(1),
      models: z.array(CommunityModel).default([]),
      note: z.string().optional(),
    })
    .strict();

  const UsageTier = z
    .object({
      tier: z.number().int().positive(),
      /** Total credit purchases (USD) that unlock the tier. */
      purchasedUsd: DecimalString,
      /** Most USD of credits purchasable per 30 days on this tier. */
      maxMonthlySpendUsd: DecimalString,
    })
    .strict();

  const ProviderCatalog = z
    .object({
      $schema: z.string().optional(),
      provider: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'expected a lower-case provider id' }),
      name: z.string().min(1),
      /** What the rates are denominated in. Runway bills in credits. */
      currency: z.enum(['USD', 'credits']),
      /** USD value of one credit, with its own provenance; required when currency is credits. */
      credit: z.object({ usd: DecimalString, source: z.url(), checkedAt: IsoDate, effectiveFrom: IsoDate }).strict().optional(),
      /** Where the provider documents how it bills (rounding, what is free). */
      billingSource: z.url(),
      /** Defaults for every model of the provider (a model's own defaults win). */
      defaults: z.record(z.string(), Scalar).default({}),
      /** Values every model of the provider accepts (a model's own are added to them). */
      accepts: Accepts,
      surcharges: z.array(Surcharge).default([]),
      /** Published usage tiers (Runway), lowest first: what a plan's monthly spend needs. */
      usageTiers: z
        .object({
          source: z.url(),
          checkedAt: IsoDate,
          verified: z.boolean().default(true),
          note: z.string().optional(),
          tiers: z.array(UsageTier).min(1),
        })
        .strict()
        .optional(),
      models: z.array(Model).min(1),
      unpricedNames: z.array(UnpricedName).default([]),
      /** Compute-billed prices by model architecture, for community models (Runware). */
      architectures: z.array(ArchitectureEntry).default([]),
      /** AIR sources (`civitai`) whose models are community checkpoints, billed by architecture. */
      communitySources: z.array(z.string().regex(/^[a-z0-9-]+$/, { message: 'expected an AIR source such as `civitai`' })).default([]),
    })
    .strict()
    .superRefine((catalog, ctx) => {
      if (catalog.currency === 'credits' && !catalog.credit) {
        ctx.addIssue({ code: 'custom', path: ['credit'], message: 'a catalog priced in credits needs `credit.usd`' });
      }
      const seen = new Set<string>();
      catalog.architectures.forEach((a, i) => {
        if (seen.has(a.id))
          ctx.addIssue({ code: 'custom', path: ['architectures', i, 'id'], message: `architecture \`${a.id}\` is listed twice` });
        seen.add(a.id);
      });
    });
  return {
    DecimalString,
    Unit,
    Basis,
    Condition,
    Rounding,
    RateRange,
    Rate,
    Allowed,
    Surcharge,
    ModelKind,
    Model,
    UnpricedName,
    ArchitectureEntry,
    UsageTier,
    ProviderCatalog,
  };
}

export type Unit = z.infer<CatalogSchemas['Unit']>;
export type Basis = z.infer<CatalogSchemas['Basis']>;
export type Condition = z.infer<CatalogSchemas['Condition']>;
export type Rounding = z.infer<CatalogSchemas['Rounding']>;
export type RateRange = z.infer<CatalogSchemas['RateRange']>;
export type Rate = z.infer<CatalogSchemas['Rate']>;
export type Allowed = z.infer<CatalogSchemas['Allowed']>;
export type Model = z.infer<CatalogSchemas['Model']>;
export type UnpricedName = z.infer<CatalogSchemas['UnpricedName']>;
export type ArchitectureEntry = z.infer<CatalogSchemas['ArchitectureEntry']>;
export type UsageTier = z.infer<CatalogSchemas['UsageTier']>;
export type ProviderCatalog = z.infer<CatalogSchemas['ProviderCatalog']>;
export type ProviderCatalogInput = z.input<CatalogSchemas['ProviderCatalog']>;
