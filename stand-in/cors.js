// @ts-check

import { clientIdentifier } from './plex-params.js'

/** @import { Middleware } from './types.js' */

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS'
const EXPOSED_HEADERS = 'Retry-After'

// Only headers a Plex client has reason to send are allowed, so a stray
// custom header fails here the way it could fail against plex.tv.
const ALLOWED_HEADER =
  /^(x-plex-[a-z0-9-]+|accept|accept-language|content-language|content-type)$/

/**
 * Which origin to admit for a request's Origin. plex.tv reflects any;
 * some media servers only ever name https://app.plex.tv.
 * @typedef {(origin: string) => string} AllowOrigin
 */

/** @type {AllowOrigin} */
const reflect = (origin) => origin

/**
 * Whether CORS is refused to a request with this client identifier
 * (undefined for a preflight, which carries none).
 * @typedef {(clientIdentifier: string | undefined) => boolean} RefusesCors
 */

/**
 * CORS as plex.tv answers it: any origin is reflected, preflights get 204.
 * `allowOrigin` lets a part name another origin instead; `refusesCors`
 * leaves the CORS headers out for some callers (test controls).
 * @param {{ allowOrigin?: AllowOrigin, refusesCors?: RefusesCors }} [options]
 * @returns {Middleware}
 */
export function plexCors({ allowOrigin = reflect, refusesCors } = {}) {
  return async (c, next) => {
    const requestOrigin = c.req.header('origin')
    const origin = requestOrigin ? allowOrigin(requestOrigin) : undefined

    if (
      c.req.method === 'OPTIONS' &&
      c.req.header('access-control-request-method')
    ) {
      const refused = refusesCors?.(undefined) ?? false
      return preflight(
        refused ? undefined : origin,
        c.req.header('access-control-request-headers'),
      )
    }

    await next()

    if (c.get('dropped') || c.res.type === 'error') return
    c.res.headers.append('Vary', 'Origin')
    if (!origin || c.get('cors') === false) return
    if (refusesCors?.(clientIdentifier(c))) return
    c.res.headers.set('Access-Control-Allow-Origin', origin)
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS)
  }
}

/**
 * @param {string | undefined} origin
 * @param {string | undefined} requestedHeaders
 */
function preflight(origin, requestedHeaders) {
  const headers = new Headers({
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    Vary: 'Origin, Access-Control-Request-Headers',
  })
  if (origin) headers.set('Access-Control-Allow-Origin', origin)

  const allowed = (requestedHeaders ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => ALLOWED_HEADER.test(name))
  if (allowed.length > 0) {
    headers.set('Access-Control-Allow-Headers', allowed.join(', '))
  }

  return new Response(null, { status: 204, headers })
}
