import type { Catalog } from '../catalog/catalog.js';
import { GenspendError, mapAll } from '../errors.js';
import type { Manifest } from '../manifest/parse.js';
import { sum } from '../money.js';
import { estimateWorkloads } from './estimate.js';
import type { Estimate, ManifestEstimate } from './types.js';

/**
 * Prices manifests together. They must share one period: converting a week into a month
 * (730/168) is not an exact decimal, and genspend does not guess.
 */
export function estimateManifests(manifests: readonly Manifest[], catalog: Catalog): Estimate {
  const periods = new Set(manifests.map((m) => m.period));
  if (periods.size > 1) {
    throw new GenspendError(
      `manifests use different periods (${manifests.map((m) => `${m.file}: ${m.period}`).join(', ')})`,
      undefined,
      'use one `period` in every manifest, or price them separately',
    );
  }
  const estimates = mapAll(manifests, (m): ManifestEstimate => {
    const workloads = estimateWorkloads(m.workloads, catalog, m.period);
    return {
      file: m.file,
      period: m.period,
      budget: m.budget,
      workloads,
      total: sum(workloads.map((w) => w.cost).filter((c) => c !== null)),
    };
  });
  return { period: manifests[0]?.period ?? 'month', total: sum(estimates.map((m) => m.total)), manifests: estimates };
}
