/** Where a problem is: a file, and a line when it is known. */
export interface Location {
  file: string;
  line?: number;
}

/**
 * What a problem is about, as data, for front doors that show it their own way (an n8n field
 * hint, a JSON report): the message already says all of it in words.
 */
export interface ProblemDetail {
  workload?: string;
  attribute?: string;
  /** The value given, as written. */
  value?: string;
  /** Every value the attribute accepts here. */
  allowed?: readonly string[];
  /** The allowed value closest to the one given, when one is close. */
  suggestion?: string;
  /** Attributes the workload must add, the first one named in the message. */
  missing?: readonly string[];
}

/**
 * An error a user can act on: what is wrong, where, and how to fix it. Front doors print
 * `format()` as one line and exit 2; they never show a stack trace for it.
 */
export class GenspendError extends Error {
  override readonly name = 'GenspendError';
  constructor(
    message: string,
    readonly where?: Location & { path?: string },
    readonly fix?: string,
    readonly detail?: Readonly<ProblemDetail>,
  ) {
    super(message);
  }

  format(): string {
    const parts: string[] = [];
    if (this.where) {
      parts.push(this.where.line !== undefined ? `${this.where.file}:${this.where.line}` : this.where.file);
      if (this.where.path) parts.push(this.where.path);
    }
    parts.push(this.fix ? `${this.message} (fix: ${this.fix})` : this.message);
    return parts.join(': ');
  }
}

/** Several problems found in one pass, so a user fixes them all at once. */
export class GenspendErrors extends Error {
  override readonly name = 'GenspendErrors';
  constructor(readonly errors: readonly GenspendError[]) {
    super(errors.map((e) => e.format()).join('\n'));
  }
  format(): string {
    return this.message;
  }
}

/** The user-facing problems in a thrown value, or undefined when it is a bug rather than bad input. */
export function problemsOf(e: unknown): readonly GenspendError[] | undefined {
  if (e instanceof GenspendErrors) return e.errors;
  if (e instanceof GenspendError) return [e];
  return undefined;
}

/**
 * Maps every item, reporting the problems of all of them together (one GenspendErrors), so a
 * user fixes every manifest or workload in one pass. Anything that is not bad input is rethrown.
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

export function isGenspendError(e: unknown): e is GenspendError | GenspendErrors {
  return e instanceof GenspendError || e instanceof GenspendErrors;
}

/**
 * The candidate nearest `word` by Levenshtein distance (case-insensitive; the first of equals),
 * for "did you mean" on unknown keys and names; undefined when none is within reach. Distances
 * are computed only as far as they could still beat the best so far, so a request quote can
 * check every field it ignores.
 */
export function closest(word: string, candidates: readonly string[], maxDistance = 3): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.min(maxDistance, Math.max(1, Math.ceil(w.length / 2)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = distance(w, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

let row: number[] = [];

/** The edit distance of a and b, or cap + 1 as soon as it must exceed cap. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (row.length <= b.length) row = new Array<number>(b.length + 1).fill(0);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      const v = Math.min(current + 1, row[j - 1]! + 1, previous + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < rowMin) rowMin = v;
      previous = current;
    }
    if (rowMin > cap) return cap + 1;
  }
  return row[b.length]!;
}
