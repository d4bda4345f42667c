import { delay, HttpResponse } from 'msw'
import type { FailureMode } from './failure-matrix.ts'

// The unit tests' copy of the stand-in's failure modes
// (stand-in/failure-modes.js), byte for byte where it matters. The two
// share no code on purpose; the e2e matrix spec runs a few modes through
// the real stand-in.

export type MatrixHost = 'plex.tv' | 'server'

/** Words from the bodies below that must never reach a message. */
export const BODY_SENTINELS = [
  'Invalid or missing parameter',
  'User could not be authenticated',
  'Unauthorized',
  'Forbidden',
  'Not Found',
  'Invalid token',
  'API rate limit exceeded',
  'Internal Server Error',
  'Bad Gateway',
  'nginx',
  'MediaContainer',
  'unexpected',
  'Example Wi-Fi',
  'padding',
]

export const LARGE_BODY_BYTES = 5 * 1024 * 1024
const RETRY_AFTER_SECONDS = 120
const CHUNK_BYTES = 64 * 1024

const CAPTIVE_PORTAL =
  '<!DOCTYPE html><html><head><title>Example Wi-Fi</title></head><body><h1>Welcome to Example Wi-Fi</h1><p>Accept the terms to go online.</p></body></html>'

/**
 * The answer for a mode, as `host` sends it. `success` is the call's real
 * answer, as XML, for `200-xml`. `retryAfterSeconds` changes the wait of
 * the two timed 429 modes.
 */
export async function failureAnswer(
  mode: FailureMode,
  host: MatrixHost,
  success: () => Response,
  { retryAfterSeconds = RETRY_AFTER_SECONDS } = {},
): Promise<Response> {
  const isServer = host === 'server'
  const jsonType = isServer
    ? 'application/json'
    : 'application/json; charset=utf-8'
  const xmlType = isServer
    ? 'text/xml;charset=utf-8'
    : 'application/xml; charset=utf-8'

  switch (mode) {
    case 'dropped':
      return HttpResponse.error()
    case 'hang':
      await delay('infinite')
      return HttpResponse.error()
    case '400':
      return isServer
        ? errorPage(400, 'Bad Request')
        : plexError(400, 1004, 'Invalid or missing parameter', jsonType)
    case '401-json':
      return plexError(401, 1001, 'User could not be authenticated', jsonType)
    case '401-html':
      return errorPage(401, 'Unauthorized')
    case '403-html':
      return errorPage(403, 'Forbidden')
    case '404':
      return isServer
        ? errorPage(404, 'Not Found')
        : body(404, jsonType, '{"status":404,"error":"Not Found"}')
    case '422-xml':
      return body(
        422,
        xmlType,
        '<?xml version="1.0" encoding="UTF-8"?><errors><error>Invalid token</error></errors>',
      )
    case '429-seconds':
      return rateLimited(isServer, jsonType, String(retryAfterSeconds))
    case '429-date':
      return rateLimited(
        isServer,
        jsonType,
        new Date(Date.now() + retryAfterSeconds * 1000).toUTCString(),
      )
    case '429-bare':
      return rateLimited(isServer, jsonType, undefined)
    case '500-html':
      return body(500, 'text/html', page('500 Internal Server Error'))
    case '502':
      return body(502, 'text/html', page('502 Bad Gateway', 'nginx'))
    case '503':
      return new HttpResponse(null, { status: 503 })
    case '200-empty':
      return body(200, jsonType, '')
    case '200-malformed-json':
      return body(200, jsonType, '{"MediaContainer":{"size":1,"Device":[{')
    case '200-wrong-shape':
      return body(200, jsonType, '{"unexpected":true}')
    case '200-xml':
      return success()
    case '200-html':
      return body(200, 'text/html; charset=utf-8', CAPTIVE_PORTAL)
    case '200-5mb':
      return new HttpResponse(largeJson(), {
        headers: { 'Content-Type': jsonType },
      })
  }
}

function body(status: number, contentType: string, text: string) {
  return new HttpResponse(text, {
    status,
    headers: { 'Content-Type': contentType },
  })
}

function plexError(
  status: number,
  code: number,
  message: string,
  contentType: string,
) {
  return body(
    status,
    contentType,
    JSON.stringify({ errors: [{ code, message, status }] }),
  )
}

function errorPage(status: number, reason: string) {
  return body(
    status,
    'text/html',
    `<html><head><title>${reason}</title></head><body><h1>${status} ${reason}</h1></body></html>`,
  )
}

function page(title: string, footer?: string) {
  const signature = footer ? `<hr><center>${footer}</center>` : ''
  return `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center>${signature}</body></html>`
}

function rateLimited(
  isServer: boolean,
  jsonType: string,
  retryAfter: string | undefined,
) {
  const answer = isServer
    ? errorPage(429, 'Too Many Requests')
    : plexError(429, 1003, 'API rate limit exceeded', jsonType)
  if (retryAfter !== undefined) answer.headers.set('Retry-After', retryAfter)
  return answer
}

function largeJson(): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const head = encoder.encode('{"padding":"')
  const tail = encoder.encode('"}')
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
