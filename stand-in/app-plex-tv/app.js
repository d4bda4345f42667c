// @ts-check
import { createPartApp } from '../part-app.js'
import { signIn } from '../plex-tv/sign-in.js'
import { serveAssets, servePage } from '../static-pages.js'
import { approve, pinStatus } from './page-api.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */

/**
 * The hosted sign-in page ("app.plex.tv"). Like the real one, every answer
 * carries Cross-Origin-Opener-Policy: same-origin, so the window that
 * opened it loses its handle (`opener` is null here, and `closed` reads
 * true over there). It answers no CORS: its API is for its own page.
 * It keeps no state of its own (PINs and sessions are plex.tv's).
 * @param {SharedState} state
 */
export function createAppPlexTv(state) {
  state.restarts.set('app', () => {})

  const app = createPartApp('app', state, {
    notFound: sendPageNotFound,
    cors: false,
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin' },
  })
  // python-plexapi and others open /auth/#!?…, Plex's docs /auth#?…
  app.get('/auth', servePage('auth.html'))
  app.get('/auth/', servePage('auth.html'))
  app.get('/assets/:file', serveAssets(sendPageNotFound))
  app.post('/api/sign-in', signIn(state))
  app.get('/api/pin', pinStatus(state))
  app.post('/api/approve', approve(state))
  return app
}

/** @param {Ctx} c */
function sendPageNotFound(c) {
  return c.html(
    '<!doctype html><html lang="en"><title>Not Found</title><h1>Not Found</h1></html>',
    404,
  )
}
