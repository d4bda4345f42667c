import type { PlexAccount } from '../../lib/plex/account-schema.ts'
import { checkPin, type OpenPin } from '../../lib/plex/pins.ts'
import { isPlexError, type PlexError } from '../../lib/plex/plex-error.ts'
import { DEFAULT_RATE_LIMIT_WAIT_SECONDS } from '../../lib/plex/retry-after.ts'
import { getUser } from '../../lib/plex/user.ts'

/** Plex's docs ask PIN clients to poll about once a second. */
export const POLL_INTERVAL_MS = 1_000

// Failing polls back off, but not so far that an approval goes unnoticed
// for long once plex.tv answers again.
const MAX_POLL_BACKOFF_MS = 10_000

export type PollOutcome =
  | { kind: 'approved'; account: PlexAccount }
  | { kind: 'expired' }
  | { kind: 'waiting'; problem: PlexError | null; nextLookInMs: number }

/**
 * One look at a PIN. An approved PIN's token goes straight to plex.tv for
 * its account and is kept nowhere. Any failure but expiry leaves the PIN
 * waiting, with words for the person: plex.tv hands out the same token on
 * every poll until the PIN expires, so the next look tries again: after
 * 1 s, doubling with each failure in a row (`failuresSoFar`) up to 10 s, or
 * as long as a rate limit asks.
 */
export async function pollPinOnce(
  pin: OpenPin,
  signal: AbortSignal,
  failuresSoFar = 0,
): Promise<PollOutcome> {
  if (Date.now() >= pin.expiresAt) return { kind: 'expired' }

  try {
    const token = await checkPin(pin.id, { signal })
    if (token === null) {
      return { kind: 'waiting', problem: null, nextLookInMs: POLL_INTERVAL_MS }
    }
    const account = await getUser({ token, signal })
    return { kind: 'approved', account }
  } catch (error) {
    if (!isPlexError(error)) throw error
    if (error.kind === 'pin-expired') return { kind: 'expired' }

    return {
      kind: 'waiting',
      problem: error,
      nextLookInMs: nextLookAfter(error, failuresSoFar),
    }
  }
}

function nextLookAfter(error: PlexError, failuresSoFar: number): number {
  if (error.kind === 'rate-limited') {
    const seconds = error.retryAfterSeconds ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS
    return Math.max(POLL_INTERVAL_MS, seconds * 1000)
  }
  return Math.min(POLL_INTERVAL_MS * 2 ** failuresSoFar, MAX_POLL_BACKOFF_MS)
}
