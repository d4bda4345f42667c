// @ts-check
import { describe, expect, it } from 'vitest'
import { CLIENT, standIn } from '../testing.js'

const ORIGIN = 'http://127.0.0.1:4173'
const OWNER_ACCOUNT = 'DEMOxOWNERxTOKENxxx1'
const DEMO_SERVER = 'dec0de00dec0de00dec0de00dec0de00dec0de01'
const FRIENDS_SERVER = 'fa11bacc0fa11bacc0fa11bacc0fa11bacc00002'
const TOKEN_PATH = '/security/token?type=delegation&scope=all'

/**
 * @param {ReturnType<typeof standIn>} parts
 * @param {string} origin
 */
function preflight(parts, origin) {
  return parts.servers['demo-server'].request(TOKEN_PATH, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers':
        'accept, x-plex-token, x-plex-client-identifier',
    },
  })
}

describe('a media server', () => {
  it.each(
    /** @type {const} */ ([
      ['demo-server', DEMO_SERVER, '1.41.3.9314-a0bfb8370'],
      ['friend-server', FRIENDS_SERVER, '1.40.5.8854-f36c552fd'],
    ]),
  )(
    '%s answers /identity without a token, in XML',
    async (part, id, version) => {
      const { pms } = standIn()

      const response = await pms(part, '/identity')

      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(
        'text/xml;charset=utf-8',
      )
      expect(await response.text()).toBe(
        `<?xml version="1.0" encoding="UTF-8"?><MediaContainer size="0" claimed="1" machineIdentifier="${id}" version="${version}"/>`,
      )
    },
  )

  it('answers /identity in JSON, whatever token comes with it', async () => {
    const { pms } = standIn()

    const response = await pms('demo-server', '/identity', {
      token: 'not-a-token',
      json: true,
    })

    expect(await response.json()).toEqual({
      MediaContainer: {
        size: 0,
        claimed: true,
        machineIdentifier: DEMO_SERVER,
        version: '1.41.3.9314-a0bfb8370',
      },
    })
  })

  it('answers unknown paths and methods with a 404 HTML page', async () => {
    const { pms } = standIn()

    const unknown = await pms('demo-server', '/nothing/here', { json: true })
    const deleted = await pms('demo-server', TOKEN_PATH, {
      method: 'DELETE',
      token: OWNER_ACCOUNT,
    })

    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toBe('text/html')
    expect(await unknown.text()).toBe(
      '<html><head><title>Not Found</title></head><body><h1>404 Not Found</h1></body></html>',
    )
    expect(deleted.status).toBe(404)
  })

  it("reflects the app's origin, on answers and preflights", async () => {
    const parts = standIn()

    const answer = await parts.pms('demo-server', TOKEN_PATH, {
      headers: { Origin: ORIGIN },
    })
    const before = await preflight(parts, ORIGIN)

    expect(answer.status).toBe(401)
    expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(before.status).toBe(204)
    expect(Object.fromEntries(before.headers)).toMatchObject({
      'access-control-allow-origin': ORIGIN,
      'access-control-allow-headers':
        'accept, x-plex-token, x-plex-client-identifier',
    })
  })

  it('admits only https://app.plex.tv when switched to, until switched back', async () => {
    const parts = standIn()

    const switched = await parts.control('/servers', {
      part: 'demo-server',
      appPlexTvOnly: true,
    })
    const answer = await parts.pms('demo-server', '/identity', {
      headers: { Origin: ORIGIN },
    })
    const before = await preflight(parts, ORIGIN)
    const friends = await parts.pms('friend-server', '/identity', {
      headers: { Origin: ORIGIN },
    })
    await parts.control('/servers', {
      part: 'demo-server',
      appPlexTvOnly: false,
    })
    const back = await parts.pms('demo-server', '/identity', {
      headers: { Origin: ORIGIN },
    })

    expect(await switched.json()).toMatchObject({ appPlexTvOnly: true })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('access-control-allow-origin')).toBe(
      'https://app.plex.tv',
    )
    expect(before.headers.get('access-control-allow-origin')).toBe(
      'https://app.plex.tv',
    )
    expect(friends.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(back.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  })

  it('can be made older than 1.15.4 and set back by the controls', async () => {
    const { control, pms } = standIn()

    await control('/servers', {
      part: 'friend-server',
      version: '1.14.1.5488-cc260c476',
    })
    const old = await pms('friend-server', '/identity', { json: true })
    const reset = await control('/servers', undefined, 'DELETE')
    const back = await pms('friend-server', '/identity', { json: true })

    expect((await old.json()).MediaContainer.version).toBe(
      '1.14.1.5488-cc260c476',
    )
    expect(reset.status).toBe(200)
    expect((await back.json()).MediaContainer.version).toBe(
      '1.40.5.8854-f36c552fd',
    )
  })

  it('lists the servers through the controls', async () => {
    const { control } = standIn()

    const response = await control('/servers')

    expect(await response.json()).toEqual([
      {
        part: 'demo-server',
        name: 'Demo Server',
        machineIdentifier: DEMO_SERVER,
        url: 'http://127.0.0.1:32412',
        online: true,
        version: '1.41.3.9314-a0bfb8370',
        appPlexTvOnly: false,
      },
      expect.objectContaining({
        part: 'friend-server',
        name: "Friend's Server",
      }),
      expect.objectContaining({ part: null, online: false, url: null }),
    ])
  })

  it.each([
    [
      { part: 'plex.tv', appPlexTvOnly: true },
      'part must be demo-server or friend-server',
    ],
    [
      { part: 'demo-server', version: 'old' },
      'version must look like 1.41.3.9314-a0bfb8370, or be null',
    ],
    [
      { part: 'demo-server', appPlexTvOnly: 'yes' },
      'appPlexTvOnly must be true or false',
    ],
  ])('refuses a server change %j', async (change, error) => {
    const { control } = standIn()

    const response = await control('/servers', change)

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error })
  })

  it('takes injected failures and keeps a journal under its part name', async () => {
    const { control, pms } = standIn()
    await control('/failures', {
      clientIdentifier: CLIENT,
      part: 'demo-server',
      method: 'GET',
      path: '/security/token',
      status: 503,
      body: 'Maintenance',
      times: 1,
    })

    const injected = await pms('demo-server', TOKEN_PATH, {
      token: OWNER_ACCOUNT,
      headers: { Origin: ORIGIN },
    })
    const real = await pms('demo-server', TOKEN_PATH, { token: OWNER_ACCOUNT })
    const elsewhere = await pms('friend-server', '/identity')
    const journal = await (
      await control(`/requests?clientIdentifier=${CLIENT}&part=demo-server`)
    ).json()

    expect(injected.status).toBe(503)
    expect(injected.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(await injected.text()).toBe('Maintenance')
    expect(real.status).toBe(200)
    expect(elsewhere.status).toBe(200)
    expect(journal).toEqual([
      expect.objectContaining({
        part: 'demo-server',
        path: '/security/token',
        queryKeys: ['type', 'scope'],
        hasToken: true,
        tokenVia: 'header',
        status: 503,
        outcome: 'injected',
      }),
      expect.objectContaining({
        part: 'demo-server',
        status: 200,
        outcome: 'answered',
      }),
    ])
    expect(JSON.stringify(journal)).not.toContain(OWNER_ACCOUNT)
  })
})
