import type { PlexAccount } from '../../lib/plex/account-schema.ts'
import { checkPin, type OpenPin } from '../../lib/plex/pins.ts'
import { isPlexError } from '../../lib/plex/plex-error.ts'
import { getUser } from '../../lib/plex/user.ts'

/** Plex's docs ask PIN clients to poll about once a second. */
export const POLL_INTERVAL_MS = 1_000

export type PollOutcome =
  | { kind: 'approved'; account: PlexAccount }
  | { kind: 'expired' }
  | { kind: 'waiting'; problem: string | null; nextLookInMs: number }

/**
 * One look at a PIN. An approved PIN's token goes straight to plex.tv for
 * its account and is kept nowhere. Any failure but expiry leaves the PIN
 * waiting, with words for the person: plex.tv hands out the same token on
 * every poll until the PIN expires, so the next look tries again.
 */
export async function pollPinOnce(
  pin: OpenPin,
  signal: AbortSignal,
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

    const waitMs = (error.retryAfterSeconds ?? 0) * 1000
    return {
      kind: 'waiting',
      problem: error.message,
      nextLookInMs: Math.max(POLL_INTERVAL_MS, waitMs),
    }
  }
}
