// @ts-check
import { randomBytes } from 'node:crypto'
import { REVOKED_TOKENS } from './demo-data.js'

/** @import { AccountFacts } from './demo-data.js' */
/** @import { AccountStore } from './accounts.js' */

const DAY_SECONDS = 24 * 60 * 60
const REMEMBERED_SECONDS = 14 * DAY_SECONDS
// plex.tv does not say what a sign-in without rememberMe gets; a day keeps
// the two cases easy to tell apart on the account card.
const NOT_REMEMBERED_SECONDS = DAY_SECONDS

/**
 * @typedef {{ token: string, account: AccountFacts, rememberExpiresAt: number | null }} Session
 * @typedef {{ status: 'valid', session: Session } | { status: 'revoked' } | { status: 'unknown' }} TokenCheck
 */

/** @param {AccountStore} accounts */
export function createSessionStore(accounts) {
  /** @type {Map<string, { uuid: string, rememberExpiresAt: number }>} */
  const minted = new Map()
  /** @type {Set<string>} */
  const signedOutFixed = new Set()
  const fixedRememberExpiresAt = nowSeconds() + REMEMBERED_SECONDS

  return {
    /**
     * @param {AccountFacts} account
     * @param {boolean} rememberMe
     * @returns {Session}
     */
    mint(account, rememberMe) {
      const token = randomBytes(15).toString('base64url')
      const lifetime = rememberMe ? REMEMBERED_SECONDS : NOT_REMEMBERED_SECONDS
      const rememberExpiresAt = nowSeconds() + lifetime
      minted.set(token, { uuid: account.uuid, rememberExpiresAt })
      return { token, account, rememberExpiresAt }
    },

    /**
     * @param {string | undefined} token
     * @returns {TokenCheck}
     */
    check(token) {
      if (!token) return { status: 'unknown' }
      if (REVOKED_TOKENS.includes(token)) return { status: 'revoked' }

      const session = minted.get(token)
      const account = session
        ? accounts.findByUuid(session.uuid)
        : accounts
            .all()
            .find((a) => a.token === token && !signedOutFixed.has(token))
      if (!account) return { status: 'unknown' }

      const isManaged = account.home === 'managed'
      const rememberExpiresAt = isManaged
        ? null
        : (session?.rememberExpiresAt ?? fixedRememberExpiresAt)
      return { status: 'valid', session: { token, account, rememberExpiresAt } }
    },

    /** @param {string} token */
    signOut(token) {
      if (!minted.delete(token)) signedOutFixed.add(token)
    },

    restoreFixedTokens() {
      signedOutFixed.clear()
    },
  }
}

/** @typedef {ReturnType<typeof createSessionStore>} SessionStore */

function nowSeconds() {
  return Math.floor(Date.now() / 1000)
}
