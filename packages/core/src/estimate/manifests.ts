import type { Catalog } from '../catalog/catalog.js';
import { GenspendError, mapAll } from '../errors.js';
import type { Manifest } from '../manifest/parse.js';
import type { Period } from '../manifest/fields.js';
import { Decimal, sum } from '../money.js';
import { estimateWorkload } from './estimate.js';
import type { CostRange, Estimate, ManifestEstimate, WorkloadEstimate, WorkloadSpec } from './types.js';

/** Manifests already priced: a diff's head, whose unchanged workloads the base need not price again. */
export interface PricedManifests {
  readonly manifests: readonly Manifest[];
  readonly estimate: Estimate;
}

/**
 * Prices manifests together. They must share one period: converting a week into a month
 * (730/168) is not an exact decimal, and genspend does not guess. With `unchangedIn`, a
 * workload that is there unchanged (same file, name, provider, model, attributes and period)
 * takes its figures from there instead of being priced again, as a diff's base and head share
 * most workloads; the result is the same as without it.
 */
export function estimateManifests(manifests: readonly Manifest[], catalog: Catalog, unchangedIn?: PricedManifests): Estimate {
  const periods = new Set(manifests.map((m) => m.period));
  if (periods.size > 1) {
    throw new GenspendError(
      `manifests use different periods (${manifests.map((m) => `${m.file}: ${m.period}`).join(', ')})`,
      undefined,
      'use one `period` in every manifest, or price them separately',
    );
  }
  const known = unchangedIn && pricedWorkloads(unchangedIn);
  const estimates = mapAll(manifests, (m): ManifestEstimate => {
    const workloads = mapAll(m.workloads, (spec) => {
      const same = known?.get(`${m.file}\u0000${spec.name}`);
      return same && same.period === m.period && sameSpec(same.spec, spec)
        ? relocated(same.estimate, spec)
        : estimateWorkload(spec, catalog, m.period);
    });
    const total = sum(workloads.map((w) => w.cost).filter((c) => c !== null));
    const range = totalRange(
      workloads.filter((w) => w.cost !== null),
      (w) => w.cost!,
    );
    return {
      file: m.file,
      period: m.period,
      budget: m.budget,
      ...(m.reconcile ? { reconcile: m.reconcile } : {}),
      workloads,
      total,
      ...(range ? { range } : {}),
    };
  });
  const range = totalRange(estimates, (m) => m.total);
  return {
    period: manifests[0]?.period ?? 'month',
    total: sum(estimates.map((m) => m.total)),
    ...(range ? { range } : {}),
    manifests: estimates,
  };
}

/** The sum at every part's low and at every part's high, when any part has a range; a firm part counts its figure at both ends. */
function totalRange<T extends { range?: CostRange }>(parts: readonly T[], figure: (part: T) => Decimal): CostRange | undefined {
  if (!parts.some((p) => p.range)) return undefined;
  return { low: sum(parts.map((p) => p.range?.low ?? figure(p))), high: sum(parts.map((p) => p.range?.high ?? figure(p))) };
}

type PricedWorkload = { spec: WorkloadSpec; estimate: WorkloadEstimate; period: Period };

function pricedWorkloads(priced: PricedManifests): Map<string, PricedWorkload> {
  const out = new Map<string, PricedWorkload>();
  priced.manifests.forEach((m, i) => {
    const estimates = priced.estimate.manifests[i]?.workloads;
    m.workloads.forEach((spec, j) => {
      const estimate = estimates?.[j];
      if (estimate) out.set(`${m.file}\u0000${spec.name}`, { spec, estimate, period: m.period });
    });
  });
  return out;
}

/** Whether two workloads price the same: same provider, model and attribute values. */
function sameSpec(a: WorkloadSpec, b: WorkloadSpec): boolean {
  if (a.provider !== b.provider || a.model !== b.model || a.endpointId !== b.endpointId) return false;
  const keys = Object.keys(a.attributes);
  if (keys.length !== Object.keys(b.attributes).length) return false;
  for (const k of keys) {
    const x = a.attributes[k as keyof WorkloadSpec['attributes']];
    const y = b.attributes[k as keyof WorkloadSpec['attributes']];
    if (x !== y && !(x instanceof Decimal && y instanceof Decimal && sameDecimal(x, y))) return false;
  }
  return true;
}

/**
 * Whether two Decimals are the same number, from the sign, exponent and digits decimal.js keeps
 * normalized (no leading or trailing zero words): no copy, as equals() makes. -0 and 0 differ
 * here, which only means pricing that workload again.
 */
function sameDecimal(a: Decimal, b: Decimal): boolean {
  if (a.s !== b.s || a.e !== b.e || !a.d || !b.d || a.d.length !== b.d.length) return false;
  for (let i = 0; i < a.d.length; i++) if (a.d[i] !== b.d[i]) return false;
  return true;
}

/** An estimate of an unchanged workload, where this manifest has it. */
function relocated(estimate: WorkloadEstimate, spec: WorkloadSpec): WorkloadEstimate {
  // the keys in estimateWorkload's order
  const { name, provider, model, location: _location, ...rest } = estimate;
  return { name, provider, model, ...(spec.location ? { location: spec.location } : {}), ...rest };
}
