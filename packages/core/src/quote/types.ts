import type { Catalog } from '../catalog/lookup.js';
import type { Decimal } from '../money.js';
import type { AttributeName } from '../manifest/fields.js';
import type { AttributeValue, WorkloadEstimate, WorkloadSpec } from '../estimate/types.js';

export const QUOTE_PROVIDERS = ['fal', 'runway', 'runware', 'runpod'] as const;
export type QuoteProvider = (typeof QUOTE_PROVIDERS)[number];

export interface QuoteOptions {
  /** The catalog to price with (a price file applied, say); the built-in one when left out. */
  catalog?: Catalog;
  /** What the body came from, for error locations: a file name, `-`. */
  file?: string;
  /**
   * Figures the price depends on that a request body does not carry (the length of a video an
   * upscaler is sent), by genspend attribute name: `{ seconds: 12 }`. A quote that needs one and
   * lacks it is an error naming it, never a guess.
   */
  given?: Readonly<Partial<Record<AttributeName, string | number | boolean>>>;
  /** Runpod: expected execution seconds of one job (not in the body). */
  seconds?: string | number;
  /** Runpod: the endpoint's worker type. */
  worker?: 'flex' | 'active';
}

/** A default the quote filled in for a field the body left out, and where the default is stated. */
export interface AssumedField {
  readonly field: string;
  readonly value: string;
  readonly source: string;
}

/** One priced job of a request (a Runware batch has one per task). */
export interface QuotedJob {
  /** The workload a manifest would declare for this job (one run): the manifest estimate of it is `estimate`. */
  readonly workload: WorkloadSpec;
  readonly estimate: WorkloadEstimate;
  /** Body fields that priced the job. */
  readonly read: readonly string[];
  readonly assumed: readonly AssumedField[];
  /** Body fields that cannot change this job's price (a prompt, a seed) or that genspend does not know. */
  readonly ignored: readonly string[];
  /** Runpod with `policy.executionTimeout`: the most one job can be billed, at the timeout. */
  readonly high?: { readonly seconds: Decimal; readonly estimate: WorkloadEstimate };
}

export interface Quote {
  readonly provider: QuoteProvider;
  readonly target: string | undefined;
  readonly jobs: readonly QuotedJob[];
  /** The body was a Runware task array: one job per task, reported as a list. */
  readonly batch: boolean;
  /** USD for the whole request; null when any job is unpriced (never a partial sum shown as the price). */
  readonly cost: Decimal | null;
  /** Runway: the same in credits. */
  readonly credits: Decimal | null;
}

/** A genspend attribute a body field gave (or a default for it), before the catalog says whether it prices the job. */
export interface MappedValue {
  readonly attribute: AttributeName;
  readonly value: AttributeValue;
  /** The body field it came from (`input.image_size`). */
  readonly field: string;
  /** Fields the body gave that the value was derived from too (a video's size from `resolution` and `aspect_ratio`). */
  readonly also?: readonly string[];
  /** How the field's value is shown in `assumed` (`landscape_4_3 (1024x768)`). */
  readonly shown?: string;
  /** Set when the value is a default: where the default is stated. */
  readonly defaultFrom?: string;
}

/** A provider request read into genspend's terms: what `price` turns into a QuotedJob. */
export interface MappedJob {
  readonly name: string;
  readonly model: string | undefined;
  /** Body fields that say which job it is (a Runware task's `taskType` and `model`): always read. */
  readonly keys?: readonly string[];
  readonly values: readonly MappedValue[];
  /** Every field the body holds, at the depth the mapper reads it. */
  readonly fields: readonly string[];
  /** Set when the request cannot be priced whatever the catalog holds (a task type genspend does not price). */
  readonly unpriced?: string;
  /** How to ask for an attribute the body lacks: the provider's field (`duration`) or what it measures. */
  readonly asks?: (attribute: AttributeName) => string | undefined;
  /**
   * Attributes the price needs when the model prices them, that the body shows are in play but
   * cannot measure (reference videos billed by their length): asked for unless `given`.
   */
  readonly needs?: readonly { readonly attribute: AttributeName; readonly ask: string; readonly field: string }[];
  /** Path prefix of the job in the body (`[2]` for a Runware task), for errors. */
  readonly at: string;
  /** `shown`: the timeout as the assumed value reads (`600000 ms`), when it is a default. */
  readonly high?: { readonly seconds: Decimal; readonly field: string; readonly defaultFrom?: string; readonly shown?: string };
  /** Runpod worker type, which decides the attributes a GPU prices. */
  readonly worker?: string;
  /** The body fields this provider prices by (their last path segment), for "did you mean" on an ignored near miss. */
  readonly known?: readonly string[];
  /** Fields the provider's requests commonly carry that never change a price (prompt, seed): not checked as near misses. */
  readonly common?: ReadonlySet<string>;
}
