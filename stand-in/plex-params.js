// @ts-check

/** @import { Ctx } from './types.js' */

// Plex accepts every X-Plex-* value as a header or as a query parameter.

/**
 * @param {Ctx} c
 * @param {string} name
 * @returns {{ value: string, via: 'header' | 'query' } | undefined}
 */
export function plexParam(c, name) {
  const header = c.req.header(name)
  if (header) return { value: header, via: 'header' }

  const query = c.req.query(name)
  if (query) return { value: query, via: 'query' }

  return undefined
}

/** @param {Ctx} c */
export function clientIdentifier(c) {
  return plexParam(c, 'X-Plex-Client-Identifier')?.value
}

/** @param {Ctx} c */
export function plexToken(c) {
  return plexParam(c, 'X-Plex-Token')
}

/**
 * The X-Plex-* values a request carried, token left out.
 * @param {Ctx} c
 * @returns {Record<string, string>}
 */
export function plexHeaders(c) {
  /** @type {Record<string, string>} */
  const found = {}
  const url = new URL(c.req.url)
  for (const [name, value] of url.searchParams)
    found[name.toLowerCase()] = value
  c.req.raw.headers.forEach((value, name) => {
    found[name.toLowerCase()] = value
  })

  return Object.fromEntries(
    Object.entries(found).filter(
      ([name]) => name.startsWith('x-plex-') && name !== 'x-plex-token',
    ),
  )
}
