import { GenspendError, GenspendErrors } from '@genspend/core';

/** The user-facing problems in a thrown value, or undefined when it is a bug rather than bad input. */
export function problemsOf(e: unknown): readonly GenspendError[] | undefined {
  if (e instanceof GenspendErrors) return e.errors;
  if (e instanceof GenspendError) return [e];
  return undefined;
}

/**
 * Maps every item, reporting the problems of all of them together (one GenspendErrors), so a
 * user fixes every manifest in one pass. (The CLI's loadManifests does the same for its files;
 * a shared helper in the core would serve both.)
 */
export function mapAll<T, R>(items: readonly T[], each: (item: T) => R): R[] {
  const problems: GenspendError[] = [];
  const out: R[] = [];
  for (const item of items) {
    try {
      out.push(each(item));
    } catch (e) {
      const found = problemsOf(e);
      if (!found) throw e;
      problems.push(...found);
    }
  }
  if (problems.length) throw new GenspendErrors(problems);
  return out;
}
