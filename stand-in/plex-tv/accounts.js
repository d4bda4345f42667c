// @ts-check
import { DEMO_ACCOUNTS } from './demo-data.js'

/** @import { AccountFacts } from './demo-data.js' */

/**
 * @typedef {{
 *   email: string,
 *   username?: string,
 *   password: string,
 *   twoFactorCode?: string,
 *   recoveryCodes?: string[],
 *   emailOnlyAuth?: boolean,
 * }} NewAccount
 */

const FIRST_ADDED_ID = 30000001

export function createAccountStore() {
  /** @type {AccountFacts[]} */
  let accounts = [...DEMO_ACCOUNTS]
  /** @type {Set<string>} */
  const usedRecoveryCodes = new Set()
  let addedCount = 0

  /** @param {(account: AccountFacts) => boolean} predicate */
  const find = (predicate) => accounts.find(predicate)

  return {
    /**
     * Logins match e-mail or username regardless of case, as typed otherwise.
     * @param {string} login
     * @returns {{ account: AccountFacts, by: 'email' | 'username' } | undefined}
     */
    findByLogin(login) {
      if (login === '') return undefined

      const byEmail = find((a) => sameText(a.email, login))
      if (byEmail) return { account: byEmail, by: 'email' }
      const byUsername = find((a) => sameText(a.username, login))
      if (byUsername) return { account: byUsername, by: 'username' }
      return undefined
    },

    /** @param {string} uuid */
    findByUuid(uuid) {
      return find((a) => a.uuid === uuid)
    },

    all() {
      return [...accounts]
    },

    /**
     * Adds a throwaway account, or replaces one added before under the same
     * e-mail. Demo accounts cannot be replaced.
     * @param {NewAccount} input
     * @returns {AccountFacts | 'conflict'}
     */
    add(input) {
      const username = input.username ?? ''
      /** @param {AccountFacts} a */
      const sameEmail = (a) => sameText(a.email, input.email)
      /** @param {AccountFacts} a */
      const sameUsername = (a) =>
        username !== '' && sameText(a.username, username)
      const previous = accounts.find(sameEmail)
      const isTaken = accounts.some(
        (a) => (sameEmail(a) && a.isDemo) || (sameUsername(a) && !sameEmail(a)),
      )
      if (isTaken) return 'conflict'

      if (!previous) addedCount += 1
      const id = previous?.id ?? FIRST_ADDED_ID + addedCount - 1
      const uuid = previous?.uuid ?? `ad${id.toString(16).padStart(14, '0')}`
      /** @type {AccountFacts} */
      const account = {
        id,
        uuid,
        email: input.email,
        username,
        title: username || input.email,
        friendlyName: '',
        password: input.password,
        totp: input.twoFactorCode ?? null,
        recoveryCodes: input.recoveryCodes ?? [],
        emailOnlyAuth: input.emailOnlyAuth ?? false,
        plexPass: false,
        home: 'none',
        country: 'US',
        joinedAt: Math.floor(Date.now() / 1000),
        token: `TESTx${uuid.slice(2)}x1`,
        isDemo: false,
      }
      accounts = [...accounts.filter((a) => a !== previous), account]
      return account
    },

    /**
     * A 2FA code is the current TOTP or an unused recovery code.
     * @param {AccountFacts} account
     * @param {string} code
     */
    acceptCode(account, code) {
      if (account.totp !== null && code === account.totp) return true

      const wanted = code.toUpperCase()
      const known = account.recoveryCodes.some(
        (r) => r.toUpperCase() === wanted,
      )
      const key = `${account.uuid}:${wanted}`
      if (!known || usedRecoveryCodes.has(key)) return false

      usedRecoveryCodes.add(key)
      return true
    },

    restoreRecoveryCodes() {
      usedRecoveryCodes.clear()
    },
  }
}

/** @typedef {ReturnType<typeof createAccountStore>} AccountStore */

/**
 * @param {string} a
 * @param {string} b
 */
function sameText(a, b) {
  return a.toLowerCase() === b.toLowerCase()
}
