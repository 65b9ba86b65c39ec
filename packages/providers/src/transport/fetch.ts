import { deadlineError, MAX_RESPONSE_BYTES, tooLargeError, TransportError, type Deadline, type Transport } from '../http.js';
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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  signal?: any;
}
export interface FetchResponse {
  status: number;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
  /** The body as a stream (WHATWG fetch); read chunk by chunk so an endless body stops at the size limit. */
  body?: { getReader(): BodyReader } | null;
}
interface BodyReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

/** The WHATWG TextDecoder (a Node global); declared here because lib ES2023 lacks it. */
declare const TextDecoder: new (label?: string) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };
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
  /** The largest body read; a larger one is a bad response, never retried. Default 16 MiB. */
  maxResponseBytes?: number;
}

/** The transport for the CLI and the Action: fetch with a deadline per attempt, wrapped in `withRetries`. */
export function createFetchTransport(options: FetchTransportOptions): Transport {
  const {
    fetch,
    timeoutMs = 10_000,
    timeoutSignal = (ms: number) => AbortSignal.timeout(ms),
    maxResponseBytes = MAX_RESPONSE_BYTES,
    ...retry
  } = options;
  if (typeof fetch !== 'function') throw new TypeError('Expected `fetch` to be a function, such as the global fetch of Node 20.');
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new TypeError(`Expected \`timeoutMs\` to be a positive integer, got ${String(timeoutMs)}.`);
  if (!Number.isInteger(maxResponseBytes) || maxResponseBytes <= 0)
    throw new TypeError(`Expected \`maxResponseBytes\` to be a positive integer, got ${String(maxResponseBytes)}.`);

  const once: Transport = async (request, sendOptions = {}) => {
    // The attempt's own timeout, shortened to what is left of the read's deadline.
    const { deadline } = sendOptions;
    const left = deadline ? Math.ceil(deadline.remainingMs()) : Infinity;
    if (deadline && left <= 0) throw deadlineError(deadline);
    const limitMs = Math.min(timeoutMs, left);
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: { ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: timeoutSignal(limitMs),
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      const bodyText = await readBody(response, headers['content-length'], maxResponseBytes);
      return { status: response.status, headers, bodyText };
    } catch (e) {
      throw failure(e, limitMs, limitMs < timeoutMs ? deadline : undefined);
    }
  };
  return withRetries(once, retry);
}

/**
 * The body as text, at most `limit` bytes. A declared Content-Length over the limit is refused
 * before reading; otherwise the stream is counted as it arrives (chunked bodies declare
 * nothing, and a declaration is only a claim), and cancelled the moment it passes the limit.
 */
async function readBody(response: FetchResponse, contentLength: string | undefined, limit: number): Promise<string> {
  const reader = response.body?.getReader();
  if (contentLength !== undefined && /^\d+$/.test(contentLength.trim()) && Number(contentLength) > limit) {
    await reader?.cancel().catch(() => {});
    throw tooLargeError(limit);
  }
  if (response.body === undefined) {
    // A fetch without streams: the body is read whole, then measured (in UTF-16 units, at most its bytes).
    const text = await response.text();
    if (text.length > limit) throw tooLargeError(limit);
    return text;
  }
  if (!reader) return '';
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value?.byteLength ?? 0;
    if (bytes > limit) {
      await reader.cancel().catch(() => {});
      throw tooLargeError(limit);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Name the failure without the request: undici's messages carry no headers, but say little ("fetch failed"), so add the cause's code. */
function failure(e: unknown, limitMs: number, deadline: Deadline | undefined): TransportError {
  if (e instanceof TransportError) return e;
  const name = (e as { name?: unknown })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    if (deadline) return deadlineError(deadline, `no response within the ${limitMs} ms that were left`);
    return new TransportError('timeout', `no response within ${limitMs} ms`);
  }
  const message = e instanceof Error ? e.message : String(e);
  const cause = (e as { cause?: { code?: unknown; message?: unknown } })?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : undefined;
  return new TransportError('network', `network error: ${message}${code ? ` (${code})` : ''}`);
}
