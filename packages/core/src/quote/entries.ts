import type { Catalog } from '../catalog/lookup.js';
import type { Model } from '../catalog/schema.js';

/**
 * A catalog's model for an id as a body spells it, by catalog, provider and id: a quote looks its
 * model up for the body's sizes and tiers before the estimate does, and bodies name the same few
 * models. Bounded; the catalog's own lookup answers the first time.
 */
const MODELS = new WeakMap<Catalog, Map<string, Map<string, Model | null>>>();
export function modelOf(catalog: Catalog, provider: string, id: string): Model | undefined {
  let byProvider = MODELS.get(catalog);
  if (!byProvider) MODELS.set(catalog, (byProvider = new Map()));
  let byId = byProvider.get(provider);
  if (!byId) byProvider.set(provider, (byId = new Map()));
  let model = byId.get(id);
  if (model === undefined) {
    model = catalog.model(provider, id)?.model ?? null;
    if (byId.size >= 1024) byId.clear();
    byId.set(id, model);
  }
  return model ?? undefined;
}
