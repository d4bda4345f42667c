// @ts-check
import { ERRORS, sendNotFound, sendPlexError } from './plex-tv/errors.js'
import { PLEX_TV_TYPES, PMS_TYPES } from './negotiate.js'
import { sendHtmlError } from './pms/respond.js'
import { xmlDocument } from './xml.js'

/** @import { Ctx, PartName } from './types.js' */

/**
 * The ways the failure matrix (docs/failure-matrix.md) makes a call fail,
 * by name. Each is answered in the form that part would really use:
 * plex.tv's error envelopes (JSON or XML, as asked) from plex.tv and its
 * hosted page, bare HTML pages from media servers.
 */
export const FAILURE_MODES = /** @type {const} */ ([
  'dropped',
  'hang',
  '400',
  '401-json',
  '401-html',
  '403-html',
  '404',
  '422-xml',
  '429-seconds',
  '429-date',
  '429-bare',
  '500-html',
  '502',
  '503',
  '200-empty',
  '200-malformed-json',
  '200-wrong-shape',
  '200-xml',
  '200-html',
  '200-5mb',
])

/** @typedef {(typeof FAILURE_MODES)[number]} FailureMode */

/** What a 429 mode says to wait when the rule does not say. */
export const DEFAULT_RETRY_AFTER_SECONDS = 120

/** The size of the `200-5mb` body: 5 MiB of valid JSON. */
export const LARGE_BODY_BYTES = 5 * 1024 * 1024

const CHUNK_BYTES = 64 * 1024

/**
 * @param {unknown} value
 * @returns {value is FailureMode}
 */
export function isFailureMode(value) {
  return FAILURE_MODES.includes(/** @type {FailureMode} */ (value))
}

/**
 * The injected answer for a mode other than `dropped`, `hang` and
 * `200-xml`, which the caller handles (they need the socket or the real
 * route).
 * @param {Ctx} c
 * @param {PartName} part
 * @param {FailureMode} mode
 * @param {{ retryAfterSeconds?: number }} [options]
 * @returns {Response}
 */
export function modeAnswer(c, part, mode, { retryAfterSeconds } = {}) {
  const isServer = part === 'demo-server' || part === 'friend-server'
  const types = isServer ? PMS_TYPES : PLEX_TV_TYPES
  const wait = retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS

  switch (mode) {
    case '400':
      return isServer
        ? sendHtmlError(c, 400)
        : sendPlexError(c, {
            status: 400,
            code: 1004,
            message: 'Invalid or missing parameter',
          })
    case '401-json':
      return send(401, types.json, envelope(ERRORS.notAuthenticated))
    case '401-html':
      return sendHtmlError(c, 401)
    case '403-html':
      return sendHtmlError(c, 403)
    case '404':
      return isServer ? sendHtmlError(c, 404) : sendNotFound(c)
    case '422-xml':
      return send(
        422,
        types.xml,
        xmlDocument({ errors: { error: 'Invalid token' } }),
      )
    case '429-seconds':
      return rateLimited(c, isServer, String(wait))
    case '429-date':
      // Real time, not the stand-in clock: the browser compares it with its own.
      return rateLimited(
        c,
        isServer,
        new Date(Date.now() + wait * 1000).toUTCString(),
      )
    case '429-bare':
      return rateLimited(c, isServer, undefined)
    case '500-html':
      return send(500, 'text/html', page('500 Internal Server Error'))
    case '502':
      return send(502, 'text/html', page('502 Bad Gateway', 'nginx'))
    case '503':
      return new Response(null, { status: 503 })
    case '200-empty':
      return send(200, types.json, '')
    case '200-malformed-json':
      return send(200, types.json, '{"MediaContainer":{"size":1,"Device":[{')
    case '200-wrong-shape':
      return send(200, types.json, JSON.stringify({ unexpected: true }))
    case '200-html':
      return send(200, 'text/html; charset=utf-8', CAPTIVE_PORTAL)
    case '200-5mb':
      return new Response(largeJson(), {
        status: 200,
        headers: { 'Content-Type': types.json },
      })
    default:
      throw new Error(`mode ${mode} is not a plain answer`)
  }
}

/** A page such as a Wi-Fi network shows before it lets anyone through. */
const CAPTIVE_PORTAL =
  '<!DOCTYPE html><html><head><title>Example Wi-Fi</title></head><body><h1>Welcome to Example Wi-Fi</h1><p>Accept the terms to go online.</p></body></html>'

/**
 * @param {number} status
 * @param {string} contentType
 * @param {string} body
 */
function send(status, contentType, body) {
  return new Response(body, {
    status,
    headers: { 'Content-Type': contentType },
  })
}

/** @param {{ status: number, code: number, message: string }} error */
function envelope({ status, code, message }) {
  return JSON.stringify({ errors: [{ code, message, status }] })
}

/**
 * @param {string} title
 * @param {string} [footer]
 */
function page(title, footer) {
  const signature = footer ? `<hr><center>${footer}</center>` : ''
  return `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center>${signature}</body></html>`
}

/**
 * @param {Ctx} c
 * @param {boolean} isServer
 * @param {string | undefined} retryAfter
 */
function rateLimited(c, isServer, retryAfter) {
  const response = isServer
    ? send(429, 'text/html', page('429 Too Many Requests'))
    : sendPlexError(c, ERRORS.rateLimited)
  if (retryAfter !== undefined) response.headers.set('Retry-After', retryAfter)
  return response
}

/**
 * `{"padding":"xxx…"}` of exactly LARGE_BODY_BYTES, sent in chunks with no
 * Content-Length, so a client has to count as it reads.
 */
function largeJson() {
  const head = new TextEncoder().encode('{"padding":"')
  const tail = new TextEncoder().encode('"}')
  const chunk = new Uint8Array(CHUNK_BYTES).fill(0x78)
  let left = LARGE_BODY_BYTES - head.length - tail.length
  let isStarted = false

  return new ReadableStream({
    pull(controller) {
      if (!isStarted) {
        isStarted = true
        controller.enqueue(head)
        return
      }
      if (left === 0) {
        controller.enqueue(tail)
        controller.close()
        return
      }
      const size = Math.min(left, CHUNK_BYTES)
      controller.enqueue(chunk.slice(0, size))
      left -= size
    },
  })
}
