import { GenspendError, GenspendErrors } from '../errors.js';
import { parseYaml } from '../yaml/read.js';
import { issuesToErrors } from '../validate.js';
import { indexCatalog, type Catalog } from './lookup.js';
import { catalogSchemas, type ProviderCatalog, type ProviderCatalogInput } from './schema.js';

export type { Catalog, ModelMatch } from './lookup.js';

/**
 * Indexes catalogs for lookups. Input is validated with the zod schema unless `trusted`: the
 * shipped catalog was validated when `npm run generate` wrote it (and CI fails when that module
 * is stale), so every process start need not pay for validating it again (defaultCatalog
 * indexes it without loading zod at all).
 */
export function buildCatalog(input: readonly (ProviderCatalog | ProviderCatalogInput)[], options: { trusted?: boolean } = {}): Catalog {
  const providers = input.map((raw, i) => {
    if (options.trusted) return raw as ProviderCatalog;
    const result = catalogSchemas().ProviderCatalog.safeParse(raw);
    if (!result.success) {
      const name = (raw as { provider?: unknown }).provider;
      throw new GenspendError(
        `catalog ${typeof name === 'string' ? name : `#${i}`} is invalid: ${result.error.issues[0]?.message ?? 'unknown problem'}`,
        undefined,
        'run `genspend catalog check` for every problem with its line',
      );
    }
    return result.data;
  });
  return indexCatalog(providers);
}

/** Parses and validates one catalog file, with file:line on every problem. */
export function parseCatalogFile(text: string, file: string): ProviderCatalog {
  const parsed = parseYaml(text, file, { exactNumbers: false });
  const { ProviderCatalog } = catalogSchemas();
  const result = ProviderCatalog.safeParse(parsed.value);
  if (!result.success) throw new GenspendErrors(issuesToErrors(result.error.issues, ProviderCatalog, parsed, file));
  return result.data;
}
