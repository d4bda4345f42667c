// @ts-check
import { serve } from '@hono/node-server'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RETRY_AFTER_SECONDS,
  FAILURE_MODES,
  LARGE_BODY_BYTES,
} from './failure-modes.js'
import { createPlexTv } from './plex-tv/app.js'
import { createSharedState } from './state.js'
import { CLIENT, JSON_ACCEPT, standIn } from './testing.js'

/** @import { FailureMode } from './failure-modes.js' */
/** @typedef {ReturnType<typeof standIn>} Parts */

const ORIGIN = 'http://127.0.0.1:4173'
const OWNER_TOKEN = 'DEMOxOWNERxTOKENxxx1'
const DEMO_SERVER_ADMIN = 'DEMOxSRVxDEMOxOWNER1'
const FRIENDS_SERVER = 'fa11bacc0fa11bacc0fa11bacc0fa11bacc00002'
const FIRST_PIN_ID = 1000000001
const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>'

const HEADERS = {
  ...JSON_ACCEPT,
  Origin: ORIGIN,
  'X-Plex-Client-Identifier': CLIENT,
  'X-Plex-Product': 'Plexkey',
}

/**
 * The calls Plexkey makes, sent as Plexkey sends them, with the start of
 * each one's real answer in XML.
 * @type {{
 *   name: string,
 *   part: 'plex.tv' | 'demo-server',
 *   method: string,
 *   path: string,
 *   xmlRoot: string,
 *   send: (parts: Parts, init?: RequestInit) => Response | Promise<Response>,
 * }[]}
 */
const CALLS = [
  {
    name: 'sign-in',
    part: 'plex.tv',
    method: 'POST',
    path: '/api/v2/users/signin',
    xmlRoot: '<user ',
    send: ({ plexTv }, init) =>
      plexTv.request('/api/v2/users/signin', {
        method: 'POST',
        headers: {
          ...HEADERS,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'login=owner%40example.com&password=plexkey-demo',
        ...init,
      }),
  },
  {
    name: 'user',
    part: 'plex.tv',
    method: 'GET',
    path: '/api/v2/user',
    xmlRoot: '<user ',
    send: ({ plexTv }, init) =>
      plexTv.request('/api/v2/user', {
        headers: { ...HEADERS, 'X-Plex-Token': OWNER_TOKEN },
        ...init,
      }),
  },
  {
    name: 'sign-out',
    part: 'plex.tv',
    method: 'DELETE',
    path: '/api/v2/users/signout',
    xmlRoot: '',
    send: ({ plexTv }, init) =>
      plexTv.request('/api/v2/users/signout', {
        method: 'DELETE',
        headers: { ...HEADERS, 'X-Plex-Token': OWNER_TOKEN },
        ...init,
      }),
  },
  {
    name: 'pin creation',
    part: 'plex.tv',
    method: 'POST',
    path: '/api/v2/pins',
    xmlRoot: '<pin ',
    send: ({ plexTv }, init) =>
      plexTv.request('/api/v2/pins?strong=true', {
        method: 'POST',
        headers: HEADERS,
        ...init,
      }),
  },
  {
    name: 'pin poll',
    part: 'plex.tv',
    method: 'GET',
    path: `/api/v2/pins/${FIRST_PIN_ID}`,
    xmlRoot: `<pin id="${FIRST_PIN_ID}"`,
    send: async ({ plexTv, createPin }, init) => {
      await createPin()
      return plexTv.request(`/api/v2/pins/${FIRST_PIN_ID}`, {
        headers: HEADERS,
        ...init,
      })
    },
  },
  {
    name: 'resources',
    part: 'plex.tv',
    method: 'GET',
    path: '/api/v2/resources',
    xmlRoot: '<resources size=',
    send: ({ plexTv }, init) =>
      plexTv.request(
        '/api/v2/resources?includeHttps=1&includeRelay=1&includeIPv6=1',
        { headers: { ...HEADERS, 'X-Plex-Token': OWNER_TOKEN }, ...init },
      ),
  },
  {
    name: 'identity',
    part: 'demo-server',
    method: 'GET',
    path: '/identity',
    xmlRoot: '<MediaContainer size="0" claimed="1"',
    send: ({ servers }, init) =>
      servers['demo-server'].request('/identity', {
        headers: HEADERS,
        ...init,
      }),
  },
  {
    name: 'transient token',
    part: 'demo-server',
    method: 'GET',
    path: '/security/token',
    xmlRoot: '<MediaContainer size="0" token="transient-',
    send: ({ servers }, init) =>
      servers['demo-server'].request(
        '/security/token?type=delegation&scope=all',
        { headers: { ...HEADERS, 'X-Plex-Token': DEMO_SERVER_ADMIN }, ...init },
      ),
  },
  {
    name: 'source lookup',
    part: 'demo-server',
    method: 'GET',
    path: '/security/resources',
    xmlRoot: '<MediaContainer size="1"><Device ',
    send: ({ servers }, init) =>
      servers['demo-server'].request(
        `/security/resources?source=server://${FRIENDS_SERVER}`,
        { headers: { ...HEADERS, 'X-Plex-Token': DEMO_SERVER_ADMIN }, ...init },
      ),
  },
]

/**
 * @param {Parts} parts
 * @param {(typeof CALLS)[number]} call
 * @param {Record<string, unknown>} rule
 */
async function fail(parts, call, rule) {
  const response = await parts.control('/failures', {
    clientIdentifier: CLIENT,
    part: call.part,
    method: call.method,
    path: call.path,
    ...rule,
  })
  expect(response.status).toBe(201)
}

/** @param {Response} response */
async function plexCode(response) {
  const body = /** @type {{ errors: { code: number }[] }} */ (
    await response.json()
  )
  return body.errors[0]?.code
}

const PLAIN_ANSWERS = FAILURE_MODES.filter(
  (mode) => mode !== 'dropped' && mode !== 'hang',
)

const CELLS = CALLS.flatMap((call) =>
  PLAIN_ANSWERS.map((mode) => /** @type {const} */ ([call.name, mode, call])),
)

describe('failure modes', () => {
  it.each(CELLS)('%s: %s has its wire form', async (_, mode, call) => {
    const parts = standIn()
    await fail(parts, call, { mode })

    const response = await call.send(parts)

    await expectWireForm(response, mode, call)
    if (response.status !== 204) {
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    }
  })

  it.each(CALLS.map((call) => /** @type {const} */ ([call.name, call])))(
    '%s: dropped gives no answer at all',
    async (_, call) => {
      const parts = standIn()
      await fail(parts, call, { mode: 'dropped' })

      const response = await call.send(parts)

      expect(response.type).toBe('error')
    },
  )

  it.each(CALLS.map((call) => /** @type {const} */ ([call.name, call])))(
    '%s: hang answers nothing until the client gives up',
    async (_, call) => {
      const parts = standIn()
      await fail(parts, call, { mode: 'hang' })
      const controller = new AbortController()

      const sent = Promise.resolve(
        call.send(parts, { signal: controller.signal }),
      )
      const early = await Promise.race([
        sent.then(() => 'answered'),
        new Promise((resolve) => setTimeout(resolve, 100, 'still waiting')),
      ])
      controller.abort()
      await sent

      expect(early).toBe('still waiting')
      const journal = await (
        await parts.control(`/requests?clientIdentifier=${CLIENT}`)
      ).json()
      expect(journal.at(-1)).toMatchObject({
        path: call.path,
        outcome: 'hung',
        status: null,
      })
    },
  )

  it('a 429 can ask for another wait, in seconds or as a date', async () => {
    const parts = standIn()
    const user = CALLS.find((call) => call.name === 'user')
    if (!user) throw new Error('no user call')
    const wait = { retryAfterSeconds: 7, times: 1 }
    await fail(parts, user, { mode: '429-seconds', ...wait })
    await fail(parts, user, { mode: '429-date', ...wait })

    const seconds = await user.send(parts)
    const date = await user.send(parts)

    expect(seconds.headers.get('retry-after')).toBe('7')
    expectDateAhead(date.headers.get('retry-after'), 7)
  })

  it.each([
    [{ mode: 'slow' }, /^mode must be one of dropped, hang, 400, /],
    [{ mode: '503', status: 503 }, /^mode sets the whole answer/],
    [{ mode: '503', retryAfterSeconds: 5 }, /^retryAfterSeconds goes with/],
    [{ mode: '429-date', retryAfterSeconds: -1 }, /^retryAfterSeconds must/],
  ])('refuse a mode rule that does not add up: %j', async (rule, error) => {
    const { control } = standIn()

    const response = await control('/failures', {
      clientIdentifier: CLIENT,
      method: 'GET',
      path: '/api/v2/user',
      ...rule,
    })

    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatch(error)
  })
})

describe('failure modes on a real socket', () => {
  it('dropped closes the connection; hang holds it until the client leaves', async () => {
    const state = createSharedState({ basePort: 32410, testMode: true })
    const app = createPlexTv(state)
    const server = await listen(app)
    const url = `http://127.0.0.1:${server.port}`
    const headers = { ...HEADERS, 'X-Plex-Token': OWNER_TOKEN }
    for (const mode of ['dropped', 'hang']) {
      state.failures.add({
        part: 'plex.tv',
        clientIdentifier: CLIENT,
        method: 'GET',
        path: `/api/v2/user`,
        mode: /** @type {FailureMode} */ (mode),
        times: 1,
      })
    }

    try {
      const dropped = await fetch(`${url}/api/v2/user`, { headers }).then(
        () => 'answered',
        (/** @type {Error} */ error) => error.name,
      )
      const hung = await fetch(`${url}/api/v2/user`, {
        headers,
        signal: AbortSignal.timeout(300),
      }).then(
        () => 'answered',
        (/** @type {Error} */ error) => error.name,
      )
      const answered = await fetch(`${url}/api/v2/user`, { headers })

      expect(dropped).toBe('TypeError')
      expect(hung).toBe('TimeoutError')
      expect(answered.status).toBe(200)
      const outcomes = state.journal.list(CLIENT).map((entry) => entry.outcome)
      expect(outcomes).toEqual(['dropped', 'hung', 'answered'])
    } finally {
      await server.close()
    }
  })
})

/**
 * @param {Response} response
 * @param {FailureMode} mode
 * @param {(typeof CALLS)[number]} call
 */
async function expectWireForm(response, mode, call) {
  const isServer = call.part === 'demo-server'
  const jsonType = isServer
    ? 'application/json'
    : 'application/json; charset=utf-8'
  const xmlType = isServer
    ? 'text/xml;charset=utf-8'
    : 'application/xml; charset=utf-8'
  const type = response.headers.get('content-type')
  const htmlPage = async (/** @type {string} */ title) => {
    expect(type).toBe('text/html')
    expect(await response.text()).toContain(`<h1>${title}</h1>`)
  }

  switch (mode) {
    case '400':
      expect(response.status).toBe(400)
      if (isServer) return htmlPage('400 Bad Request')
      expect(type).toBe(jsonType)
      expect(await plexCode(response)).toBe(1004)
      return
    case '401-json':
      expect(response.status).toBe(401)
      expect(type).toBe(jsonType)
      expect(await plexCode(response)).toBe(1001)
      return
    case '401-html':
      expect(response.status).toBe(401)
      return htmlPage('401 Unauthorized')
    case '403-html':
      expect(response.status).toBe(403)
      return htmlPage('403 Forbidden')
    case '404':
      expect(response.status).toBe(404)
      if (isServer) return htmlPage('404 Not Found')
      expect(await response.json()).toEqual({ status: 404, error: 'Not Found' })
      return
    case '422-xml':
      expect(response.status).toBe(422)
      expect(type).toBe(xmlType)
      expect(await response.text()).toBe(
        `${XML_PROLOG}<errors><error>Invalid token</error></errors>`,
      )
      return
    case '429-seconds':
    case '429-date':
    case '429-bare': {
      expect(response.status).toBe(429)
      expect(response.headers.get('access-control-expose-headers')).toBe(
        'Retry-After',
      )
      const retryAfter = response.headers.get('retry-after')
      if (mode === '429-seconds') expect(retryAfter).toBe('120')
      if (mode === '429-date') {
        expectDateAhead(retryAfter, DEFAULT_RETRY_AFTER_SECONDS)
      }
      if (mode === '429-bare') expect(retryAfter).toBeNull()
      if (isServer) return htmlPage('429 Too Many Requests')
      expect(await plexCode(response)).toBe(1003)
      return
    }
    case '500-html':
      expect(response.status).toBe(500)
      expect(type).toBe('text/html')
      expect(await response.text()).toContain('500 Internal Server Error')
      return
    case '502':
      expect(response.status).toBe(502)
      expect(type).toBe('text/html')
      expect(await response.text()).toContain('502 Bad Gateway')
      return
    case '503':
      expect(response.status).toBe(503)
      expect(type).toBeNull()
      expect(await response.text()).toBe('')
      return
    case '200-empty':
      expect(response.status).toBe(200)
      expect(type).toBe(jsonType)
      expect(await response.text()).toBe('')
      return
    case '200-malformed-json': {
      expect(response.status).toBe(200)
      expect(type).toBe(jsonType)
      const text = await response.text()
      expect(() => JSON.parse(text)).toThrow(SyntaxError)
      return
    }
    case '200-wrong-shape':
      expect(response.status).toBe(200)
      expect(type).toBe(jsonType)
      expect(await response.json()).toEqual({ unexpected: true })
      return
    case '200-xml': {
      // The route's own success, as XML: sign-out's has no body at all.
      if (call.name === 'sign-out') {
        expect(response.status).toBe(204)
        return
      }
      expect([200, 201]).toContain(response.status)
      expect(type).toBe(xmlType)
      const text = await response.text()
      expect(text.startsWith(XML_PROLOG)).toBe(true)
      expect(text.slice(XML_PROLOG.length)).toMatch(
        new RegExp(`^${escape(call.xmlRoot)}`),
      )
      return
    }
    case '200-html':
      expect(response.status).toBe(200)
      expect(type).toBe('text/html; charset=utf-8')
      expect(await response.text()).toMatch(/^<!DOCTYPE html><html>/)
      return
    case '200-5mb': {
      expect(response.status).toBe(200)
      expect(type).toBe(jsonType)
      expect(response.headers.get('content-length')).toBeNull()
      const text = await response.text()
      expect(text).toHaveLength(LARGE_BODY_BYTES)
      expect(JSON.parse(text)).toEqual({ padding: expect.any(String) })
      return
    }
    default:
      throw new Error(`no wire form checked for ${mode}`)
  }
}

/**
 * @param {string | null} header
 * @param {number} seconds
 */
function expectDateAhead(header, seconds) {
  expect(header).toMatch(
    /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} [\d:]{8} GMT$/,
  )
  const ahead = (Date.parse(header ?? '') - Date.now()) / 1000
  expect(ahead).toBeGreaterThan(seconds - 2)
  expect(ahead).toBeLessThanOrEqual(seconds)
}

/** @param {string} text */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** @param {import('hono').Hono<import('./types.js').PartEnv>} app */
function listen(app) {
  return new Promise(
    /** @param {(server: { port: number, close: () => Promise<void> }) => void} resolve */
    (resolve) => {
      const server = serve(
        { fetch: app.fetch, hostname: '127.0.0.1', port: 0 },
        (info) =>
          resolve({
            port: info.port,
            close: () =>
              new Promise((done) => {
                server.close(() => done())
                if ('closeAllConnections' in server)
                  server.closeAllConnections()
              }),
          }),
      )
    },
  )
}
