// @ts-check
import { PMS_TYPES, sendNegotiated } from '../negotiate.js'
import { containerToXml } from '../xml.js'

/** @import { Ctx } from '../types.js' */

const REASONS = /** @type {const} */ ({
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
})

/**
 * Plex Media Server answers errors with a bare HTML page, whatever the
 * Accept header asked for.
 * @param {Ctx} c
 * @param {keyof typeof REASONS} status
 */
export function sendHtmlError(c, status) {
  const reason = REASONS[status]
  const page = `<html><head><title>${reason}</title></head><body><h1>${status} ${reason}</h1></body></html>`
  return c.body(page, status, { 'Content-Type': 'text/html' })
}

/**
 * A MediaContainer, as XML unless JSON was asked for.
 * @param {Ctx} c
 * @param {Record<string, unknown>} container
 */
export function sendContainer(c, container) {
  return sendNegotiated(
    c,
    200,
    { MediaContainer: container },
    () => containerToXml('MediaContainer', container),
    PMS_TYPES,
  )
}
