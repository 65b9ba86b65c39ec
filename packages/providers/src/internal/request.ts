import type { ProviderRequest } from '../http.js';
import type { Credentials } from '../types.js';
import type { Origin } from './classify.js';

/** Fail before any I/O on a missing key or a malformed base URL; never echo the key. */
export function checkCredentials(creds: Credentials): void {
  if (typeof creds?.apiKey !== 'string' || creds.apiKey.trim() === '') {
    throw new TypeError('Expected `apiKey` to be a non-empty string.');
  }
}

/** The base URL to use: the override when given (validated, trailing slash dropped), else the default. */
export function baseUrl(override: string | undefined, fallback: string, option = 'baseUrl'): string {
  if (override === undefined) return fallback;
  if (typeof override !== 'string' || !/^https?:\/\/[^\s/]+/.test(override)) {
    throw new TypeError(`Expected \`${option}\` to be an http(s) URL such as "https://api.example.com", got ${JSON.stringify(override)}.`);
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
