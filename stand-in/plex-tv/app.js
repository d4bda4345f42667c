// @ts-check
import { createPartApp } from '../part-app.js'
import { createFailureBlocker, createRateLimiter } from '../rate-limit.js'
import { avatar } from './avatar.js'
import { sendNotFound } from './errors.js'
import { getResources } from './resources.js'
import { signIn } from './sign-in.js'
import { getUser, signOut } from './token-routes.js'

/** @import { SharedState } from '../state.js' */

const MINUTE_MS = 60 * 1000

/**
 * The plex.tv part.
 * @param {SharedState} state
 */
export function createPlexTv(state) {
  const limiter = createRateLimiter({ limit: 30, windowMs: MINUTE_MS })
  const blocker = createFailureBlocker({
    maxFailures: 5,
    blockMs: 5 * MINUTE_MS,
  })

  // Sessions and added accounts survive: plex.tv keeps them, and parallel
  // test workers rely on theirs.
  state.restarts.set('plex.tv', () => {
    limiter.reset()
    blocker.reset()
    state.accounts.restoreRecoveryCodes()
    state.sessions.restoreFixedTokens()
  })

  const app = createPartApp('plex.tv', state, {
    notFound: sendNotFound,
    withControls: true,
  })
  app.post('/api/v2/users/signin', signIn({ state, limiter, blocker }))
  app.get('/api/v2/user', getUser(state))
  app.delete('/api/v2/users/signout', signOut(state))
  app.get('/api/v2/resources', getResources(state))
  app.get('/users/:uuid/avatar', avatar(state.accounts))
  return app
}
