import { deadlineError, TransportError, type Deadline, type HttpResponse, type Transport } from '../http.js';
import { isHardStop } from '../internal/classify.js';
import { parseRetryAfter } from '../internal/retry-after.js';

export interface RetryOptions {
  /** Waits between attempts; injected because timers are banned in n8n nodes (use n8n-workflow's `sleep`). */
  sleep: (ms: number) => Promise<void>;
  /** Extra attempts after the first. Default 3. */
  retries?: number;
  /** First backoff step; doubled per attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** No single wait is longer; a longer Retry-After ends the retries (the error carries it). Default 30 s. */
  maxDelayMs?: number;
  /** [0, 1) for jitter. Default Math.random. */
  random?: () => number;
  /** Epoch ms, for Retry-After dates. Default Date.now. */
  now?: () => number;
}

/**
 * Wrap any single-shot transport with bounded retries. Retried: 429 and 5xx (unless the body
 * is a hard stop such as Runway's daily limit), timeouts and network failures; every request
 * genspend builds is a read, so repeating one is safe. Never retried: 401/403 and other 4xx,
 * a body over the size limit, a passed deadline. The wait honours a valid Retry-After, else is
 * exponential with jitter: the second retry with base 500 ms waits 1000-2000 ms. With a
 * deadline in the send options, no attempt starts after it and no wait runs past it: the
 * request fails at once with a deadline error naming what it was waiting for.
 */
export function withRetries(send: Transport, options: RetryOptions): Transport {
  const { sleep, retries = 3, baseDelayMs = 500, maxDelayMs = 30_000, random = Math.random, now = Date.now } = options;
  checkCount('retries', retries);
  checkCount('baseDelayMs', baseDelayMs);
  checkCount('maxDelayMs', maxDelayMs);
  if (typeof sleep !== 'function') throw new TypeError('Expected `sleep` to be a function (ms) => Promise<void>.');

  const backoff = (attempt: number) => Math.min(maxDelayMs, baseDelayMs * 2 ** attempt * (1 + random()));

  return async (request, sendOptions = {}) => {
    const { deadline } = sendOptions;
    for (let attempt = 0; attempt < retries; attempt++) {
      checkDeadline(deadline);
      let wait: { ms: number; why: string } | undefined;
      try {
        const response = await send(request, sendOptions);
        wait = retryDelay(response, attempt);
        if (wait === undefined) return response;
      } catch (e) {
        if (!(e instanceof TransportError) || (e.kind !== 'timeout' && e.kind !== 'network')) throw e;
        const ms = backoff(attempt);
        wait = { ms, why: `${e.message}; the next attempt was due in ${seconds(ms)}` };
      }
      if (deadline && wait.ms >= deadline.remainingMs()) throw deadlineError(deadline, wait.why, true);
      await sleep(wait.ms);
    }
    checkDeadline(deadline);
    return send(request, sendOptions); // the last attempt: its response or failure is the answer
  };

  /** The wait before retrying this response, or undefined to hand it back as it is. */
  function retryDelay(response: HttpResponse, attempt: number): { ms: number; why: string } | undefined {
    if (response.status !== 429 && response.status < 500) return undefined;
    if (isHardStop(response.bodyText)) return undefined;
    const retryAfter = parseRetryAfter(response.headers['retry-after'], now());
    if (retryAfter === undefined) {
      const ms = backoff(attempt);
      return { ms, why: `HTTP ${response.status}; the next attempt was due in ${seconds(ms)}` };
    }
    if (retryAfter > maxDelayMs) return undefined;
    return { ms: retryAfter, why: `HTTP ${response.status} with Retry-After ${seconds(retryAfter)}` };
  }
}

function checkDeadline(deadline: Deadline | undefined): void {
  if (deadline && deadline.remainingMs() <= 0) throw deadlineError(deadline);
}

/** 1500 -> "1.5 s". */
function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new TypeError(`Expected \`${name}\` to be a non-negative integer, got ${String(value)}.`);
}
