/** What the CLI needs from its environment, injected so tests can run it in-process. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Today's date; injectable so stale-price warnings are testable. */
  now?: () => Date;
}

export const EXIT = { pass: 0, budgetFailed: 1, error: 2 } as const;

export type Format = 'table' | 'markdown' | 'json';

export function parseFormat(value: string | undefined, allowed: readonly Format[] = ['table', 'markdown', 'json']): Format {
  const format = (value ?? 'table') as Format;
  if (!allowed.includes(format)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return format;
}

/** A mistake in how the command was called: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
