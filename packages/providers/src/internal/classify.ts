import { ProviderError, type ProviderErrorKind } from '../errors.js';
import { RawBody } from '../http.js';
import type { ProviderId } from '../types.js';
import { parseRetryAfter } from './retry-after.js';

/** Where a response came from, for messages and for endpoint-specific meanings. */
export interface Origin {
  provider: ProviderId;
  endpoint: string;
  /** fal's usage and billing endpoints refuse non-admin keys with 401/403. */
  admin?: boolean;
}

/**
 * Error texts that mean "stop": matched on the body before the status, because the same
 * status (403, 429) can be a transient refusal or a dead end. Shared by the parsers and by
 * the retry loop, which must not retry these.
 */
const HARD_STOPS: ReadonlyArray<{ pattern: RegExp; kind: ProviderErrorKind }> = [
  // fal: 403 {"detail":"User is locked. Reason: Exhausted balance..."}
  { pattern: /user is locked/i, kind: 'locked' },
  // Runway: "You do not have enough credits to run this task." (status undocumented)
  { pattern: /not have enough credits|insufficient (credits|balance|funds)/i, kind: 'insufficient-credits' },
  // Runway: 429 {"error":"Your daily task limit has been reached."}
  { pattern: /daily task limit/i, kind: 'daily-limit' },
];

/** True when a response body says retrying cannot help. */
export function isHardStop(bodyText: string): boolean {
  return HARD_STOPS.some((stop) => stop.pattern.test(bodyText));
}

/** Key problems reported without a 401/403 (Runware 400s, Runpod GraphQL 200s). */
const AUTH_TEXT = /unauthori[sz]ed|invalid api[ _-]?key|api[ _-]?key (is )?(invalid|missing|not valid)|authentication (failed|required)/i;

const MAX_DETAIL = 300;

/**
 * The error text from any of the four providers' error shapes: Runway `{error: "..."}`, fal
 * `{error: {type, message}}` or `{detail: "..." | [{msg}]}`, Runware `{errors: [{code, message}]}`,
 * Runpod GraphQL `{errors: [{message}]}`, or a non-JSON body's text.
 */
export function errorText(body: unknown): string | undefined {
  // An HTML error page says nothing the status does not; plain text ("Bad Gateway") does.
  if (body instanceof RawBody) return body.text.trimStart().startsWith('<') ? undefined : clip(body.text);
  if (typeof body === 'string') return clip(body);
  if (!isRecord(body)) return undefined;
  const { error, errors, detail, message } = body;
  if (typeof error === 'string') return clip(error);
  if (isRecord(error) && typeof error.message === 'string') return clip(error.message);
  if (Array.isArray(errors) && isRecord(errors[0])) {
    const first = errors[0];
    const text = [first.code, first.message].filter((part) => typeof part === 'string').join(': ');
    return text ? clip(text) : undefined;
  }
  if (typeof detail === 'string') return clip(detail);
  if (Array.isArray(detail) && isRecord(detail[0]) && typeof detail[0].msg === 'string') return clip(detail[0].msg);
  if (typeof message === 'string') return clip(message);
  return undefined;
}

/** Runware and GraphQL report failures inside a 2xx body as a non-empty `errors` array. */
export function hasErrorsArray(body: unknown): boolean {
  return isRecord(body) && Array.isArray(body.errors) && body.errors.length > 0;
}

/** The typed error for a failed response (a non-2xx status, or a 2xx carrying errors). */
export function classifyFailure(
  origin: Origin,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
  nowMs: number = Date.now(),
): ProviderError {
  const text = errorText(body);
  const detail = text ? `: ${text}` : '';
  const http = `(HTTP ${status})`;
  const retryAfterMs = parseRetryAfter(headers['retry-after'], nowMs);
  const make = (kind: ProviderErrorKind, what: string) =>
    new ProviderError({
      kind,
      provider: origin.provider,
      status,
      message: `${origin.provider} ${origin.endpoint}: ${what}`,
      ...(retryAfterMs !== undefined && (kind === 'rate-limited' || kind === 'unavailable') ? { retryAfterMs } : {}),
    });

  const stop = text ? HARD_STOPS.find((s) => s.pattern.test(text)) : undefined;
  switch (stop?.kind) {
    case 'locked':
      return make('locked', `the account is locked ${http}${detail}. Top up the balance; retrying will not help`);
    case 'insufficient-credits':
      return make('insufficient-credits', `not enough credits ${http}${detail}. Buy credits before submitting work`);
    case 'daily-limit':
      return make(
        'daily-limit',
        `the daily generation limit is reached ${http}${detail}. Wait for the rolling 24 hours to pass or move to a higher usage tier`,
      );
  }
  if (status === 401 || status === 403) {
    if (origin.admin) {
      return make(
        'admin-key-required',
        `this endpoint needs an ADMIN API key; the key given was refused ${http}${detail}. Create a key with the Admin scope`,
      );
    }
    return make('auth', `the API key was refused ${http}${detail}. Check the key`);
  }
  if (status === 404) return make('not-found', `not found ${http}${detail}`);
  if (status === 429) {
    const wait = retryAfterMs !== undefined ? `, retry after ${Math.ceil(retryAfterMs / 1000)} s` : '';
    return make('rate-limited', `rate limited ${http}${wait}${detail}`);
  }
  if (status >= 500) return make('unavailable', `the provider is unavailable ${http}${detail}`);
  if (text && AUTH_TEXT.test(text)) return make('auth', `the API key was refused ${http}${detail}. Check the key`);
  if (status >= 400) return make('bad-request', `the request was rejected ${http}${detail}`);
  return make('bad-response', `the provider answered with an error ${http}${detail}`);
}

/** A response genspend cannot read: it names the field so a schema change is easy to find. */
export function badResponse(origin: Origin, what: string, status?: number): ProviderError {
  return new ProviderError({
    kind: 'bad-response',
    provider: origin.provider,
    message: `${origin.provider} ${origin.endpoint}: ${what}`,
    ...(status !== undefined ? { status } : {}),
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string): string | undefined {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (!oneLine) return undefined;
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL)}...` : oneLine;
}
