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

/** What `closedPipeIsQuiet` needs of an output stream: process.stdout and process.stderr are ones. */
export interface OutputStream {
  write(chunk: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * `genspend estimate --format json | head`: the reader closes the pipe before the output ends,
 * and the next write fails with EPIPE, which Node raises as an unhandled error with a stack trace.
 * The output is no longer wanted, so later writes to the stream are dropped and the command runs
 * to its own exit code. Any other write error is one line on stderr and exit code 2.
 */
export function closedPipeIsQuiet(stream: OutputStream, stderr: OutputStream, exit: (code: number) => void): void {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') {
      stream.write = () => true;
      return;
    }
    if (stream !== stderr) stderr.write(`genspend: cannot write the output (${error.code ?? error.message})\n`);
    exit(EXIT.error);
  });
}

/** Output is handed to the stream in pieces of about this many characters. */
const JSON_CHUNK = 64 * 1024;

/** A stream that can say it is full (`write` returns false) and then when it has room again. */
interface Drains {
  once(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  readonly destroyed?: boolean;
}
const drains = (out: object): out is Drains =>
  typeof (out as Partial<Drains>).once === 'function' && typeof (out as Partial<Drains>).off === 'function';

/**
 * Writes a piece, and when the stream says it is full (stdout into a pipe whose reader is slower),
 * waits until it has room, so the pieces are not all held in memory at once. A stream that closes
 * or fails instead ends the wait (the error is `closedPipeIsQuiet`'s to report).
 */
async function put(out: { write(chunk: string): unknown }, text: string): Promise<void> {
  if (out.write(text) !== false || !drains(out) || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error'] as const) out.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error'] as const) out.once(event, done);
  });
}

/**
 * `JSON.stringify(value, null, 2) + '\n'`, byte for byte, written in pieces: a report of 10,000
 * workloads is an 11 MB text, and building it whole (then its UTF-8 copy) cost the CLI its peak
 * memory. The top level's lists are written an item at a time; everything else is JSON.stringify's.
 * A piece waits for the stream to take the one before (see `put`).
 */
export async function writeJson(out: { write(chunk: string): unknown }, value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    await put(out, JSON.stringify(value, null, 2) + '\n');
    return;
  }
  let text = '{';
  let first = true;
  const flush = async () => {
    if (text.length < JSON_CHUNK) return;
    const piece = text;
    text = '';
    await put(out, piece);
  };
  const field = (key: string) => {
    text += `${first ? '\n  ' : ',\n  '}${JSON.stringify(key)}: `;
    first = false;
  };
  for (const [key, item] of Object.entries(value)) {
    if (Array.isArray(item) && item.length && typeof (item as { toJSON?: unknown }).toJSON !== 'function') {
      field(key);
      text += '[';
      for (let i = 0; i < item.length; i++) {
        const one = JSON.stringify(item[i], null, 2);
        text += `${i ? ',\n    ' : '\n    '}${one === undefined ? 'null' : one.replaceAll('\n', '\n    ')}`;
        await flush();
      }
      text += '\n  ]';
      continue;
    }
    // what JSON.stringify leaves out of an object (undefined, functions) is left out here too
    const one = JSON.stringify(item, null, 2);
    if (one === undefined) continue;
    field(key);
    text += one.replaceAll('\n', '\n  ');
    await flush();
  }
  await put(out, `${text}${first ? '}' : '\n}'}\n`);
}
