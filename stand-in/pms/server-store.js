// @ts-check
import { randomUUID } from 'node:crypto'

/** @import { ServerFacts } from './catalogue.js' */

export const TRANSIENT_LIFETIME_MS = 48 * 60 * 60 * 1000

/**
 * What a token may do on one server. `admin` is the owner's; `shared` is a
 * friend's. `expiresAt` (ms) is set for transient tokens only.
 * @typedef {{
 *   rights: 'admin' | 'shared',
 *   accountUuid: string,
 *   expiresAt: number | null,
 * }} Grant
 */

/**
 * How a test has set a server up. Kept across restarts, like a real
 * server's settings.
 * @typedef {{ version: string, appPlexTvOnly: boolean }} ServerSettings
 */

/**
 * The media servers' changing state: settings, and per server the
 * transient tokens it has handed out, which a restart forgets.
 * @param {{ now: () => number }} clock
 */
export function createServerStore({ now }) {
  /** @type {Map<string, Partial<ServerSettings>>} */
  const overrides = new Map()
  /** @type {Map<string, Map<string, Grant>>} */
  const transients = new Map()

  /** @param {ServerFacts} server */
  const tokensOf = (server) => {
    const tokens = transients.get(server.machineIdentifier) ?? new Map()
    transients.set(server.machineIdentifier, tokens)
    return tokens
  }

  return {
    /**
     * @param {ServerFacts} server
     * @returns {ServerSettings}
     */
    settings(server) {
      const set = overrides.get(server.machineIdentifier) ?? {}
      return {
        version: set.version ?? server.version,
        appPlexTvOnly: set.appPlexTvOnly ?? false,
      }
    },

    /**
     * @param {ServerFacts} server
     * @param {{ version?: string | null, appPlexTvOnly?: boolean }} change
     * null or an absent field keeps (or restores) the default
     */
    configure(server, { version, appPlexTvOnly }) {
      const set = { ...overrides.get(server.machineIdentifier) }
      if (version !== undefined) set.version = version ?? undefined
      if (appPlexTvOnly !== undefined) set.appPlexTvOnly = appPlexTvOnly
      overrides.set(server.machineIdentifier, set)
    },

    /** Every server back to its defaults. */
    resetSettings() {
      overrides.clear()
    },

    /**
     * A new transient token with the grant's rights, valid for 48 hours
     * but never longer than the token that made it.
     * @param {ServerFacts} server
     * @param {Grant} grant
     */
    mintTransient(server, grant) {
      const token = `transient-${randomUUID()}`
      const limit = now() + TRANSIENT_LIFETIME_MS
      const expiresAt = Math.min(grant.expiresAt ?? limit, limit)
      tokensOf(server).set(token, { ...grant, expiresAt })
      return token
    },

    /**
     * @param {ServerFacts} server
     * @param {string} token
     * @returns {Grant | undefined}
     */
    findTransient(server, token) {
      const tokens = tokensOf(server)
      const grant = tokens.get(token)
      if (!grant) return undefined
      if (grant.expiresAt !== null && grant.expiresAt <= now()) {
        tokens.delete(token)
        return undefined
      }
      return grant
    },

    /** @param {ServerFacts} server */
    forgetTransients(server) {
      transients.delete(server.machineIdentifier)
    },
  }
}

/** @typedef {ReturnType<typeof createServerStore>} ServerStore */
