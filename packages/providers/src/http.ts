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
 * Sends one request. The front door chooses it: `createFetchTransport` for the CLI and the
 * Action, n8n's `httpRequestWithAuthentication` for the nodes. It must resolve for every HTTP
 * status (error statuses are the parsers' business) and reject only when no response came,
 * preferably with a `TransportError`.
 */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

/** No HTTP response at all: the deadline passed, or the connection failed. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly kind: 'timeout' | 'network',
    message: string,
  ) {
    super(message);
  }
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
