const PENDING_PIN_KEY = 'plexkey.pendingPin'

/**
 * A PIN sign-in that sent this tab to Plex's page and goes on when the tab
 * comes back. Only what polling needs: no token exists yet.
 */
export interface PendingPin {
  id: number
  code: string
  /** Milliseconds since the epoch, on this browser's clock. */
  expiresAt: number
}

export function savePendingPin(pin: PendingPin): void {
  const { id, code, expiresAt } = pin
  try {
    sessionStorage.setItem(
      PENDING_PIN_KEY,
      JSON.stringify({ id, code, expiresAt }),
    )
  } catch {
    // Without storage the sign-in cannot resume; polling after the return
    // is lost, and the person starts again.
  }
}

/** The pending PIN, or null when there is none, it expired or looks wrong. */
export function readPendingPin(now: number = Date.now()): PendingPin | null {
  let stored: unknown
  try {
    stored = JSON.parse(sessionStorage.getItem(PENDING_PIN_KEY) ?? 'null')
  } catch {
    stored = null
  }

  // NOTE: anything running in this origin can write storage; only a value
  // shaped like our own is used, and its code only ever goes to plex.tv.
  if (!isPendingPin(stored) || stored.expiresAt <= now) {
    clearPendingPin()
    return null
  }
  return stored
}

export function clearPendingPin(): void {
  try {
    sessionStorage.removeItem(PENDING_PIN_KEY)
  } catch {
    // Nothing was stored where storage cannot be reached.
  }
}

function isPendingPin(value: unknown): value is PendingPin {
  if (typeof value !== 'object' || value === null) return false
  const { id, code, expiresAt } = value as Record<string, unknown>
  return (
    typeof id === 'number' &&
    Number.isSafeInteger(id) &&
    id > 0 &&
    typeof code === 'string' &&
    /^[A-Za-z0-9]{1,64}$/.test(code) &&
    typeof expiresAt === 'number' &&
    Number.isFinite(expiresAt)
  )
}
