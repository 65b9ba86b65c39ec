import { type Decimal } from '../money.js';
import type { BudgetResult, PrRules } from '../budget/rules.js';
import type { EstimateDiff } from '../budget/diff.js';
import type { CostRange, Estimate, EstimateLine, ManifestEstimate, WorkloadEstimate } from '../estimate/types.js';
import { exact } from '../money.js';

/**
 * The JSON contract other tools read (documented in the README). Money is an exact decimal
 * string, never a float; an unpriced workload has `cost: null`, is listed in `unpriced` and is
 * not in any total.
 */
export interface EstimateJson {
  version: 1;
  currency: 'USD';
  period: string;
  total: string;
  /** Present when a workload's price is uncertain: the total at every workload's low and high. */
  range?: RangeJson;
  manifests: ManifestJson[];
  workloads: WorkloadJson[];
  unpriced: UnpricedJson[];
  verdict: 'pass' | 'warn' | 'fail';
  reasons: ReasonJson[];
}

export interface ManifestJson {
  file: string;
  total: string;
  range?: RangeJson;
  budget: {
    limit?: string;
    maxIncrease?: string;
    maxIncreasePercent?: string;
    unpriced: 'fail' | 'warn';
    judge?: 'expected' | 'high';
  };
}

/** The least, the expected and the most a cost may be (USD); `expected` is the `cost` or `total` beside it. */
export interface RangeJson {
  low: string;
  expected: string;
  high: string;
}

export interface WorkloadJson {
  name: string;
  file?: string;
  line?: number;
  provider: string;
  model: string | null;
  cost: string | null;
  credits?: string;
  /** Present when a rate it was priced at is uncertain; absent, the price is firm. */
  range?: RangeJson;
  basis: string | null;
  lines: LineJson[];
  assumptions: string[];
  warnings: string[];
}

export interface LineJson {
  charge: string;
  label: string;
  unit: string;
  quantity: string;
  billedQuantity: string;
  rate: {
    amount: string | null;
    tiers?: { upTo?: string; amount: string }[];
    included?: { quantity: string; amount: string };
    per: string;
    unit: string;
    currency: string;
    basis: string;
    source: string;
    checkedAt: string;
    verified: boolean;
  };
  amount: string;
  amountUsd: string;
  /** Which layer priced the line: `catalog` or the price file's name. */
  priceSource: string;
  /** A price file's provider-wide discount taken off the built-in rate ("15%"). */
  discount?: string;
}

export interface UnpricedJson {
  name: string;
  file?: string;
  line?: number;
  provider: string;
  model: string | null;
  reason: string;
}

export interface ReasonJson {
  rule: string;
  level: 'fail' | 'warn';
  /** `pr`: a rule over every manifest together (file is ""); `manifest`: that file's own budget. */
  scope: 'pr' | 'manifest';
  file: string;
  message: string;
  threshold?: string;
  actual?: string;
  workloads: { name: string; file?: string; line?: number }[];
}

/** The rules that judged the change: PR-level, and each manifest's governing budget. */
export interface RulesJson {
  pr: BudgetJson;
  manifests: { file: string; from: 'base' | 'head'; budget: BudgetJson }[];
}

type BudgetJson = {
  limit?: string;
  maxIncrease?: string;
  maxIncreasePercent?: string;
  unpriced?: 'fail' | 'warn';
  judge?: 'expected' | 'high';
};

export interface DiffJson {
  version: 1;
  currency: 'USD';
  period: string;
  base: EstimateJson | null;
  head: EstimateJson;
  delta: string;
  deltaPercent: string | null;
  verdict: 'pass' | 'warn' | 'fail';
  reasons: ReasonJson[];
  rules: RulesJson;
  manifests: {
    file: string;
    status: 'added' | 'removed' | 'changed';
    /** Why the base of this manifest could not be read; it is then judged as unpriced at the base. */
    baseError?: string;
    baseTotal: string;
    headTotal: string;
    delta: string;
    deltaPercent: string | null;
    workloads: { name: string; status: string; baseCost: string | null; headCost: string | null; delta: string }[];
  }[];
}

/** Percent change for machines: 2 decimal places, half-up ("505.00"); money itself is never rounded. */
const percent = (d: Decimal | null) => (d === null ? null : d.toFixed(2));

/**
 * What one report converts once: lines and figures that several places show (a base and its head
 * share the figures of their unchanged workloads; the diff repeats each workload's costs).
 */
interface Converted {
  lines: Map<EstimateLine, LineJson>;
  figures: Map<Decimal, string>;
}
const converted = (): Converted => ({ lines: new Map(), figures: new Map() });

function figure(d: Decimal, c: Converted): string {
  let s = c.figures.get(d);
  if (s === undefined) c.figures.set(d, (s = exact(d)));
  return s;
}

function lineJson(l: EstimateLine, c: Converted): LineJson {
  const known = c.lines.get(l);
  if (known) return known;
  // a line's figures are often one Decimal twice (nothing to round, nothing to convert)
  const quantity = exact(l.quantity);
  const amount = exact(l.amount);
  const json: LineJson = {
    charge: l.charge,
    label: l.label,
    unit: l.unit,
    quantity,
    billedQuantity: l.billedQuantity === l.quantity ? quantity : exact(l.billedQuantity),
    rate: {
      amount: l.rate.amount,
      ...(l.rate.tiers ? { tiers: l.rate.tiers } : {}),
      ...(l.rate.included ? { included: l.rate.included } : {}),
      per: l.rate.per,
      unit: l.rate.unit,
      currency: l.rate.currency,
      basis: l.basis,
      source: l.rate.source,
      checkedAt: l.rate.checkedAt,
      verified: l.rate.verified,
    },
    amount,
    amountUsd: l.amountUsd === l.amount ? amount : exact(l.amountUsd),
    priceSource: l.rate.priceSource,
  };
  if (l.rate.discount) json.discount = l.rate.discount;
  c.lines.set(l, json);
  return json;
}

export function workloadJson(w: WorkloadEstimate): WorkloadJson {
  return convertWorkload(w, converted());
}

function convertWorkload(w: WorkloadEstimate, c: Converted): WorkloadJson {
  // the keys in the contract's order, without object spreads (a report has thousands of these)
  const out: Partial<WorkloadJson> = { name: w.name };
  if (w.location) out.file = w.location.file;
  if (w.location?.line !== undefined) out.line = w.location.line;
  out.provider = w.provider;
  out.model = w.model ?? null;
  out.cost = w.cost === null ? null : figure(w.cost, c);
  if (w.credits !== null) out.credits = exact(w.credits);
  if (w.range && w.cost !== null) out.range = rangeJson(w.range, out.cost!);
  out.basis = w.basis;
  out.lines = w.lines.map((l) => lineJson(l, c));
  out.assumptions = w.assumptions;
  out.warnings = w.warnings;
  return out as WorkloadJson;
}

function rangeJson(range: CostRange, expected: string): RangeJson {
  return { low: exact(range.low), expected, high: exact(range.high) };
}

function budgetJson(b: PrRules): BudgetJson {
  return {
    ...(b.limit !== undefined ? { limit: exact(b.limit) } : {}),
    ...(b.maxIncrease !== undefined ? { maxIncrease: exact(b.maxIncrease) } : {}),
    ...(b.maxIncreasePercent !== undefined ? { maxIncreasePercent: exact(b.maxIncreasePercent) } : {}),
    ...(b.unpriced !== undefined ? { unpriced: b.unpriced } : {}),
    ...(b.judge !== undefined ? { judge: b.judge } : {}),
  };
}

function manifestJson(m: ManifestEstimate): ManifestJson {
  const total = exact(m.total);
  return {
    file: m.file,
    total,
    ...(m.range ? { range: rangeJson(m.range, total) } : {}),
    budget: { ...budgetJson(m.budget), unpriced: m.budget.unpriced },
  };
}

function rulesJson(result: BudgetResult): RulesJson {
  return {
    pr: budgetJson(result.rules.pr),
    manifests: result.rules.manifests.map((m) => ({ file: m.file, from: m.from, budget: budgetJson(m.budget) })),
  };
}

function reasonsJson(result: BudgetResult): ReasonJson[] {
  return result.reasons.map((r) => ({
    rule: r.rule,
    level: r.level,
    scope: r.scope,
    file: r.file,
    message: r.message,
    ...(r.threshold !== undefined ? { threshold: exact(r.threshold) } : {}),
    ...(r.actual !== undefined ? { actual: exact(r.actual) } : {}),
    workloads: r.workloads,
  }));
}

export function estimateJson(estimate: Estimate, budget: BudgetResult): EstimateJson {
  return convertEstimate(estimate, budget, converted());
}

function convertEstimate(estimate: Estimate, budget: BudgetResult, c: Converted): EstimateJson {
  const workloads = estimate.manifests.flatMap((m) => m.workloads);
  return {
    version: 1,
    currency: 'USD',
    period: estimate.period,
    total: exact(estimate.total),
    ...(estimate.range ? { range: rangeJson(estimate.range, exact(estimate.total)) } : {}),
    manifests: estimate.manifests.map(manifestJson),
    workloads: workloads.map((w) => convertWorkload(w, c)),
    unpriced: workloads
      .filter((w) => w.cost === null)
      .map((w) => ({
        name: w.name,
        ...(w.location ? { file: w.location.file } : {}),
        ...(w.location?.line !== undefined ? { line: w.location.line } : {}),
        provider: w.provider,
        model: w.model ?? null,
        reason: w.unpriced ?? 'unpriced',
      })),
    verdict: budget.verdict,
    reasons: reasonsJson(budget),
  };
}

export function diffJson(base: Estimate | null, head: Estimate, diff: EstimateDiff, budget: BudgetResult): DiffJson {
  const noBudget: BudgetResult = { verdict: 'pass', reasons: [], rules: { pr: {}, manifests: [], hasBase: false } };
  const c = converted();
  return {
    version: 1,
    currency: 'USD',
    period: head.period,
    base: base ? convertEstimate(base, noBudget, c) : null,
    head: convertEstimate(head, noBudget, c),
    delta: exact(diff.delta),
    deltaPercent: percent(diff.deltaPercent),
    verdict: budget.verdict,
    reasons: reasonsJson(budget),
    rules: rulesJson(budget),
    manifests: diff.manifests.map((m) => ({
      file: m.file,
      status: !m.head ? 'removed' : !m.base && m.baseError === undefined ? 'added' : 'changed',
      ...(m.baseError !== undefined ? { baseError: m.baseError } : {}),
      baseTotal: exact(m.baseTotal),
      headTotal: exact(m.headTotal),
      delta: exact(m.delta),
      deltaPercent: percent(m.deltaPercent),
      workloads: m.workloads.map((w) => ({
        name: w.name,
        status: w.status,
        baseCost: w.base?.cost ? figure(w.base.cost, c) : w.base ? null : '0',
        headCost: w.head?.cost ? figure(w.head.cost, c) : w.head ? null : '0',
        delta: exact(w.delta),
      })),
    })),
  };
}
