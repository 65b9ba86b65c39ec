import { type Decimal } from '../money.js';

/**
 * What each manifest field accepts, as plain data, from which schema.ts builds the zod schema
 * (errors and the JSON Schema); the estimator takes the types from here without loading zod.
 */

/** A number from the manifest, parsed exactly from its YAML source. Bounds keep nonsense out: 1e400 runs is a typo. */
export interface DecimalRule {
  readonly type: 'decimal';
  readonly min: string;
  readonly max: string;
  readonly integer?: boolean;
  /** The minimum itself is excluded. */
  readonly positive?: boolean;
}

export type FieldRule =
  | DecimalRule
  /** A non-empty string. */
  | { readonly type: 'text' }
  | { readonly type: 'boolean' }
  | { readonly type: 'enum'; readonly values: readonly [string, ...string[]] };

const count = { type: 'decimal', min: '0', max: '1e12' } as const;
const whole = (min: string, max: string) => ({ type: 'decimal', min, max, integer: true }) as const;
const text = { type: 'text' } as const;

/**
 * Model architectures Runware bills community checkpoints by (Civitai and other hosted AIRs): a
 * checkpoint costs what its architecture's compute costs. Which of them the catalog can price is
 * catalog data (`architectures:`); this list is what a manifest may name.
 */
export const ARCHITECTURES = ['sd1.5', 'sdxl', 'sd3', 'flux1-dev', 'flux1-schnell'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

/** Attributes a workload can carry. A model's catalog entry says which it needs. */
export const ATTRIBUTE_RULES = {
  runs: count,
  results: whole('1', '10000'),
  width: whole('1', '100000'),
  height: whole('1', '100000'),
  resolution: text,
  steps: whole('1', '10000'),
  seconds: { type: 'decimal', min: '0', max: '1e7' },
  /** Frames per second of a generated video (token-priced video counts every frame). */
  fps: whole('1', '1000'),
  /** Frames of a generated video (fal Wan 2.1 bills 1.25x above its default frame count). */
  frames: whole('1', '100000'),
  audio: { type: 'boolean' },
  quality: text,
  characters: whole('0', '1e9'),
  /** Images sent with the request as references (some models charge per reference). */
  referenceImages: whole('0', '100'),
  /** Seconds of reference video sent with the request. */
  referenceVideoSeconds: { type: 'decimal', min: '0', max: '86400' },
  format: text,
  bitDepth: whole('1', '64'),
  gpuCount: whole('1', '64'),
  worker: { type: 'enum', values: ['flex', 'active'] },
  coldStarts: count,
  coldStartSeconds: { type: 'decimal', min: '0', max: '86400' },
  idleSeconds: { type: 'decimal', min: '0', max: '86400' },
  activeWorkers: whole('0', '100000'),
  /** fal Serverless, per wake-up of a runner: setup (model load), the `keep_alive` idle, and teardown (draining, terminating). */
  setupSeconds: { type: 'decimal', min: '0', max: '86400' },
  keepAlive: { type: 'decimal', min: '0', max: '86400' },
  teardownSeconds: { type: 'decimal', min: '0', max: '86400' },
  volumeGB: { type: 'decimal', min: '0', max: '1e9' },
  /** Runpod container disk held over the period, in GB summed over the workers that hold it. */
  containerDiskGB: { type: 'decimal', min: '0', max: '1e9' },
  /** Which GPU of a Runpod fallback list prices the workload: the dearest (the default) or the first. */
  gpuPick: { type: 'enum', values: ['dearest', 'first'] },
  /** Runware: the architecture of a community model (`civitai:…@…`) the catalog does not know. */
  architecture: { type: 'enum', values: ARCHITECTURES },
} as const satisfies Record<string, FieldRule>;

export type AttributeName = keyof typeof ATTRIBUTE_RULES;
export const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTE_RULES) as AttributeName[];

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

export const BUDGET_RULES = {
  /** USD per period: fails when the change takes the total over it. */
  limit: count,
  /** USD per period: fails when head minus base is more. */
  maxIncrease: count,
  /** Percent of the base: fails when the increase is more. */
  maxIncreasePercent: { type: 'decimal', min: '0', max: '1e6' },
  /** What an unpriced workload does to the verdict. */
  unpriced: { type: 'enum', values: ['fail', 'warn'] },
  /** Which figure of an uncertain price the rules judge: the expected one, or the high end of its range. */
  judge: { type: 'enum', values: ['expected', 'high'] },
  /** What a model call in the code that no workload declares does to `genspend scan` and the Action. */
  undeclared: { type: 'enum', values: ['fail', 'warn', 'off'] },
} as const satisfies Record<string, FieldRule>;

/** How `genspend reconcile` judges what was billed against the plan. */
export const RECONCILE_RULES = {
  /** Percent: a workload whose billed spend, or fal unit price, is further than this from the plan fails. */
  maxVariance: { type: 'decimal', min: '0', max: '1e6' },
} as const satisfies Record<string, FieldRule>;

export const NAME_MAX_LENGTH = 200;
export const MAX_WORKLOADS = 1_000_000;

/** A workload entry as validated, before it becomes a WorkloadSpec. */
export type WorkloadData = {
  name: string;
  description?: string;
  provider: string;
  /** Runpod: the Serverless endpoint the workload runs on, so billed spend per endpoint maps to it. */
  endpointId?: string;
  model?: string;
  /** One GPU, or a fallback list as Runpod takes it. */
  gpu?: string | string[];
} & { [K in AttributeName]?: Decimal | string | boolean };

/** A manifest as validated: what `build` takes from the zod schema's output (parse.ts). */
export interface ManifestData {
  $schema?: string;
  version: Decimal | number;
  period: Period;
  budget: {
    limit?: Decimal;
    maxIncrease?: Decimal;
    maxIncreasePercent?: Decimal;
    unpriced?: 'fail' | 'warn';
    judge?: 'expected' | 'high';
    undeclared?: 'fail' | 'warn' | 'off';
  };
  reconcile?: { maxVariance?: Decimal };
  scan?: { exclude?: string[] };
  workloads: WorkloadData[];
}

/**
 * What the manifest accepts as a mapping: a plain object, as the YAML reader builds one. A number is a Decimal object and a date or a set an
 * object too; none of them is a mapping of fields.
 */
export function isPlainMapping(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
