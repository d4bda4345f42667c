// @ts-check
import { clientIdentifier, plexToken } from '../plex-params.js'
import { ERRORS, sendInvalidToken, sendPlexError } from './errors.js'
import { sendAccount } from './send-account.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */
/** @import { Session } from './sessions.js' */

/**
 * GET /api/v2/user: the account a token belongs to.
 * @param {SharedState} state
 */
export function getUser(state) {
  return withSession(state, (c, session) =>
    sendAccount(c, 200, session, state.urls['plex.tv']),
  )
}

/**
 * DELETE /api/v2/users/signout: the token stops working.
 * @param {SharedState} state
 */
export function signOut(state) {
  return withSession(state, (c, session) => {
    state.sessions.signOut(session.token)
    return c.body(null, 204)
  })
}

/**
 * Runs the handler for a valid account token; otherwise answers as
 * plex.tv does (400 1000, 401 1001, or 422 for a revoked token).
 * @param {SharedState} state
 * @param {(c: Ctx, session: Session) => Response | Promise<Response>} handler
 */
export function withSession(state, handler) {
  /** @param {Ctx} c */
  return (c) => {
    if (!clientIdentifier(c)) {
      return sendPlexError(c, ERRORS.clientIdentifierMissing)
    }

    const check = state.sessions.check(plexToken(c)?.value)
    if (check.status === 'revoked') return sendInvalidToken(c)
    if (check.status === 'unknown') {
      return sendPlexError(c, ERRORS.notAuthenticated)
    }
    return handler(c, check.session)
  }
}
