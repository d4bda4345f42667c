const RETURN_TARGET_KEY = 'plexkey.returnTo'
const DEFAULT_DESTINATION = '/account'

// The screens that need a session, in the app's own spelling. Sign-out is
// not one: nobody signs in to be asked to sign out.
const RETURN_TARGETS: readonly RegExp[] = [
  /^\/account$/,
  /^\/servers$/,
  /^\/servers\/[A-Za-z0-9_-]{1,128}\/(share|sources)$/,
]

/**
 * Whether `path` is a screen of this app to come back to after signing in:
 * a bare path (no origin, query or fragment) of a screen that needs a
 * session, spelled as the app spells it. Nothing else is kept or followed,
 * so no stored value can send the app to another site.
 */
export function isReturnTarget(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    RETURN_TARGETS.some((target) => target.test(path))
  )
}

/**
 * The app's own spelling of a path the router takes for the same screen:
 * it ignores one trailing slash and the case of the screen's words (not of
 * a server's identifier), so `/Servers/` is `/servers`.
 */
export function canonicalScreenPath(path: string): string {
  if (!path.startsWith('/')) return path
  const withoutSlash = path.length > 1 ? path.replace(/\/$/, '') : path
  const segments = withoutSlash.slice(1).split('/')
  const serverIdIndex = segments[0]?.toLowerCase() === 'servers' ? 1 : -1
  const spelled = segments.map((segment, index) =>
    index === serverIdIndex ? segment : segment.toLowerCase(),
  )
  return `/${spelled.join('/')}`
}

/**
 * Remembers the screen a signed-out visit asked for, or the one a session
 * plex.tv ended was on, across a reload and the same-tab round trip to
 * Plex's page. Anything but a return target is ignored. The path holds
 * nothing secret: a server's identifier at most.
 */
export function saveReturnTarget(path: string): void {
  const screen = canonicalScreenPath(path)
  if (!isReturnTarget(screen)) return
  try {
    sessionStorage.setItem(RETURN_TARGET_KEY, screen)
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

/** Where a sign-in goes on to: the remembered screen, or the account. */
export function destinationAfterSignIn(): string {
  return readReturnTarget() ?? DEFAULT_DESTINATION
}

export function clearReturnTarget(): void {
  try {
    sessionStorage.removeItem(RETURN_TARGET_KEY)
  } catch {
    // Nothing was stored where storage cannot be reached.
  }
}
