import { type Decimal } from '../money.js';
import type { BudgetResult } from '../budget/rules.js';
import type { EstimateDiff } from '../budget/diff.js';
import type { Estimate, EstimateLine, ManifestEstimate, WorkloadEstimate } from '../estimate/types.js';
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
  manifests: ManifestJson[];
  workloads: WorkloadJson[];
  unpriced: UnpricedJson[];
  verdict: 'pass' | 'warn' | 'fail';
  reasons: ReasonJson[];
}

export interface ManifestJson {
  file: string;
  total: string;
  budget: { limit?: string; maxIncrease?: string; maxIncreasePercent?: string; unpriced: 'fail' | 'warn' };
}

export interface WorkloadJson {
  name: string;
  file?: string;
  line?: number;
  provider: string;
  model: string | null;
  cost: string | null;
  credits?: string;
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
  file: string;
  message: string;
  threshold?: string;
  actual?: string;
  workloads: { name: string; line?: number }[];
}

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
  manifests: {
    file: string;
    status: 'added' | 'removed' | 'changed';
    baseTotal: string;
    headTotal: string;
    delta: string;
    deltaPercent: string | null;
    workloads: { name: string; status: string; baseCost: string | null; headCost: string | null; delta: string }[];
  }[];
}

/** Percent change for machines: 2 decimal places, half-up ("505.00"); money itself is never rounded. */
const percent = (d: Decimal | null) => (d === null ? null : d.toFixed(2));

function lineJson(l: EstimateLine): LineJson {
  return {
    charge: l.charge,
    label: l.label,
    unit: l.unit,
    quantity: exact(l.quantity),
    billedQuantity: exact(l.billedQuantity),
    rate: {
      amount: l.rate.amount,
      ...(l.rate.tiers ? { tiers: l.rate.tiers } : {}),
      per: l.rate.per,
      unit: l.rate.unit,
      currency: l.rate.currency,
      basis: l.basis,
      source: l.rate.source,
      checkedAt: l.rate.checkedAt,
      verified: l.rate.verified,
    },
    amount: exact(l.amount),
    amountUsd: exact(l.amountUsd),
  };
}

export function workloadJson(w: WorkloadEstimate): WorkloadJson {
  return {
    name: w.name,
    ...(w.location ? { file: w.location.file } : {}),
    ...(w.location?.line !== undefined ? { line: w.location.line } : {}),
    provider: w.provider,
    model: w.model ?? null,
    cost: w.cost === null ? null : exact(w.cost),
    ...(w.credits !== null ? { credits: exact(w.credits) } : {}),
    basis: w.basis,
    lines: w.lines.map(lineJson),
    assumptions: w.assumptions,
    warnings: w.warnings,
  };
}

function manifestJson(m: ManifestEstimate): ManifestJson {
  const b = m.budget;
  return {
    file: m.file,
    total: exact(m.total),
    budget: {
      ...(b.limit !== undefined ? { limit: exact(b.limit) } : {}),
      ...(b.maxIncrease !== undefined ? { maxIncrease: exact(b.maxIncrease) } : {}),
      ...(b.maxIncreasePercent !== undefined ? { maxIncreasePercent: exact(b.maxIncreasePercent) } : {}),
      unpriced: b.unpriced,
    },
  };
}

function reasonsJson(result: BudgetResult): ReasonJson[] {
  return result.reasons.map((r) => ({
    rule: r.rule,
    level: r.level,
    file: r.file,
    message: r.message,
    ...(r.threshold !== undefined ? { threshold: exact(r.threshold) } : {}),
    ...(r.actual !== undefined ? { actual: exact(r.actual) } : {}),
    workloads: r.workloads,
  }));
}

export function estimateJson(estimate: Estimate, budget: BudgetResult): EstimateJson {
  const workloads = estimate.manifests.flatMap((m) => m.workloads);
  return {
    version: 1,
    currency: 'USD',
    period: estimate.period,
    total: exact(estimate.total),
    manifests: estimate.manifests.map(manifestJson),
    workloads: workloads.map(workloadJson),
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
  const noBudget: BudgetResult = { verdict: 'pass', reasons: [] };
  return {
    version: 1,
    currency: 'USD',
    period: head.period,
    base: base ? estimateJson(base, noBudget) : null,
    head: estimateJson(head, noBudget),
    delta: exact(diff.delta),
    deltaPercent: percent(diff.deltaPercent),
    verdict: budget.verdict,
    reasons: reasonsJson(budget),
    manifests: diff.manifests.map((m) => ({
      file: m.file,
      status: !m.base ? 'added' : !m.head ? 'removed' : 'changed',
      baseTotal: exact(m.baseTotal),
      headTotal: exact(m.headTotal),
      delta: exact(m.delta),
      deltaPercent: percent(m.deltaPercent),
      workloads: m.workloads.map((w) => ({
        name: w.name,
        status: w.status,
        baseCost: w.base?.cost ? exact(w.base.cost) : w.base ? null : '0',
        headCost: w.head?.cost ? exact(w.head.cost) : w.head ? null : '0',
        delta: exact(w.delta),
      })),
    })),
  };
}
