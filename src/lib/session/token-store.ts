import { registerSecret } from '../log.ts'
import { isWellFormedToken } from './token-format.ts'

const TOKEN_KEY = 'plexkey.token'

// Used only when sessionStorage throws (blocked storage, private modes): the
// session then lasts as long as the page.
let memoryToken: string | null = null

/** The session's Plex token, or null when there is none or it looks wrong. */
export function getSessionToken(): string | null {
  const stored = readStorage()
  if (stored === undefined || stored === null) return memoryToken

  // NOTE: storage is writable by anything running in this origin; a value
  // that cannot be a token is dropped rather than sent to plex.tv.
  if (!isWellFormedToken(stored)) {
    clearSessionToken()
    return null
  }
  registerSecret(stored)
  return stored
}

export function saveSessionToken(token: string): void {
  if (!isWellFormedToken(token)) {
    throw new TypeError('Refusing to store a value that is not a Plex token.')
  }
  registerSecret(token)
  try {
    sessionStorage.setItem(TOKEN_KEY, token)
    memoryToken = null
  } catch {
    memoryToken = token
  }
}

// The token stays registered with the logger: it may still work at plex.tv
// (sign-out without revoking) and must never be printed later in this page.
export function clearSessionToken(): void {
  memoryToken = null
  try {
    sessionStorage.removeItem(TOKEN_KEY)
  } catch {
    // Nothing was stored where storage cannot be reached.
  }
}

/** The stored value; null when absent, undefined when storage throws. */
function readStorage(): string | null | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY)
  } catch {
    return undefined
  }
}
