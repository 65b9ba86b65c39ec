import type { Catalog } from '../catalog/catalog.js';
import type { ProviderCatalog, UnpricedName } from '../catalog/schema.js';

/**
 * Runpod takes an endpoint's GPUs as a fallback list ("ADA_24,AMPERE_24", or a YAML list joined
 * the same way): workers land on whichever listed pool has capacity. Only a provider whose
 * catalog has pools takes lists; undefined for one name.
 */
export function gpuList(provider: ProviderCatalog, model: string): string[] | undefined {
  if (!model.includes(',') || !provider.models.some((m) => m.pool)) return undefined;
  const ids = model
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return ids.length > 1 ? ids : undefined;
}

/**
 * Why a name the catalog knows without a price is unpriced, in the report's words. A provider
 * without GPU pools (fal) names endpoints, not GPUs: `fal-ai/sora-2` does not say which endpoint.
 */
export function unpricedNameReason(id: string, entry: UnpricedName, provider: ProviderCatalog): string {
  const gpus = provider.models.some((m) => m.pool);
  if (entry.reason === 'no-published-price')
    return `no published price for ${entry.pool ? `pool ${entry.pool}` : `\`${id}\``} (${entry.name})`;
  if (entry.reason === 'ambiguous') {
    const instead = (entry.instead ?? []).map((i) => `\`${i}\``).join(', ');
    return `\`${id}\` does not say which ${gpus ? 'GPU' : 'endpoint'} (${entry.name}); write one of: ${instead}`;
  }
  const pools = provider.models.flatMap((m) => (m.pool ? [m.pool.id] : []));
  if (entry.reason === 'not-offered') {
    if (!gpus) {
      const instead = (entry.instead ?? []).map((i) => `\`${i}\``).join(', ');
      return `\`${id}\` is not offered by ${provider.name} (${entry.name})${instead ? `; use ${instead}` : ''}`;
    }
    return `\`${id}\` is no ${provider.name} GPU type (${entry.name}); pick one of: ${pools.join(', ')}`;
  }
  return `\`${id}\` is a Pods GPU, not in any ${provider.name} pool; pick one of: ${pools.join(', ')}`;
}

/** The known-unpriced reason for a name, or undefined when the catalog does not know it. */
export function knownUnpriced(catalog: Catalog, provider: ProviderCatalog, id: string): string | undefined {
  const entry = catalog.unpricedName(provider.provider, id);
  return entry ? unpricedNameReason(id, entry, provider) : undefined;
}
