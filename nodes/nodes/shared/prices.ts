import { catalogWithPrices, defaultCatalog, problemsOf, type Catalog } from '@genspend/core';
import { JobInputError } from './errors';

/** The node field that holds a price file's text (nodes cannot read the repository's file). */
export const PRICES_FIELD = 'Price File (YAML or JSON)';

/** Price files already read in one execution, by their text; each execution makes its own. */
export type PriceFileCache = Map<string, Catalog>;

/**
 * The built-in catalog with the Price File option's text over it, validated by the same core
 * function as genspend.prices.yml. Most items share one text: it is parsed once per execution
 * (the cache is the caller's, so nothing outlives the execution that read it).
 */
export function catalogFor(index: number, text: unknown, cache: PriceFileCache = new Map()): Catalog {
  if (text === undefined || text === '') return defaultCatalog();
  if (typeof text !== 'string')
    throw new JobInputError(
      `Item ${index}: "${PRICES_FIELD}": expected text, got ${typeof text}`,
      'paste the content of genspend.prices.yml',
    );
  const known = cache.get(text);
  if (known) return known;
  // the core's problem is translated outside the catch: n8n's lint wants node errors thrown there
  let catalog: Catalog | undefined;
  let problem: unknown;
  try {
    catalog = catalogWithPrices(defaultCatalog(), text, PRICES_FIELD);
  } catch (e) {
    problem = e;
  }
  if (!catalog) throw priceFileError(index, problem);
  cache.set(text, catalog);
  return catalog;
}

function priceFileError(index: number, problem: unknown): unknown {
  const first = problemsOf(problem)?.[0];
  if (!first) return problem;
  const at = first.where?.line !== undefined ? ` line ${first.where.line}` : '';
  const message = first.message.startsWith(`${PRICES_FIELD}: `) ? first.message.slice(PRICES_FIELD.length + 2) : first.message;
  return new JobInputError(
    `Item ${index}: "${PRICES_FIELD}"${at}: ${first.where?.path ? `${first.where.path}: ` : ''}${message}`,
    first.fix ?? 'correct the price file text (the schema of genspend.prices.yml)',
  );
}
