/** The oldest Plex Media Server that answers a source lookup. */
export const SOURCE_LOOKUP_MIN_VERSION = '1.15.4'

/**
 * Whether a Plex Media Server version such as `1.41.0.8992-8463ad060` is at
 * least `minimum` (`1.15.4`). Missing parts count as 0; a version that does
 * not start with a number is never at least anything.
 */
export function isVersionAtLeast(
  version: string | undefined,
  minimum: string,
): boolean {
  const have = numbersOf(version)
  const need = numbersOf(minimum)
  if (have.length === 0) return false

  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const difference = (have[i] ?? 0) - (need[i] ?? 0)
    if (difference !== 0) return difference > 0
  }
  return true
}

function numbersOf(version: string | undefined): number[] {
  const match = /^\s*v?(\d+(?:\.\d+)*)/i.exec(version ?? '')
  return match ? match[1]!.split('.').map(Number) : []
}
