// @ts-check
import { ERRORS } from './errors.js'

/** @import { AccountFacts } from './demo-data.js' */
/** @import { AccountStore } from './accounts.js' */
/** @import { PlexError } from './errors.js' */

/**
 * @typedef {{ account: AccountFacts }
 *   | { error: PlexError, isFailure: boolean }} Outcome
 */

/**
 * Decides a sign-in the way plex.tv does. Strings are compared exactly:
 * nothing is trimmed or normalised, so a client that alters what was typed
 * is caught here. `isFailure` marks answers that count toward a block.
 * @param {AccountStore} accounts
 * @param {{ login: string, password: string, code: string }} form
 * @returns {Outcome}
 */
export function authenticate(accounts, { login, password, code }) {
  const match = accounts.findByLogin(login)
  if (!match) return failure(ERRORS.notAuthenticated)

  const { account, by } = match
  if (by === 'username' && account.emailOnlyAuth) {
    return failure(ERRORS.emailOnly)
  }
  if (account.password === null || account.password !== password) {
    return failure(ERRORS.notAuthenticated)
  }

  if (account.totp === null) return { account }
  if (code === '') return { error: ERRORS.codeRequired, isFailure: false }
  if (!accounts.acceptCode(account, code)) return failure(ERRORS.invalidCode)
  return { account }
}

/** @param {PlexError} error */
function failure(error) {
  return { error, isFailure: true }
}
