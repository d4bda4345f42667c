// @ts-check
import { sendNegotiated } from '../negotiate.js'
import { objectToXml } from '../xml.js'
import { accountView } from './account-view.js'

/** @import { Ctx } from '../types.js' */
/** @import { Status } from '../negotiate.js' */
/** @import { Session } from './sessions.js' */

/**
 * @param {Ctx} c
 * @param {Status} status
 * @param {Session} session
 * @param {string} plexTvUrl
 */
export function sendAccount(c, status, session, plexTvUrl) {
  const view = accountView(session, plexTvUrl)
  return sendNegotiated(c, status, view, () => objectToXml('user', view))
}
