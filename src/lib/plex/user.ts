import { type PlexAccount, PlexAccountSchema } from './account-schema.ts'
import { plexRequest } from './request.ts'

const REVOKE_TIMEOUT_MS = 5_000

/**
 * The account a token belongs to: the given token, else the session's.
 * Throws PlexError unauthorized (endsSession only for the session's own
 * token, or when there is none), rate-limited, network, timeout, server or
 * unexpected-response.
 */
export function getUser(
  options: { token?: string; signal?: AbortSignal } = {},
): Promise<PlexAccount> {
  return plexRequest({
    path: '/api/v2/user',
    token:
      options.token === undefined ? 'session' : { explicit: options.token },
    signal: options.signal,
    schema: PlexAccountSchema,
  })
}

/**
 * Asks plex.tv to end the session's token everywhere (apps it was given to
 * stop working). Throws PlexError unauthorized, rate-limited, network,
 * timeout (after 5 s), server or unexpected-response.
 */
export function revokeToken(
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  return plexRequest({
    method: 'DELETE',
    path: '/api/v2/users/signout',
    timeoutMs: REVOKE_TIMEOUT_MS,
    signal: options.signal,
  })
}
