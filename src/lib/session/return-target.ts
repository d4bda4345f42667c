const RETURN_TARGET_KEY = 'plexkey.returnTo'

// The screens that need a session, as a signed-out visit asks for them.
// Sign-out is not one: nobody signs in to be asked to sign out.
const RETURN_TARGETS: readonly RegExp[] = [
  /^\/account$/,
  /^\/servers$/,
  /^\/servers\/[A-Za-z0-9_-]{1,128}\/(share|sources)$/,
]

/**
 * Whether `path` is a screen of this app to come back to after signing in:
 * a bare path (no origin, query or fragment) of a screen that needs a
 * session. Nothing else is kept or followed, so no stored value can send
 * the app to another site.
 */
export function isReturnTarget(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    RETURN_TARGETS.some((target) => target.test(path))
  )
}

/**
 * Remembers the screen a signed-out visit asked for, across a reload and the
 * same-tab round trip to Plex's page. Anything but a return target is
 * ignored. The path holds nothing secret: a server's identifier at most.
 */
export function saveReturnTarget(path: string): void {
  if (!isReturnTarget(path)) return
  try {
    sessionStorage.setItem(RETURN_TARGET_KEY, path)
  } catch {
    // Without storage the person lands on the account screen instead.
  }
}

/** The screen to open once signed in, or null for the default one. */
export function readReturnTarget(): string | null {
  let stored: string | null
  try {
    stored = sessionStorage.getItem(RETURN_TARGET_KEY)
  } catch {
    return null
  }
  // NOTE: anything running in this origin can write storage: only one of
  // our own paths is followed.
  return isReturnTarget(stored) ? stored : null
}

export function clearReturnTarget(): void {
  try {
    sessionStorage.removeItem(RETURN_TARGET_KEY)
  } catch {
    // Nothing was stored where storage cannot be reached.
  }
}
