// @ts-check
import { partPorts, partUrls } from './config.js'
import { createFailureStore } from './failures.js'
import { createJournal } from './journal.js'
import { createAccountStore } from './plex-tv/accounts.js'
import { createSessionStore } from './plex-tv/sessions.js'
import { createServerStore } from './pms/server-store.js'

/** @import { PartName } from './types.js' */

/**
 * What the parts share. Accounts and sessions live here rather than in the
 * plex.tv part because the media servers check plex.tv tokens too. `now`
 * (ms) is the clock the media servers' token lifetimes read; tests pass
 * their own.
 * @param {{ basePort: number, testMode: boolean, now?: () => number }} options
 */
export function createSharedState({ basePort, testMode, now = Date.now }) {
  const accounts = createAccountStore()

  return {
    testMode,
    now,
    ports: partPorts(basePort),
    urls: partUrls(basePort),
    accounts,
    sessions: createSessionStore(accounts),
    mediaServers: createServerStore({ now }),
    failures: createFailureStore(),
    journal: createJournal(),
    /** @type {Map<PartName, () => void>} each part's "forget volatile state" */
    restarts: new Map(),
  }
}

/** @typedef {ReturnType<typeof createSharedState>} SharedState */
