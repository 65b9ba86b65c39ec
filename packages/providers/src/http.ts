import type { ProviderId } from './types.js';

/** A request as the builders describe it: plain data any HTTP client can send. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON string, when the request has a body. */
  readonly body?: string;
}

/**
 * A built request with its origin, so a transport failure can be reported as
 * `runway /v1/organization: timed out` without printing the URL or headers.
 */
export interface ProviderRequest extends HttpRequest {
  readonly provider: ProviderId;
  /** A short, secret-free label for messages, e.g. `/v1/organization`. */
  readonly endpoint: string;
}

export interface HttpResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
}

/**
 * The end of one whole account read (every page, retry and wait), so pagination times
 * Retry-After cannot run for hours. A function of the caller's clock, not a timestamp, so the
 * transport and the caller never disagree on what "now" is.
 */
export interface Deadline {
  /** The whole budget, for messages: "took longer than 120 s". */
  readonly seconds: number;
  /** Milliseconds left; zero or less once it has passed. */
  remainingMs(): number;
}

/** What a caller tells the transport about one request beyond the request itself. */
export interface SendOptions {
  readonly deadline?: Deadline;
}

/**
 * Sends one request. The front door chooses it: `createFetchTransport` for the CLI and the
 * Action, n8n's `httpRequestWithAuthentication` for the nodes. It must resolve for every HTTP
 * status (error statuses are the parsers' business) and reject only when no response came,
 * preferably with a `TransportError`. A transport that ignores `options` still works: the
 * deadline is then checked between requests only.
 */
export type Transport = (request: HttpRequest, options?: SendOptions) => Promise<HttpResponse>;

/** The largest response body genspend reads: far above any account or pricing answer, far below a memory problem. */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * No usable HTTP response: no answer in time (`timeout`), the connection failed (`network`),
 * the read's deadline passed (`deadline`) or the body passed the size limit (`too-large`).
 * Only `timeout` and `network` are worth another attempt.
 */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly kind: 'timeout' | 'network' | 'deadline' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** "took longer than 120 s (the deadline for one account read)", plus what was happening when it passed. */
export function deadlineError(deadline: Deadline, detail?: string, would = false): TransportError {
  const what = `${would ? 'would take' : 'took'} longer than ${deadline.seconds} s (the deadline for one account read)`;
  return new TransportError('deadline', detail ? `${what}: ${detail}` : what);
}

/** "16 MiB", "64 KiB", "100 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

export function tooLargeError(limitBytes: number): TransportError {
  return new TransportError('too-large', `the response is larger than ${formatBytes(limitBytes)}, the size limit for one answer`);
}

/**
 * A response body that was not valid JSON, kept as text so error statuses can still be read
 * ("502 Bad Gateway" pages) while a 2xx with such a body is reported as a bad response.
 */
export class RawBody {
  constructor(readonly text: string) {}
}

/**
 * Turns a response into a result or a typed error. `body` is the parsed JSON, or a `RawBody`
 * when the text was not JSON (an HTML 502 page, a truncated body).
 */
export type Parser<T> = (status: number, body: unknown, headers?: Readonly<Record<string, string>>) => T;
