// @ts-check
import { plexToken } from '../plex-params.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */
/** @import { ServerFacts } from './catalogue.js' */
/** @import { Grant } from './server-store.js' */

/**
 * The rights a server gives an account: the owner is admin, anyone it is
 * shared with gets shared rights.
 * @param {ServerFacts} server
 * @param {string} accountUuid
 * @returns {Grant}
 */
export function grantOf(server, accountUuid) {
  const rights = accountUuid === server.ownerUuid ? 'admin' : 'shared'
  return { rights, accountUuid, expiresAt: null }
}

/**
 * What the request's token may do on this server, or undefined when the
 * server refuses it. A server takes its own access tokens (one per account
 * with access, as plex.tv hands them out), its owner's plex.tv account
 * tokens, and the transient tokens it minted itself. A friend's account
 * token is refused: a shared server wants its own access token.
 * @param {SharedState} state
 * @param {ServerFacts} server
 * @param {Ctx} c
 * @returns {Grant | undefined}
 */
export function authenticate(state, server, c) {
  const token = plexToken(c)?.value
  if (!token) return undefined
  if (token.startsWith('transient-')) {
    return state.mediaServers.findTransient(server, token)
  }

  const serverToken = server.tokens.find((t) => t.token === token)
  if (serverToken) return grantOf(server, serverToken.accountUuid)

  const check = state.sessions.check(token)
  const isOwner =
    check.status === 'valid' && check.session.account.uuid === server.ownerUuid
  return isOwner ? grantOf(server, server.ownerUuid) : undefined
}
