/**
 * `Retry-After` as milliseconds from `nowMs`. RFC 9110 allows delay-seconds ("120") or an
 * HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); a date in the past means "now" (0). Anything
 * else is ignored (undefined) so a malformed header falls back to ordinary backoff.
 * "2" -> 2000; "Wed, 21 Oct 2026 07:28:05 GMT" at 07:28:00 -> 5000.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
