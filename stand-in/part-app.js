// @ts-check
import { Hono } from 'hono'
import { plexCors } from './cors.js'
import { injectFailures } from './failures.js'
import { journalRequests } from './journal.js'
import { testControls } from './test-controls.js'

/** @import { Ctx, Middleware, PartEnv, PartName } from './types.js' */
/** @import { AllowOrigin, RefusesCors } from './cors.js' */
/** @import { SharedState } from './state.js' */

/**
 * The base every part builds on: journal, CORS, health, and in test mode
 * the control routes and injected failures. Routes added afterwards can be
 * failed on purpose; the ones here cannot. `cors: false` leaves CORS out
 * (a browser on another origin then sees a network error); `headers` go on
 * every answer, injected and error ones included; `refusesCors` leaves CORS
 * out for some callers (the plex.tv part's test switch).
 * @param {PartName} part
 * @param {SharedState} state
 * @param {{
 *   notFound: (c: Ctx) => Response,
 *   withControls?: boolean,
 *   allowOrigin?: AllowOrigin,
 *   refusesCors?: RefusesCors,
 *   cors?: boolean,
 *   headers?: Record<string, string>,
 * }} options
 */
export function createPartApp(
  part,
  state,
  {
    notFound,
    withControls = false,
    allowOrigin,
    refusesCors,
    cors = true,
    headers = {},
  },
) {
  /** @type {Hono<PartEnv>} */
  const app = new Hono()

  app.use(addHeaders(headers))
  app.use(journalRequests(part, state.journal))
  if (cors) app.use(plexCors({ allowOrigin, refusesCors }))
  app.get('/__standin/health', (c) => c.json({ ok: true }))

  if (state.testMode) {
    if (withControls) app.route('/__standin', testControls(state))
    app.use(injectFailures(part, state.failures))
  }

  app.notFound(notFound)
  app.onError((error, c) => {
    console.error(`stand-in ${part}: ${c.req.method} ${c.req.path}`, error)
    return c.text('Internal Server Error', 500)
  })
  return app
}

/**
 * @param {Record<string, string>} headers
 * @returns {Middleware}
 */
function addHeaders(headers) {
  const entries = Object.entries(headers)
  return async (c, next) => {
    await next()
    if (entries.length === 0 || c.get('dropped') || c.res.type === 'error') {
      return
    }
    for (const [name, value] of entries) c.res.headers.set(name, value)
  }
}
