// @ts-check
import { sendJson, sendNegotiated } from '../negotiate.js'
import { xmlDocument } from '../xml.js'

/** @import { Ctx } from '../types.js' */
/** @import { Status } from '../negotiate.js' */

/** @typedef {{ status: Status, code: number, message: string }} PlexError */

export const ERRORS = /** @type {const} */ ({
  clientIdentifierMissing: {
    status: 400,
    code: 1000,
    message: 'X-Plex-Client-Identifier is missing',
  },
  // plex.tv is known to want X-Plex-Product on PINs, not how it says so;
  // 1004 is its "missing or invalid parameter" code.
  productMissing: {
    status: 400,
    code: 1004,
    message: 'X-Plex-Product is missing',
  },
  notAuthenticated: {
    status: 401,
    code: 1001,
    message: 'User could not be authenticated',
  },
  rateLimited: { status: 429, code: 1003, message: 'API rate limit exceeded' },
  pinNotFound: {
    status: 404,
    code: 1020,
    message: 'Code not found or expired',
  },
  invalidCode: {
    status: 401,
    code: 1028,
    message: 'Invalid verification code',
  },
  codeRequired: {
    status: 401,
    code: 1029,
    message: 'Please enter the verification code',
  },
  emailOnly: {
    status: 401,
    code: 1030,
    message:
      'User could not be authenticated. This account only allows signing in with an email address',
  },
  repeatedFailures: {
    status: 401,
    code: 1031,
    message:
      'User could not be authenticated. This IP appears to be having trouble signing in to an account (detected repeated failures)',
  },
})

/**
 * plex.tv's error envelope, as JSON or XML.
 * @param {Ctx} c
 * @param {PlexError} error
 */
export function sendPlexError(c, { status, code, message }) {
  return sendNegotiated(
    c,
    status,
    { errors: [{ code, message, status }] },
    () =>
      xmlDocument({
        errors: {
          error: {
            '@_code': String(code),
            '@_message': message,
            '@_status': String(status),
          },
        },
      }),
  )
}

/**
 * What plex.tv has been seen to send for a de-authorised token: no code.
 * @param {Ctx} c
 */
export function sendInvalidToken(c) {
  return sendNegotiated(
    c,
    422,
    { errors: [{ message: 'Invalid token', status: 422 }] },
    () => xmlDocument({ errors: { error: 'Invalid token' } }),
  )
}

/** @param {Ctx} c */
export function sendNotFound(c) {
  return sendJson(c, 404, { status: 404, error: 'Not Found' })
}
