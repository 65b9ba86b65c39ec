import { Decimal } from '../money.js';
import { z } from 'zod';
import {
  ATTRIBUTE_NAMES,
  ATTRIBUTE_RULES,
  BUDGET_RULES,
  MAX_WORKLOADS,
  NAME_MAX_LENGTH,
  PERIODS,
  RECONCILE_RULES,
  type AttributeName,
  type Period as PeriodName,
  type DecimalRule,
  type FieldRule,
  isPlainMapping,
} from './fields.js';

/** JSON Schema fragments for fields zod cannot describe itself (exact decimals). */
export const jsonSchemaOverrides = new WeakMap<z.ZodType, Record<string, unknown>>();

/**
 * A number from the manifest, parsed exactly from its YAML source (see yaml.ts). Bounds keep
 * nonsense out: 1e400 runs is a typo, not a workload.
 */
export function decimal(options: Omit<DecimalRule, 'type'>) {
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

/** The zod schema of a field rule (fields.ts). */
function fieldSchema<R extends FieldRule>(rule: R): FieldSchema<R> {
  switch (rule.type) {
    case 'decimal':
      return decimal(rule) as FieldSchema<R>;
    case 'text':
      return z.string().min(1) as FieldSchema<R>;
    case 'boolean':
      return z.boolean() as FieldSchema<R>;
    case 'enum':
      return z.enum(rule.values) as FieldSchema<R>;
  }
}
type FieldSchema<R extends FieldRule> = R extends DecimalRule
  ? ReturnType<typeof decimal>
  : R extends { type: 'text' }
    ? z.ZodString
    : R extends { type: 'boolean' }
      ? z.ZodBoolean
      : R extends { type: 'enum'; values: infer V extends readonly [string, ...string[]] }
        ? z.ZodEnum<{ [K in V[number]]: K }>
        : never;
type FieldSchemas<T extends Record<string, FieldRule>> = { [K in keyof T]: FieldSchema<T[K]> };
const fieldSchemas = <T extends Record<string, FieldRule>>(rules: T) =>
  Object.fromEntries(Object.entries(rules).map(([k, rule]) => [k, fieldSchema(rule)])) as FieldSchemas<T>;

/**
 * zod takes any object for a z.object, and a number in a manifest is a Decimal object: `42`
 * where a mapping belongs would be read as a mapping of Decimal's fields. Anything but a plain
 * mapping is handed on as something zod refuses as "not a mapping" (validate.ts says what was found).
 */
function mapping<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (isPlainMapping(value) || value === undefined ? value : NOT_A_MAPPING), schema);
}
const NOT_A_MAPPING = Symbol('not a mapping');

export const Period = z.enum(PERIODS);
// one type for the period, wherever it is imported from
export type Period = PeriodName;

const budget = fieldSchemas(BUDGET_RULES);
const BudgetFields = z
  .object({
    limit: budget.limit.optional(),
    maxIncrease: budget.maxIncrease.optional(),
    maxIncreasePercent: budget.maxIncreasePercent.optional(),
    unpriced: budget.unpriced.optional(),
    judge: budget.judge.optional(),
    undeclared: budget.undeclared.optional(),
  })
  .strict();
export const Budget = mapping(BudgetFields);

// what `genspend scan` leaves out: repository-relative globs (generated code, vendored SDKs, examples)
const ScanFields = z.object({ exclude: z.array(z.string().min(1)).max(1000).optional() }).strict();

const ReconcileFields = z.object({ maxVariance: fieldSchemas(RECONCILE_RULES).maxVariance.optional() }).strict();

/** Attributes a workload can carry. A model's catalog entry says which it needs. */
export const workloadAttributes = fieldSchemas(ATTRIBUTE_RULES);
export { ATTRIBUTE_NAMES, type AttributeName };

const GpuField = z.union([z.string().min(1), z.array(z.string().min(1)).min(1, { message: 'list at least one GPU' })], {
  error: 'expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)',
});

export const Workload = mapping(
  z
    .object({
      name: z.string().min(1).max(NAME_MAX_LENGTH),
      description: z.string().optional(),
      provider: z.string().min(1),
      endpointId: z.string().min(1).optional(),
      model: z.string().min(1).optional(),
      // one GPU or a fallback list, as Runpod takes them (`ADA_24,AMPERE_24` or a YAML list)
      gpu: GpuField.optional(),
      ...Object.fromEntries(Object.entries(workloadAttributes).map(([k, v]) => [k, v.optional()])),
    } as {
      name: z.ZodString;
      description: z.ZodOptional<z.ZodString>;
      provider: z.ZodString;
      endpointId: z.ZodOptional<z.ZodString>;
      model: z.ZodOptional<z.ZodString>;
      gpu: z.ZodOptional<typeof GpuField>;
    } & {
      [K in AttributeName]: z.ZodOptional<(typeof workloadAttributes)[K]>;
    })
    .strict(),
);
export type WorkloadInput = z.infer<typeof Workload>;

const manifestVersion = z.custom<Decimal | number>((v) => (v instanceof Decimal ? v.equals(1) : v === 1), {
  message: 'expected `version: 1` (the only manifest version so far)',
});
jsonSchemaOverrides.set(manifestVersion, { const: 1 });

export const Manifest = mapping(
  z
    .object({
      $schema: z.string().optional(),
      version: manifestVersion,
      period: Period.default('month'),
      // the default inside the preprocess, where the JSON Schema shows it
      budget: mapping(BudgetFields.default({})),
      reconcile: mapping(ReconcileFields).optional(),
      scan: mapping(ScanFields).optional(),
      workloads: z.array(Workload).max(MAX_WORKLOADS),
    })
    .strict(),
);
