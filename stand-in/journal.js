// @ts-check
import { clientIdentifier, plexHeaders, plexToken } from './plex-params.js'

/** @import { Ctx, Middleware, PartName } from './types.js' */

const ENTRIES_PER_CLIENT = 500

/**
 * One request as a test sees it afterwards. Values of the body, the query
 * and the token are left out on purpose.
 * @typedef {{
 *   part: PartName,
 *   method: string,
 *   path: string,
 *   queryKeys: string[],
 *   hasToken: boolean,
 *   tokenVia: 'header' | 'query' | null,
 *   plexHeaders: Record<string, string>,
 *   accept: string | null,
 *   contentType: string | null,
 *   origin: string | null,
 *   hasCookie: boolean,
 *   bodyKeys: string[],
 *   at: string,
 *   status: number | null,
 *   outcome: 'pending' | 'answered' | 'injected' | 'dropped' | 'hung',
 * }} JournalEntry
 */

export function createJournal() {
  /** @type {Map<string, JournalEntry[]>} */
  const byClient = new Map()

  return {
    /**
     * @param {string} id
     * @param {JournalEntry} entry
     */
    record(id, entry) {
      const entries = byClient.get(id) ?? []
      entries.push(entry)
      if (entries.length > ENTRIES_PER_CLIENT) entries.shift()
      byClient.set(id, entries)
    },

    /**
     * @param {string} id
     * @param {PartName} [part]
     */
    list(id, part) {
      const entries = byClient.get(id) ?? []
      return entries
        .filter((entry) => !part || entry.part === part)
        .map((entry) => ({ ...entry }))
    },

    /** @param {string} id */
    clear(id) {
      byClient.delete(id)
    },
  }
}

/** @typedef {ReturnType<typeof createJournal>} Journal */

/**
 * Records every request that names a client identifier, preflights and
 * the stand-in's own routes aside.
 * @param {PartName} part
 * @param {Journal} journal
 * @returns {Middleware}
 */
export function journalRequests(part, journal) {
  return async (c, next) => {
    const id = clientIdentifier(c)
    const isOwnRoute = c.req.path.startsWith('/__standin/')
    if (!id || isOwnRoute || c.req.method === 'OPTIONS') return next()

    const token = plexToken(c)
    const url = new URL(c.req.url)
    /** @type {JournalEntry} */
    const entry = {
      part,
      method: c.req.method,
      path: c.req.path,
      queryKeys: [...new Set(url.searchParams.keys())],
      hasToken: Boolean(token),
      tokenVia: token?.via ?? null,
      plexHeaders: plexHeaders(c),
      accept: c.req.header('accept') ?? null,
      contentType: c.req.header('content-type') ?? null,
      origin: c.req.header('origin') ?? null,
      hasCookie: c.req.header('cookie') !== undefined,
      bodyKeys: await formKeys(c),
      at: new Date().toISOString(),
      status: null,
      outcome: 'pending',
    }
    journal.record(id, entry)

    await next()

    if (c.get('dropped') || c.get('hung')) {
      entry.outcome = c.get('hung') ? 'hung' : 'dropped'
      return
    }
    entry.status = c.res.status
    entry.outcome = c.get('injected') ? 'injected' : 'answered'
  }
}

/** @param {Ctx} c */
async function formKeys(c) {
  const type = c.req.header('content-type') ?? ''
  if (!type.includes('application/x-www-form-urlencoded')) return []

  const text = await c.req.raw.clone().text()
  return [...new Set(new URLSearchParams(text).keys())]
}
