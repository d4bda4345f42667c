// SECURITY.md RL-03: never sooner than a second, never longer than five
// minutes, whatever the header says; a screen counts the wait down.
const MIN_SECONDS = 1
const MAX_SECONDS = 5 * 60

/**
 * How long to wait after a 429 whose `Retry-After` is absent or unreadable:
 * plex.tv may not expose the header to pages (CORS), and hammering it
 * would only prolong the limit.
 */
export const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 30

const DELTA_SECONDS = /^\d+$/
// RFC 9110 §5.6.7: IMF-fixdate, plus the obsolete RFC 850 and asctime forms.
const HTTP_DATES = [
  /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
]

/**
 * Seconds to wait from a `Retry-After` header (delta-seconds or HTTP-date),
 * clamped to 1 s – 5 min; undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim()
  if (!text) return undefined

  if (DELTA_SECONDS.test(text)) return clamp(Number(text))

  if (!HTTP_DATES.some((pattern) => pattern.test(text))) return undefined
  // asctime dates carry no zone but are GMT by definition.
  const date = Date.parse(text.endsWith('GMT') ? text : `${text} GMT`)
  if (Number.isNaN(date)) return undefined
  return clamp(Math.ceil((date - now) / 1000))
}

function clamp(seconds: number): number {
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, seconds))
}
