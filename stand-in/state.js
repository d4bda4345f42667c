// @ts-check
import { createClock } from './clock.js'
import { partPorts, partUrls } from './config.js'
import { createCorsRefusal } from './cors-refusal.js'
import { createFailureStore } from './failures.js'
import { createJournal } from './journal.js'
import { createAccountStore } from './plex-tv/accounts.js'
import { createPinStore } from './plex-tv/pins.js'
import { createSessionStore } from './plex-tv/sessions.js'
import { createSignInGuard } from './plex-tv/sign-in.js'
import { createServerStore } from './pms/server-store.js'

/** @import { PartName } from './types.js' */

/**
 * What the parts share. Accounts and sessions live here rather than in the
 * plex.tv part because the media servers check plex.tv tokens too; PINs and
 * the sign-in limits because the hosted sign-in page (the `app` part) uses
 * them as well. `now` (ms) is the base of the clock that PIN and transient
 * token lifetimes read; tests pass their own, and the `clock` test control
 * moves it forward for everyone.
 * @param {{ basePort: number, testMode: boolean, now?: () => number }} options
 */
export function createSharedState({ basePort, testMode, now = Date.now }) {
  const accounts = createAccountStore()
  const clock = createClock(now)

  return {
    testMode,
    now: clock.now,
    clock,
    ports: partPorts(basePort),
    urls: partUrls(basePort),
    accounts,
    sessions: createSessionStore(accounts),
    signIns: createSignInGuard(),
    pins: createPinStore({ now: clock.now }),
    mediaServers: createServerStore({ now: clock.now }),
    failures: createFailureStore(),
    corsRefusal: createCorsRefusal(),
    journal: createJournal(),
    /** @type {Map<PartName, () => void>} each part's "forget volatile state" */
    restarts: new Map(),
  }
}

/** @typedef {ReturnType<typeof createSharedState>} SharedState */
