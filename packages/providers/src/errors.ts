import type { ProviderId } from './types.js';

/**
 * Why a provider call failed, in the terms a front door acts on: fix the key, top up, wait,
 * or report a bug. `locked`, `insufficient-credits` and `daily-limit` are hard stops: waiting
 * seconds does not cure them, so they are never retried.
 */
export type ProviderErrorKind =
  | 'auth'
  | 'admin-key-required'
  | 'locked'
  | 'insufficient-credits'
  | 'daily-limit'
  | 'rate-limited'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'bad-response'
  | 'bad-request'
  | 'not-found';

const RETRYABLE: ReadonlySet<ProviderErrorKind> = new Set(['rate-limited', 'unavailable', 'timeout', 'network']);

export interface ProviderErrorInit {
  kind: ProviderErrorKind;
  provider: ProviderId;
  message: string;
  status?: number;
  retryAfterMs?: number;
}

/**
 * A failed provider call. It carries no request, headers or response body, only a message
 * built from the provider's error text, so printing, logging or serializing it can never leak
 * the API key; `call()` also scrubs the key from that text in case the provider echoes it.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly kind: ProviderErrorKind;
  readonly provider: ProviderId;
  readonly status?: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;

  constructor(init: ProviderErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.provider = init.provider;
    if (init.status !== undefined) this.status = init.status;
    this.retryable = RETRYABLE.has(init.kind);
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }

  /** The same error with every secret removed from its message (a new object: fields are readonly). */
  redact(secrets: readonly string[]): ProviderError {
    const message = redact(this.message, secrets);
    if (message === this.message) return this;
    const init: ProviderErrorInit = { kind: this.kind, provider: this.provider, message };
    if (this.status !== undefined) init.status = this.status;
    if (this.retryAfterMs !== undefined) init.retryAfterMs = this.retryAfterMs;
    return new ProviderError(init);
  }
}

export function isProviderError(e: unknown): e is ProviderError {
  return e instanceof ProviderError;
}

/**
 * Replace each secret in `text` by `[redacted]`, in any letter case: a provider that echoes a
 * key upper-cased ("invalid key SK-SECRET-123") still gives it away, and keys are compared
 * case-insensitively by some gateways. Secrets shorter than 4 characters are ignored: they
 * would shred ordinary words.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.replace(new RegExp(escapeRegExp(secret), 'giu'), '[redacted]');
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
