import { buildCatalog, type Catalog } from './catalog.js';
import { catalogData } from './data.generated.js';

let cached: Catalog | undefined;

/** The catalog shipped with genspend (generated from packages/core/catalog/*.yml). */
export function defaultCatalog(): Catalog {
  // validated by `npm run generate` when the module was written
  cached ??= buildCatalog(catalogData, { trusted: true });
  return cached;
}
