// @ts-check
import { sendNegotiated } from '../negotiate.js'
import { clientIdentifier, plexParam } from '../plex-params.js'
import { createRateLimiter } from '../rate-limit.js'
import { objectToXml } from '../xml.js'
import { ERRORS, sendPlexError } from './errors.js'
import { approvePin, pinView } from './pins.js'
import { readForm } from './sign-in.js'
import { withSession } from './token-routes.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */
/** @import { Pin } from './pins.js' */
/** @import { Status } from '../negotiate.js' */

/**
 * Polling is cheap and apart from the sign-in limits, but not unlimited:
 * past 10 polls a second per client identifier plex.tv-style 429 1003.
 */
export function createPollLimiter() {
  return createRateLimiter({ limit: 10, windowMs: 1000 })
}

/**
 * POST /api/v2/pins[?strong=true]: 201 with a new PIN.
 * @param {SharedState} state
 */
export function createPin(state) {
  /** @param {Ctx} c */
  return (c) => {
    const id = clientIdentifier(c)
    if (!id) return sendPlexError(c, ERRORS.clientIdentifierMissing)
    const product = plexParam(c, 'X-Plex-Product')?.value
    if (!product) return sendPlexError(c, ERRORS.productMissing)

    const strong = ['true', '1'].includes(
      (c.req.query('strong') ?? '').toLowerCase(),
    )
    const pin = state.pins.create({ clientIdentifier: id, product, strong })
    return sendPin(c, 201, state, pin)
  }
}

/**
 * GET /api/v2/pins/:id: the PIN, with its token once approved. Another
 * client identifier, an unknown id and an expired PIN all get 404 1020.
 * @param {SharedState} state
 * @param {import('../rate-limit.js').RateLimiter} limiter
 */
export function pollPin(state, limiter) {
  /** @param {Ctx} c */
  return (c) => {
    const id = clientIdentifier(c)
    if (!id) return sendPlexError(c, ERRORS.clientIdentifierMissing)

    const limit = limiter.hit(id)
    if (!limit.ok) {
      c.header('Retry-After', String(limit.retryAfterSeconds))
      return sendPlexError(c, ERRORS.rateLimited)
    }

    const raw = c.req.param('id') ?? ''
    const pin = /^\d+$/.test(raw) ? state.pins.find(Number(raw), id) : undefined
    if (!pin) return sendPlexError(c, ERRORS.pinNotFound)
    return sendPin(c, 200, state, pin)
  }
}

/**
 * PUT /api/v2/pins/link (form `code`, X-Plex-Token): what plex.tv/link
 * does with a 4-character code. 204; 404 1020 for a code that is unknown,
 * expired, strong or already used.
 * @param {SharedState} state
 */
export function linkPin(state) {
  return withSession(state, async (c, session) => {
    const code = (await readForm(c)).get('code') ?? ''
    const pin = state.pins.findByCode(code, { shortOnly: true })
    const approved = pin && approvePin(state, pin, session.account)
    if (!approved) return sendPlexError(c, ERRORS.pinNotFound)
    return c.body(null, 204)
  })
}

/**
 * @param {Ctx} c
 * @param {Status} status
 * @param {SharedState} state
 * @param {Pin} pin
 */
function sendPin(c, status, state, pin) {
  const view = pinView(pin, {
    now: state.now(),
    plexTvUrl: state.urls['plex.tv'],
  })
  return sendNegotiated(c, status, view, () => objectToXml('pin', view))
}
