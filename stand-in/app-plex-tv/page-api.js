// @ts-check
import { clientIdentifier } from '../plex-params.js'
import { ERRORS, sendPlexError } from '../plex-tv/errors.js'
import { approvePin, isoSeconds } from '../plex-tv/pins.js'
import { readForm } from '../plex-tv/sign-in.js'
import { withSession } from '../plex-tv/token-routes.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */

// The hosted sign-in page's own API, on its own origin. The page sends the
// clientID of its URL as X-Plex-Client-Identifier: a PIN is found by that
// and its code, and the journal, injected failures and sign-in limits for
// the page fall under the app's client identifier.

/**
 * GET /api/pin?code=…: whether the page's PIN is still open. 200
 * `{ code, product, expiresAt, claimed }`; 404 1020 when unknown, expired
 * or made by another client identifier.
 * @param {SharedState} state
 */
export function pinStatus(state) {
  /** @param {Ctx} c */
  return (c) => {
    const id = clientIdentifier(c)
    if (!id) return sendPlexError(c, ERRORS.clientIdentifierMissing)

    const pin = state.pins.findByCode(c.req.query('code') ?? '', {
      clientIdentifier: id,
    })
    if (!pin) return sendPlexError(c, ERRORS.pinNotFound)
    return c.json({
      code: pin.code,
      product: pin.product,
      expiresAt: isoSeconds(pin.expiresAt),
      claimed: pin.claim !== null,
    })
  }
}

/**
 * POST /api/approve (form `code`, X-Plex-Token of the page's sign-in):
 * the signed-in account claims the PIN. 204; 404 1020 when the PIN is
 * unknown, expired, another client's or already claimed.
 * @param {SharedState} state
 */
export function approve(state) {
  return withSession(state, async (c, session) => {
    const id = clientIdentifier(c) ?? ''
    const code = (await readForm(c)).get('code') ?? ''
    const pin = state.pins.findByCode(code, { clientIdentifier: id })
    const approved = pin && approvePin(state, pin, session.account)
    if (!approved) return sendPlexError(c, ERRORS.pinNotFound)
    return c.body(null, 204)
  })
}
