import { Decimal } from '../money.js';
import {
  ATTRIBUTE_RULES,
  BUDGET_RULES,
  MAX_WORKLOADS,
  NAME_MAX_LENGTH,
  PERIODS,
  type FieldRule,
  type ManifestData,
  type WorkloadData,
  isPlainMapping,
} from './fields.js';

/**
 * The fast check of a parsed manifest: the same rules as the zod schema (both are made from
 * fields.ts) in one plain pass, without zod's per-value machinery, which dominated pricing a
 * large valid manifest. It returns what zod's safeParse would return, or undefined for anything
 * that is not valid; callers then run zod, which reports each problem precisely.
 * test/manifest-check.test.ts checks that the two agree on acceptance and on the value.
 */
export function checkManifest(value: unknown): ManifestData | undefined {
  if (!isObject(value)) return undefined;
  let version: unknown;
  let period: unknown = 'month';
  let budget: ManifestData['budget'] | undefined = {};
  let workloads: WorkloadData[] | undefined;
  let schema: string | undefined;
  let hasSchema = false;
  for (const key in value) {
    const v = value[key];
    switch (key) {
      case '$schema':
        if (v !== undefined && typeof v !== 'string') return undefined;
        schema = v as string | undefined;
        hasSchema = true;
        break;
      case 'version':
        version = v;
        break;
      case 'period':
        if (v !== undefined) period = v;
        break;
      case 'budget':
        budget = checkBudget(v);
        break;
      case 'workloads':
        workloads = checkWorkloads(v);
        break;
      default:
        return undefined;
    }
  }
  if (!(version instanceof Decimal ? version.equals(1) : version === 1)) return undefined;
  if (!PERIODS.includes(period as ManifestData['period']) || !budget || !workloads) return undefined;
  return {
    ...(hasSchema ? { $schema: schema } : {}),
    version: version as ManifestData['version'],
    period: period as ManifestData['period'],
    budget,
    workloads,
  };
}

function checkBudget(value: unknown): ManifestData['budget'] | undefined {
  if (value === undefined) return {};
  if (!isObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const rule = own(BUDGET_RULES, key);
    const v = value[key];
    if (!rule || (v !== undefined && !fits(rule, v))) return undefined;
    out[key] = v;
  }
  return out as ManifestData['budget'];
}

function checkWorkloads(value: unknown): WorkloadData[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_WORKLOADS) return undefined;
  const out: WorkloadData[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const w = checkWorkload(value[i]);
    if (!w) return undefined;
    out[i] = w;
  }
  return out;
}

function checkWorkload(value: unknown): WorkloadData | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (!workloadFieldFits(key, v)) return undefined;
    out[key] = v;
  }
  if (out.name === undefined || out.provider === undefined) return undefined;
  return out as WorkloadData;
}

function workloadFieldFits(key: string, v: unknown): boolean {
  switch (key) {
    case 'name':
      return typeof v === 'string' && v.length >= 1 && v.length <= NAME_MAX_LENGTH;
    case 'provider':
      return fits(TEXT, v);
    case 'description':
      return v === undefined || typeof v === 'string';
    case 'model':
      return v === undefined || fits(TEXT, v);
    case 'gpu':
      return v === undefined || fits(TEXT, v) || (Array.isArray(v) && v.length >= 1 && v.every((g) => fits(TEXT, g)));
    default: {
      const rule = own(ATTRIBUTE_RULES, key);
      return rule !== undefined && (v === undefined || fits(rule, v));
    }
  }
}

const TEXT: FieldRule = { type: 'text' };

/** Whether a present value satisfies a rule, exactly as the zod schema of that rule decides. */
function fits(rule: FieldRule, v: unknown): boolean {
  switch (rule.type) {
    case 'decimal': {
      if (!(v instanceof Decimal)) return typeof v === 'number' && Number.isFinite(v);
      const { min, max } = bounds(rule);
      const tooSmall = rule.positive ? v.lessThanOrEqualTo(min) : v.lessThan(min);
      return !tooSmall && !v.greaterThan(max) && (!rule.integer || v.isInteger());
    }
    case 'text':
      return typeof v === 'string' && v.length >= 1;
    case 'boolean':
      return typeof v === 'boolean';
    case 'enum':
      return typeof v === 'string' && rule.values.includes(v);
  }
}

const parsedBounds = new WeakMap<FieldRule, { min: Decimal; max: Decimal }>();
function bounds(rule: FieldRule & { min: string; max: string }): { min: Decimal; max: Decimal } {
  let b = parsedBounds.get(rule);
  if (!b) parsedBounds.set(rule, (b = { min: new Decimal(rule.min), max: new Decimal(rule.max) }));
  return b;
}

/** What the schema takes for a mapping (fields.ts): its keys are then read with `for...in`, as zod reads them. */
const isObject = isPlainMapping;

/** A table's own entry: `constructor` or `__proto__` as a key is unknown, not Object.prototype's. */
function own<T extends object>(table: T, key: string): T[keyof T] | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key as keyof T] : undefined;
}
