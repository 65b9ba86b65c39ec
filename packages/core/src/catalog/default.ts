import { indexCatalog, type Catalog } from './lookup.js';
import { catalogData } from './data.generated.js';

let cached: Catalog | undefined;

/** The catalog shipped with genspend (generated from packages/core/catalog/*.yml). */
export function defaultCatalog(): Catalog {
  // validated by `npm run generate` when the module was written
  cached ??= indexCatalog(catalogData);
  return cached;
}
