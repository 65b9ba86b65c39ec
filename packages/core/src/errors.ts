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

/** Levenshtein distance, for "did you mean" suggestions on unknown keys and names. */
export function closest(word: string, candidates: readonly string[], maxDistance = 3): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const candidate of candidates) {
    const d = distance(w, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.min(maxDistance, Math.max(1, Math.ceil(w.length / 2))) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
