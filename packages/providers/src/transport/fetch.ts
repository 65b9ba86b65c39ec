import { TransportError, type Transport } from '../http.js';
import { withRetries, type RetryOptions } from './retry.js';

/*
 * Minimal structural types for WHATWG fetch: this package compiles with `types: []` and lib
 * ES2023, which declare neither `Response` nor `RequestInit`, and n8n's bundle must not rely
 * on DOM or Node typings. Node's global `fetch` satisfies them.
 */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  // `any`, not `unknown`: the global fetch's `RequestInit.signal` is `AbortSignal | null`, and
  // only `any` lets `globalThis.fetch` be passed here without DOM types on this side.
  signal?: any;
}
export interface FetchResponse {
  status: number;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
}
export type FetchFunction = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** The `AbortSignal.timeout` static (Node >= 17.3); declared here because lib ES2023 lacks it. */
declare const AbortSignal: { timeout(ms: number): unknown };

export interface FetchTransportOptions extends Omit<RetryOptions, 'sleep'> {
  fetch: FetchFunction;
  /** Backoff waits, e.g. `(ms) => setTimeout(ms)` from node:timers/promises. */
  sleep: (ms: number) => Promise<void>;
  /** Per attempt, covering the headers and the body. Default 10 000 ms. */
  timeoutMs?: number;
  /**
   * A signal that aborts after `ms`. Default `AbortSignal.timeout`, whose timer does not keep
   * the process alive, so a CLI exits as soon as its work is done; it also keeps the deadline
   * apart from `sleep`, so tests can record backoff waits without shortening timeouts.
   */
  timeoutSignal?: (ms: number) => unknown;
}

/** The transport for the CLI and the Action: fetch with a deadline per attempt, wrapped in `withRetries`. */
export function createFetchTransport(options: FetchTransportOptions): Transport {
  const { fetch, timeoutMs = 10_000, timeoutSignal = (ms: number) => AbortSignal.timeout(ms), ...retry } = options;
  if (typeof fetch !== 'function') throw new TypeError('Expected `fetch` to be a function, such as the global fetch of Node 20.');
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new TypeError(`Expected \`timeoutMs\` to be a positive integer, got ${String(timeoutMs)}.`);

  const once: Transport = async (request) => {
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: { ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: timeoutSignal(timeoutMs),
      });
      const bodyText = await response.text();
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      return { status: response.status, headers, bodyText };
    } catch (e) {
      throw failure(e, timeoutMs);
    }
  };
  return withRetries(once, retry);
}

/** Name the failure without the request: undici's messages carry no headers, but say little ("fetch failed"), so add the cause's code. */
function failure(e: unknown, timeoutMs: number): TransportError {
  const name = (e as { name?: unknown })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new TransportError('timeout', `no response within ${timeoutMs} ms`);
  const message = e instanceof Error ? e.message : String(e);
  const cause = (e as { cause?: { code?: unknown; message?: unknown } })?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : undefined;
  return new TransportError('network', `network error: ${message}${code ? ` (${code})` : ''}`);
}
