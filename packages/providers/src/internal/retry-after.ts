/** Longer than a day is not a wait a provider means: such a header is treated as malformed. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

/** RFC 9110 HTTP-date forms all start with a day name: "Wed, 21 Oct 2026 07:28:00 GMT", "Wednesday, 21-Oct-26 ...", "Wed Oct 21 ...". */
const HTTP_DATE = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d{1,2}:\d{2}:\d{2}/i;

/**
 * `Retry-After` as milliseconds from `nowMs`. RFC 9110 allows delay-seconds ("120") or an
 * HTTP date; a date in the past means "now" (0). Anything else ("-5", "abc", a bare year that
 * Date.parse would still read, more than a day) is undefined, so the caller falls back to its
 * ordinary backoff rather than retrying at once or waiting for ever.
 * "2" -> 2000; "Wed, 21 Oct 2026 07:28:05 GMT" at 07:28:00 -> 5000; "-5" -> undefined.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  let ms: number | undefined;
  if (/^\d+(\.\d+)?$/.test(text)) ms = Math.round(Number(text) * 1000);
  else if (HTTP_DATE.test(text)) {
    const at = Date.parse(text);
    if (!Number.isNaN(at)) ms = Math.max(0, at - nowMs);
  }
  return ms !== undefined && Number.isFinite(ms) && ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
}
