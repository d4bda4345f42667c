import { registerSecret } from '../log.ts'
import {
  MediaContainerSchema,
  type ServerIdentity,
  ServerIdentitySchema,
  type SourceDevice,
  SourceLookupSchema,
  TransientTokenSchema,
} from './media-server-schema.ts'
import { PlexError } from './plex-error.ts'
import { plexRequest } from './request.ts'
import { checkSource } from './source-identifier.ts'

// NOTE: every call here goes to the address the caller chose, with the
// token given for that server (its own accessToken from plex.tv, or a
// transient token), never the session's: a shared server refuses the
// account token, and the account token must not reach servers it was not
// meant for.

/** Where a media-server call goes and what may name it in messages. */
export interface ServerCallOptions {
  /** The chosen connection's uri, e.g. `https://…plex.direct:32400`. */
  baseUrl: string
  /** The server's name, for failure messages. */
  serverName?: string
  signal?: AbortSignal
  timeoutMs?: number
}

/** A call that needs the token for that server. */
export interface AuthenticatedServerCallOptions extends ServerCallOptions {
  token: string
}

/**
 * Asks a server who it is (no token needed), e.g. to probe an address.
 * Throws PlexError network, timeout, mixed-content, or for an answer that is
 * not a server's identity not-found, forbidden, bad-request, server or
 * unexpected-response.
 */
export function getIdentity(
  options: ServerCallOptions,
): Promise<ServerIdentity> {
  return plexRequest({
    ...serverRequest(options),
    path: '/identity',
    token: 'none',
    schema: ServerIdentitySchema,
  })
}

/**
 * Makes a transient token on a server with the rights of `token`, valid up
 * to 48 hours and until the server restarts; never retry it, as each call
 * makes another working token. Throws PlexError unauthorized, forbidden,
 * bad-request, network, timeout, mixed-content, server or
 * unexpected-response (also for an answer that is not a transient token).
 */
export async function createTransientToken(
  options: AuthenticatedServerCallOptions,
): Promise<string> {
  // GET, as every real client does; the server answers all verbs.
  const token = await plexRequest({
    ...serverRequest(options),
    path: '/security/token',
    query: { type: 'delegation', scope: 'all' },
    token: { explicit: options.token },
    schema: TransientTokenSchema,
  })
  registerSecret(token)
  return token
}

/**
 * Whether a server still accepts a token: true when an authenticated route
 * answers, false on 401. Throws PlexError network, timeout, mixed-content,
 * forbidden, not-found, server or unexpected-response.
 */
export async function checkToken(
  options: AuthenticatedServerCallOptions,
): Promise<boolean> {
  try {
    await plexRequest({
      ...serverRequest(options),
      path: '/',
      token: { explicit: options.token },
      schema: MediaContainerSchema,
    })
    return true
  } catch (error) {
    if (error instanceof PlexError && error.kind === 'unauthorized') {
      return false
    }
    throw error
  }
}

/**
 * Asks a server (PMS 1.15.4 or later, an owner's token) how to reach a
 * source such as `server://<client identifier>`; null when it does not know
 * the source. Throws PlexError bad-request (also for a source refused
 * before sending), forbidden (not the owner), not-found (too old),
 * unauthorized, network, timeout, mixed-content, server or
 * unexpected-response.
 */
export async function getSourceConnectionInformation(
  options: AuthenticatedServerCallOptions & { source: string },
): Promise<SourceDevice | null> {
  const checked = checkSource(options.source)
  if (!checked.ok) {
    throw new PlexError({
      kind: 'bad-request',
      path: '/security/resources',
      message: checked.reason,
    })
  }

  const device = await plexRequest({
    ...serverRequest(options),
    path: '/security/resources',
    query: { source: checked.source },
    token: { explicit: options.token },
    schema: SourceLookupSchema,
  })
  if (device?.accessToken) registerSecret(device.accessToken)
  return device
}

function serverRequest(options: ServerCallOptions) {
  return {
    host: 'server' as const,
    baseUrl: options.baseUrl,
    serverName: options.serverName,
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  }
}
