// @ts-check
import { createPartApp } from '../part-app.js'
import { serveAssets, servePage } from '../static-pages.js'
import { avatar } from './avatar.js'
import { sendNotFound } from './errors.js'
import { createPin, createPollLimiter, linkPin, pollPin } from './pin-routes.js'
import { getResources } from './resources.js'
import { signIn } from './sign-in.js'
import { getUser, signOut } from './token-routes.js'

/** @import { SharedState } from '../state.js' */

/**
 * The plex.tv part.
 * @param {SharedState} state
 */
export function createPlexTv(state) {
  const pollLimiter = createPollLimiter()

  // Sessions, PINs and added accounts survive: plex.tv keeps them, and
  // parallel test workers rely on theirs.
  state.restarts.set('plex.tv', () => {
    state.signIns.reset()
    pollLimiter.reset()
    state.accounts.restoreRecoveryCodes()
    state.sessions.restoreFixedTokens()
  })

  const app = createPartApp('plex.tv', state, {
    notFound: sendNotFound,
    withControls: true,
    refusesCors: (clientIdentifier) =>
      state.corsRefusal.refuses(clientIdentifier),
  })
  app.post('/api/v2/users/signin', signIn(state))
  app.get('/api/v2/user', getUser(state))
  app.delete('/api/v2/users/signout', signOut(state))
  app.get('/api/v2/resources', getResources(state))
  app.post('/api/v2/pins', createPin(state))
  app.put('/api/v2/pins/link', linkPin(state))
  app.get('/api/v2/pins/:id', pollPin(state, pollLimiter))
  app.get('/users/:uuid/avatar', avatar(state.accounts))
  app.get('/link', servePage('link.html'))
  app.get('/assets/:file', serveAssets(sendNotFound))
  return app
}
