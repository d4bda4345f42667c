import { registerSecret } from '../log.ts'
import { PlexPinSchema } from './pin-schema.ts'
import { plexRequest } from './request.ts'

/** A PIN waiting for approval. `expiresAt` is on this browser's clock. */
export interface OpenPin {
  id: number
  code: string
  /** Milliseconds since the epoch, as `Date.now()` counts them. */
  expiresAt: number
}

// plex.tv's documented lifetimes, for an answer that does not say.
const STRONG_LIFETIME_SECONDS = 1800
const SHORT_LIFETIME_SECONDS = 900

/**
 * Asks plex.tv for a PIN: a long code for Plex's hosted sign-in page
 * (`strong`), or a 4-character one to type at plex.tv/link. Throws
 * PlexError network, timeout, rate-limited, server or unexpected-response
 * (also for an answer without a numeric id or a code).
 */
export async function createPin({
  strong,
  signal,
}: {
  strong: boolean
  signal?: AbortSignal
}): Promise<OpenPin> {
  const pin = await plexRequest({
    method: 'POST',
    path: '/api/v2/pins',
    query: strong ? { strong: true } : undefined,
    token: 'none',
    signal,
    schema: PlexPinSchema,
  })

  // The time left, not plex.tv's expiresAt: this browser's clock may differ
  // from plex.tv's by minutes.
  const lifetime =
    pin.secondsLeft ??
    (strong ? STRONG_LIFETIME_SECONDS : SHORT_LIFETIME_SECONDS)
  return { id: pin.id, code: pin.code, expiresAt: Date.now() + lifetime * 1000 }
}

/**
 * The token of a PIN someone has approved, or null while it waits. Throws
 * PlexError pin-expired (unknown, expired, or made by another client
 * identifier), network, timeout, rate-limited, server or
 * unexpected-response.
 */
export async function checkPin(
  id: number,
  options: { signal?: AbortSignal } = {},
): Promise<string | null> {
  const pin = await plexRequest({
    path: `/api/v2/pins/${id}`,
    token: 'none',
    signal: options.signal,
    schema: PlexPinSchema,
  })

  if (pin.authToken === undefined) return null
  registerSecret(pin.authToken)
  return pin.authToken
}
