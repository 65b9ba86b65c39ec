import { badResponse, type Origin } from './classify.js';

export interface Page<T> {
  items: readonly T[];
  /** The cursor for the next page; undefined on the last page. */
  nextCursor?: string;
}

/** Enough for any account's month of usage at fal's page size; more means the cursor is looping. */
export const MAX_PAGES = 100;

/**
 * Follow a cursor to the end, bounded: a cursor seen twice or more than `maxPages` pages is a
 * provider bug, reported as a bad response instead of a loop that never ends.
 */
export async function collectPages<T>(
  origin: Origin,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages = MAX_PAGES,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (result.nextCursor === undefined) return items;
    if (seen.has(result.nextCursor)) throw badResponse(origin, `pagination returned cursor ${JSON.stringify(result.nextCursor)} twice`);
    seen.add(result.nextCursor);
    cursor = result.nextCursor;
  }
  throw badResponse(origin, `pagination did not end after ${maxPages} pages`);
}

/** ["a","b","c"], 2 -> [["a","b"],["c"]]. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
