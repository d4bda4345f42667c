// @ts-check
import { sendNotFound } from './errors.js'

/** @import { Ctx } from '../types.js' */
/** @import { AccountStore } from './accounts.js' */

const COLORS = ['#e5a00d', '#4a90d9', '#7b61ff', '#2e9e6a', '#d9534f']

/**
 * GET /users/:uuid/avatar: a small SVG. The app embeds it from another
 * origin, hence the cross-origin resource policy.
 * @param {AccountStore} accounts
 */
export function avatar(accounts) {
  /** @param {Ctx} c */
  return (c) => {
    const account = accounts.findByUuid(c.req.param('uuid') ?? '')
    if (!account) return sendNotFound(c)

    const letter = (
      account.title.match(/\p{L}|\p{N}/u)?.[0] ?? '?'
    ).toUpperCase()
    const color = COLORS[account.id % COLORS.length]
    const svg = [
      '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">',
      `<rect width="96" height="96" fill="${color}"/>`,
      '<text x="48" y="62" font-family="sans-serif" font-size="44" fill="#fff" text-anchor="middle">',
      letter,
      '</text></svg>',
    ].join('')

    return c.body(svg, 200, {
      'Content-Type': 'image/svg+xml',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': 'public, max-age=3600',
    })
  }
}
