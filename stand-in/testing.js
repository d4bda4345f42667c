// @ts-check
import { createAppPlexTv } from './app-plex-tv/app.js'
import { createPlexTv } from './plex-tv/app.js'
import { createDemoServer, createFriendServer } from './pms/app.js'
import { createSharedState } from './state.js'

/** @import { Hono } from 'hono' */
/** @import { PartEnv } from './types.js' */

export const CLIENT = 'test-client-0001'
export const JSON_ACCEPT = { Accept: 'application/json' }

/** A plex.tv part with no port, driven through app.request(). */
export function plexTv({ testMode = true } = {}) {
  const state = createSharedState({ basePort: 32410, testMode })
  const app = createPlexTv(state)

  /**
   * @param {Record<string, string>} fields
   * @param {{ clientIdentifier?: string, headers?: Record<string, string> }} [options]
   */
  const signIn = (fields, { clientIdentifier = CLIENT, headers = {} } = {}) =>
    app.request('/api/v2/users/signin', {
      method: 'POST',
      headers: {
        ...JSON_ACCEPT,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Plex-Client-Identifier': clientIdentifier,
        ...headers,
      },
      body: new URLSearchParams(fields).toString(),
    })

  /**
   * @param {string} token
   * @param {Record<string, string>} [headers]
   */
  const getUser = (token, headers = JSON_ACCEPT) =>
    app.request('/api/v2/user', {
      headers: {
        'X-Plex-Client-Identifier': CLIENT,
        'X-Plex-Token': token,
        ...headers,
      },
    })

  return { state, app, signIn, getUser, control: controlOf(app) }
}

export const START = Date.parse('2026-01-01T12:00:00Z')

/**
 * Every part on one state, with no ports and a clock the test moves with
 * advance(ms).
 */
export function standIn({ testMode = true } = {}) {
  let time = START
  const state = createSharedState({
    basePort: 32410,
    testMode,
    now: () => time,
  })
  const plexTvApp = createPlexTv(state)
  const appPlexTv = createAppPlexTv(state)
  const servers = {
    'demo-server': createDemoServer(state),
    'friend-server': createFriendServer(state),
  }

  /**
   * A request to a media server the way the app sends one.
   * @param {keyof typeof servers} part
   * @param {string} path
   * @param {{ token?: string, json?: boolean, method?: string, headers?: Record<string, string> }} [options]
   */
  const pms = (
    part,
    path,
    { token, json = false, method = 'GET', headers = {} } = {},
  ) =>
    servers[part].request(path, {
      method,
      headers: {
        'X-Plex-Client-Identifier': CLIENT,
        ...(token ? { 'X-Plex-Token': token } : {}),
        ...(json ? JSON_ACCEPT : {}),
        ...headers,
      },
    })

  /**
   * POST /api/v2/pins the way the app sends it.
   * @param {{ strong?: boolean, clientIdentifier?: string, product?: string, headers?: Record<string, string> }} [options]
   */
  const createPin = ({
    strong = true,
    clientIdentifier = CLIENT,
    product = 'Plexkey',
    headers = JSON_ACCEPT,
  } = {}) =>
    plexTvApp.request(`/api/v2/pins${strong ? '?strong=true' : ''}`, {
      method: 'POST',
      headers: {
        ...(clientIdentifier
          ? { 'X-Plex-Client-Identifier': clientIdentifier }
          : {}),
        ...(product ? { 'X-Plex-Product': product } : {}),
        ...headers,
      },
    })

  /**
   * GET /api/v2/pins/:id.
   * @param {number | string} id
   * @param {{ clientIdentifier?: string, headers?: Record<string, string> }} [options]
   */
  const pollPin = (
    id,
    { clientIdentifier = CLIENT, headers = JSON_ACCEPT } = {},
  ) =>
    plexTvApp.request(`/api/v2/pins/${id}`, {
      headers: { 'X-Plex-Client-Identifier': clientIdentifier, ...headers },
    })

  return {
    state,
    plexTv: plexTvApp,
    appPlexTv,
    createPin,
    pollPin,
    servers,
    pms,
    control: controlOf(plexTvApp),
    /** @param {number} ms */
    advance: (ms) => {
      time += ms
    },
  }
}

/**
 * The test controls, which live on the plex.tv part.
 * @param {Hono<PartEnv>} app
 */
function controlOf(app) {
  /**
   * @param {string} path
   * @param {unknown} [body]
   * @param {string} [method]
   */
  return (path, body, method = body ? 'POST' : 'GET') =>
    app.request(`/__standin${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })
}

/** @param {Response} response */
export async function errorCode(response) {
  const body = /** @type {{ errors: { code: number }[] }} */ (
    await response.json()
  )
  return body.errors[0]?.code
}
