/**
 * Which sign-in a PIN belongs to: "Sign in with Plex" (a long code for
 * Plex's page) or "Use a code on another device" (a 4-character code).
 */
export type PinKind = 'plex' | 'link'

const PENDING_PIN_KEYS: Record<PinKind, string> = {
  plex: 'plexkey.pendingPin',
  link: 'plexkey.pendingLinkCode',
}

/**
 * A PIN sign-in waiting for approval, kept in this tab so that the wait
 * goes on after a reload or a trip to Plex's page. Only what polling needs:
 * no token exists yet, and a PIN's id and code are no secret.
 */
export interface PendingPin {
  id: number
  code: string
  /** Milliseconds since the epoch, on this browser's clock. */
  expiresAt: number
  /** Plex's page was shown in this tab itself: no window could open. */
  isShownInThisTab?: boolean
}

export function savePendingPin(kind: PinKind, pin: PendingPin): void {
  const { id, code, expiresAt, isShownInThisTab } = pin
  const kept = isShownInThisTab
    ? { id, code, expiresAt, isShownInThisTab }
    : { id, code, expiresAt }
  try {
    sessionStorage.setItem(PENDING_PIN_KEYS[kind], JSON.stringify(kept))
  } catch {
    // Without storage the wait lasts as long as the page; after a reload the
    // person starts again.
  }
}

/** The pending PIN, or null when there is none, it expired or looks wrong. */
export function readPendingPin(
  kind: PinKind,
  now: number = Date.now(),
): PendingPin | null {
  let stored: unknown
  try {
    stored = JSON.parse(
      sessionStorage.getItem(PENDING_PIN_KEYS[kind]) ?? 'null',
    )
  } catch {
    stored = null
  }

  // NOTE: anything running in this origin can write storage; only a value
  // shaped like our own is used, and its code only ever goes to plex.tv.
  if (!isPendingPin(stored) || stored.expiresAt <= now) {
    clearPendingPin(kind)
    return null
  }
  return stored
}

/**
 * Notes where Plex's page for the pending PIN shows: in this tab, or in a
 * window. The wait's words depend on it, after a trip there and Back too.
 */
export function notePlexPageShownInThisTab(
  kind: PinKind,
  isShownInThisTab: boolean,
): void {
  const pending = readPendingPin(kind)
  if (pending) savePendingPin(kind, { ...pending, isShownInThisTab })
}

export function clearPendingPin(kind: PinKind): void {
  try {
    sessionStorage.removeItem(PENDING_PIN_KEYS[kind])
  } catch {
    // Nothing was stored where storage cannot be reached.
  }
}

/** Forgets every waiting PIN sign-in: a session started or ended. */
export function clearPendingPins(): void {
  clearPendingPin('plex')
  clearPendingPin('link')
}

function isPendingPin(value: unknown): value is PendingPin {
  if (typeof value !== 'object' || value === null) return false
  const { id, code, expiresAt, isShownInThisTab } = value as Record<
    string,
    unknown
  >
  return (
    (isShownInThisTab === undefined || typeof isShownInThisTab === 'boolean') &&
    typeof id === 'number' &&
    Number.isSafeInteger(id) &&
    id > 0 &&
    typeof code === 'string' &&
    /^[A-Za-z0-9]{1,64}$/.test(code) &&
    typeof expiresAt === 'number' &&
    Number.isFinite(expiresAt)
  )
}
