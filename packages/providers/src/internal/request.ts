import type { ProviderRequest } from '../http.js';
import type { Credentials } from '../types.js';
import type { Origin } from './classify.js';

/** Fail before any I/O on a missing key or a malformed base URL; never echo the key. */
export function checkCredentials(creds: Credentials): void {
  if (typeof creds?.apiKey !== 'string' || creds.apiKey.trim() === '') {
    throw new TypeError('Expected `apiKey` to be a non-empty string.');
  }
}

/**
 * A client option that is not usable, with its parts kept apart so a front door can name the
 * setting the value came from (`GENSPEND_FAL_BASE_URL`) instead of the option.
 * The message keeps the shape "Expected `baseUrl` to be ..., got ...".
 */
export class OptionError extends TypeError {
  constructor(
    readonly option: string,
    readonly expected: string,
    /** The value as shown: JSON-quoted, with any user name and password replaced. */
    readonly got: string,
    readonly fix?: string,
  ) {
    super(`Expected \`${option}\` to be ${expected}, got ${got}.${fix ? ` Fix: ${fix}.` : ''}`);
  }
}

/**
 * "https://user:pw@host/x" -> "https://[redacted]@host/x": what a URL holds before its last "@"
 * never reaches a message (a password with "/", "?" or "#" in it would split anywhere else).
 */
export function withoutUserinfo(text: string): string {
  return text.replace(/^([a-z][a-z\d+.-]*:\/\/)?.*@/is, '$1[redacted]@');
}

/**
 * The base URL to use: the override when given (validated, trailing slash dropped), else the
 * default. A URL with "user:password@" is refused: fetch would refuse it later anyway, and a
 * password in a setting tends to end up in logs; the provider's key travels in its header.
 */
export function baseUrl(override: string | undefined, fallback: string, option = 'baseUrl'): string {
  if (override === undefined) return fallback;
  const shown = typeof override === 'string' ? JSON.stringify(withoutUserinfo(override)) : String(override);
  if (typeof override !== 'string' || !/^https?:\/\/[^\s/]+/.test(override)) {
    throw new OptionError(option, 'an http(s) URL such as "https://api.example.com"', shown);
  }
  // Any "@" at all: "https://u:p/w@host" is a password with a "/", not a path, and a base URL
  // gets paths appended, so it has no query where an "@" could stand for itself.
  if (override.includes('@')) {
    throw new OptionError(
      option,
      'an http(s) URL without a user name or password',
      shown,
      'remove the "user:password@" part; genspend sends the API key in the provider\'s own header',
    );
  }
  return override.replace(/\/+$/, '');
}

/**
 * A query string, keys in the order given, undefined values left out, repeated keys for
 * arrays (`expand=a&expand=b`). `/ , : @` stay literal: they are legal in a query and fal's
 * own examples write `endpoint_id=fal-ai/flux/dev,fal-ai/flux/schnell`.
 */
export function query(params: Record<string, string | readonly string[] | undefined>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    for (const item of typeof value === 'string' ? [value] : (value ?? [])) {
      parts.push(`${key}=${encodeLoose(item)}`);
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A path segment that keeps `:` and `@` (Runware AIR ids like `runware:101@1`) readable; `/` stays encoded. */
export function pathSegment(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%40/g, '@');
}

function encodeLoose(text: string): string {
  return encodeURIComponent(text).replace(/%2F/gi, '/').replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%40/g, '@');
}

/** A frozen request; a JSON body gets its Content-Type. */
export function buildRequest(
  origin: Origin,
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): ProviderRequest {
  const json = body === undefined ? undefined : JSON.stringify(body);
  return Object.freeze({
    provider: origin.provider,
    endpoint: origin.endpoint,
    method,
    url,
    headers: Object.freeze({
      Accept: 'application/json',
      ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    }),
    ...(json !== undefined ? { body: json } : {}),
  });
}

/** A job id as given, trimmed; an empty or non-string one is refused before any I/O. */
export function jobId(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new TypeError(`Expected ${what}, got ${JSON.stringify(value) ?? String(value)}.`);
  return value.trim();
}
