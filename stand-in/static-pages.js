// @ts-check
import { readFileSync } from 'node:fs'

/** @import { Ctx } from './types.js' */

// The stand-in's own pages (the hosted sign-in page and the link page):
// plain HTML, CSS and browser JavaScript modules from pages/, read once
// when a part is made. Only the files named here are served.

const DIR = new URL('./pages/', import.meta.url)

const TYPES = /** @type {const} */ ({
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
})

/** Files a page may load as `/assets/<name>`. */
export const ASSETS = [
  'auth.js',
  'auth-params.js',
  'link.js',
  'page.js',
  'pages.css',
  'sign-in-form.js',
]

/** @param {string} name */
function load(name) {
  const extension = /** @type {keyof typeof TYPES} */ (name.split('.').pop())
  return {
    body: readFileSync(new URL(name, DIR), 'utf8'),
    type: TYPES[extension],
  }
}

/**
 * @param {Ctx} c
 * @param {{ body: string, type: string }} file
 */
function send(c, { body, type }) {
  return c.body(body, 200, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
}

/**
 * A handler for one page of pages/.
 * @param {string} name e.g. `auth.html`
 */
export function servePage(name) {
  const file = load(name)
  /** @param {Ctx} c */
  return (c) => send(c, file)
}

/**
 * A handler for `/assets/:file`.
 * @param {(c: Ctx) => Response} notFound
 */
export function serveAssets(notFound) {
  const files = new Map(ASSETS.map((name) => [name, load(name)]))
  /** @param {Ctx} c */
  return (c) => {
    const file = files.get(c.req.param('file') ?? '')
    return file ? send(c, file) : notFound(c)
  }
}
