// @ts-check
import { serve } from '@hono/node-server'
import { createAppPlexTv } from './app-plex-tv/app.js'
import { DEFAULT_PORT, HOST } from './config.js'
import { createPlexTv } from './plex-tv/app.js'
import { createDemoServer, createFriendServer } from './pms/app.js'
import { serverOfPart } from './pms/catalogue.js'
import { createSharedState } from './state.js'

/** @import { ServerType } from '@hono/node-server' */
/** @import { Hono } from 'hono' */
/** @import { PartEnv, PartName } from './types.js' */
/** @import { SharedState } from './state.js' */

/**
 * The parts, in the order they are printed (that of their ports), each with
 * the label it is printed under. Each factory takes the shared state and
 * returns a Hono app.
 * @type {{
 *   name: PartName,
 *   label: string,
 *   create: (state: SharedState) => Hono<PartEnv>,
 * }[]}
 */
const FACTORIES = [
  { name: 'plex.tv', label: 'plex.tv', create: createPlexTv },
  { name: 'app', label: 'app.plex.tv', create: createAppPlexTv },
  {
    name: 'demo-server',
    label: serverOfPart('demo-server').name,
    create: createDemoServer,
  },
  {
    name: 'friend-server',
    label: serverOfPart('friend-server').name,
    create: createFriendServer,
  },
]

/**
 * Starts every part on its port and resolves once all of them listen.
 * @param {{ basePort?: number, testMode?: boolean }} [options]
 */
export async function startStandIn({
  basePort = DEFAULT_PORT,
  testMode = false,
} = {}) {
  const state = createSharedState({ basePort, testMode })
  const started = await Promise.allSettled(
    FACTORIES.map(async ({ name, label, create }) => {
      const server = await listen(create(state), state.ports[name])
      return { name, label, url: state.urls[name], server }
    }),
  )

  const running = started.flatMap((r) =>
    r.status === 'fulfilled' ? [r.value] : [],
  )
  const failed = started.find((r) => r.status === 'rejected')
  const close = () => Promise.all(running.map(({ server }) => shut(server)))
  if (failed) {
    await close()
    throw failed.reason
  }

  return {
    state,
    parts: running.map(({ name, label, url }) => ({ name, label, url })),
    close: async () => {
      await close()
    },
  }
}

/**
 * @param {Hono<PartEnv>} app
 * @param {number} port
 * @returns {Promise<ServerType>}
 */
function listen(app, port) {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: HOST, port }, () =>
      resolve(server),
    )
    server.once('error', (error) => {
      reject(new Error(`cannot listen on ${HOST}:${port}: ${error.message}`))
    })
  })
}

/** @param {ServerType} server */
function shut(server) {
  return new Promise((resolve) => {
    server.close(() => resolve(undefined))
    // Hanging requests (an injected delay) would otherwise hold close().
    if ('closeAllConnections' in server) server.closeAllConnections()
  })
}
