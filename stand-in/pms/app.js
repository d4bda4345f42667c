// @ts-check
import { createPartApp } from '../part-app.js'
import { serverOfPart } from './catalogue.js'
import {
  identity,
  librarySections,
  serverAccounts,
  serverRoot,
} from './library.js'
import { sendHtmlError } from './respond.js'
import { sourceResources, transientToken } from './security.js'

/** @import { PartName } from '../types.js' */
/** @import { SharedState } from '../state.js' */

export const APP_PLEX_TV = 'https://app.plex.tv'

/**
 * A fake Plex Media Server. A restart forgets the transient tokens it
 * handed out; its settings stay.
 * @param {PartName} part
 * @param {SharedState} state
 */
export function createMediaServer(part, state) {
  const server = serverOfPart(part)
  state.restarts.set(part, () => state.mediaServers.forgetTransients(server))

  const app = createPartApp(part, state, {
    notFound: (c) => sendHtmlError(c, 404),
    // Some real servers only ever admit Plex's own web app.
    allowOrigin: (origin) =>
      state.mediaServers.settings(server).appPlexTvOnly ? APP_PLEX_TV : origin,
  })
  app.get('/identity', identity(state, server))
  app.on(['GET', 'POST'], '/security/token', transientToken(state, server))
  app.get('/security/resources', sourceResources(state, server))
  app.get('/', serverRoot(state, server))
  app.get('/library/sections', librarySections(state, server))
  app.get('/accounts', serverAccounts(state, server))
  return app
}

/** @param {SharedState} state */
export const createDemoServer = (state) =>
  createMediaServer('demo-server', state)

/** @param {SharedState} state */
export const createFriendServer = (state) =>
  createMediaServer('friend-server', state)
