// @ts-check
import { authenticate } from './access.js'
import { sendContainer, sendHtmlError } from './respond.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */
/** @import { ServerFacts } from './catalogue.js' */
/** @import { Grant } from './server-store.js' */

// Just enough of a media server behind a token to tell what the token may
// do: any valid token reads / and /library/sections (a friend sees the
// shared sections only); /accounts is for admins.

/**
 * GET /identity: no token needed.
 * @param {SharedState} state
 * @param {ServerFacts} server
 */
export function identity(state, server) {
  /** @param {Ctx} c */
  return (c) =>
    sendContainer(c, {
      size: 0,
      claimed: true,
      machineIdentifier: server.machineIdentifier,
      version: state.mediaServers.settings(server).version,
    })
}

/**
 * GET /
 * @param {SharedState} state
 * @param {ServerFacts} server
 */
export function serverRoot(state, server) {
  return withGrant(state, server, (c) =>
    sendContainer(c, {
      size: 0,
      claimed: true,
      friendlyName: server.name,
      machineIdentifier: server.machineIdentifier,
      myPlex: true,
      version: state.mediaServers.settings(server).version,
    }),
  )
}

/**
 * GET /library/sections
 * @param {SharedState} state
 * @param {ServerFacts} server
 */
export function librarySections(state, server) {
  return withGrant(state, server, (c, grant) => {
    const sections = server.sections.filter(
      (s) => grant.rights === 'admin' || s.shared,
    )
    return sendContainer(c, {
      size: sections.length,
      allowSync: grant.rights === 'admin',
      title1: 'Plex Library',
      Directory: sections.map(({ key, type, title }) => ({
        key,
        type,
        title,
      })),
    })
  })
}

/**
 * GET /accounts: the server's accounts, admin only (403 otherwise).
 * @param {SharedState} state
 * @param {ServerFacts} server
 */
export function serverAccounts(state, server) {
  return withGrant(state, server, (c, grant) => {
    if (grant.rights !== 'admin') return sendHtmlError(c, 403)

    const accounts = server.tokens.flatMap(({ accountUuid }, index) => {
      const account = state.accounts.findByUuid(accountUuid)
      if (!account) return []
      // The owner is account 1 on their own server.
      const id = index === 0 ? 1 : account.id
      return [{ id, key: `/accounts/${id}`, name: account.username }]
    })
    return sendContainer(c, {
      size: accounts.length,
      identifier: 'com.plexapp.system.accounts',
      Account: accounts,
    })
  })
}

/**
 * @param {SharedState} state
 * @param {ServerFacts} server
 * @param {(c: Ctx, grant: Grant) => Response} handler
 */
function withGrant(state, server, handler) {
  /** @param {Ctx} c */
  return (c) => {
    const grant = authenticate(state, server, c)
    return grant ? handler(c, grant) : sendHtmlError(c, 401)
  }
}
