import { Decimal } from '../money.js';
import { z } from 'zod';

/** JSON Schema fragments for fields zod cannot describe itself (exact decimals). */
export const jsonSchemaOverrides = new WeakMap<z.ZodType, Record<string, unknown>>();

/**
 * A number from the manifest, parsed exactly from its YAML source (see yaml.ts). Bounds keep
 * nonsense out: 1e400 runs is a typo, not a workload.
 */
export function decimal(options: { min: string; max: string; integer?: boolean; positive?: boolean }) {
  const min = new Decimal(options.min);
  const max = new Decimal(options.max);
  const what = options.integer ? 'a whole number' : 'a number';
  const show = (d: Decimal) => (d.greaterThanOrEqualTo(1e6) ? d.toExponential().replace('e+', 'e') : d.toFixed());
  const range = `${options.positive ? 'greater than ' + show(min) : 'from ' + show(min)} to ${show(max)}`;
  const schema = z.custom<Decimal>().superRefine((value, ctx) => {
    if (!(value instanceof Decimal)) {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        ctx.addIssue({ code: 'custom', message: `expected ${what} ${range}, got ${Number.isNaN(value) ? '.nan' : '.inf'}` });
      } else if (typeof value === 'number') {
        // reachable only when a caller passes plain JS values (n8n, tests): accept finite numbers exactly as printed
        return;
      } else {
        ctx.addIssue({ code: 'custom', message: `expected ${what} ${range}` });
      }
      return;
    }
    const tooSmall = options.positive ? value.lessThanOrEqualTo(min) : value.lessThan(min);
    if (tooSmall || value.greaterThan(max)) {
      ctx.addIssue({ code: 'custom', message: `expected ${what} ${range}` });
    } else if (options.integer && !value.isInteger()) {
      ctx.addIssue({ code: 'custom', message: `expected ${what} ${range}` });
    }
  });
  jsonSchemaOverrides.set(schema, {
    type: options.integer ? 'integer' : 'number',
    ...(options.positive ? { exclusiveMinimum: min.toNumber() } : { minimum: min.toNumber() }),
    maximum: max.toNumber(),
  });
  return schema;
}

const count = decimal({ min: '0', max: '1e12' });

export const Period = z.enum(['day', 'week', 'month']);
export type Period = z.infer<typeof Period>;

export const Budget = z
  .object({
    /** USD per period: fails when the change takes the total over it. */
    limit: decimal({ min: '0', max: '1e12' }).optional(),
    /** USD per period: fails when head minus base is more. */
    maxIncrease: decimal({ min: '0', max: '1e12' }).optional(),
    /** Percent of the base: fails when the increase is more. */
    maxIncreasePercent: decimal({ min: '0', max: '1e6' }).optional(),
    /** What an unpriced workload does to the verdict. */
    unpriced: z.enum(['fail', 'warn']).optional(),
  })
  .strict();

/** Attributes a workload can carry. A model's catalog entry says which it needs. */
export const workloadAttributes = {
  runs: count,
  results: decimal({ min: '1', max: '10000', integer: true }),
  width: decimal({ min: '1', max: '100000', integer: true }),
  height: decimal({ min: '1', max: '100000', integer: true }),
  resolution: z.string().min(1),
  steps: decimal({ min: '1', max: '10000', integer: true }),
  seconds: decimal({ min: '0', max: '1e7' }),
  audio: z.boolean(),
  quality: z.string().min(1),
  characters: decimal({ min: '0', max: '1e9', integer: true }),
  format: z.string().min(1),
  bitDepth: decimal({ min: '1', max: '64', integer: true }),
  gpuCount: decimal({ min: '1', max: '64', integer: true }),
  worker: z.enum(['flex', 'active']),
  coldStarts: count,
  coldStartSeconds: decimal({ min: '0', max: '86400' }),
  idleSeconds: decimal({ min: '0', max: '86400' }),
  activeWorkers: decimal({ min: '0', max: '100000', integer: true }),
  volumeGB: decimal({ min: '0', max: '1e9' }),
};
export type AttributeName = keyof typeof workloadAttributes;
export const ATTRIBUTE_NAMES = Object.keys(workloadAttributes) as AttributeName[];

export const Workload = z
  .object({
    name: z.string().min(1).max(200),
    description: z.string().optional(),
    provider: z.string().min(1),
    model: z.string().min(1).optional(),
    gpu: z.string().min(1).optional(),
    ...Object.fromEntries(Object.entries(workloadAttributes).map(([k, v]) => [k, v.optional()])),
  } as {
    name: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    provider: z.ZodString;
    model: z.ZodOptional<z.ZodString>;
    gpu: z.ZodOptional<z.ZodString>;
  } & {
    [K in AttributeName]: z.ZodOptional<(typeof workloadAttributes)[K]>;
  })
  .strict();
export type WorkloadInput = z.infer<typeof Workload>;

const manifestVersion = z.custom<Decimal | number>((v) => (v instanceof Decimal ? v.equals(1) : v === 1), {
  message: 'expected `version: 1` (the only manifest version so far)',
});
jsonSchemaOverrides.set(manifestVersion, { const: 1 });

export const Manifest = z
  .object({
    $schema: z.string().optional(),
    version: manifestVersion,
    period: Period.default('month'),
    budget: Budget.default({}),
    workloads: z.array(Workload).max(1_000_000),
  })
  .strict();
