// @ts-check
import { describe, expect, it } from 'vitest'
import { CLIENT, JSON_ACCEPT, plexTv } from './testing.js'

const ORIGIN = 'http://127.0.0.1:4173'

/** @param {string} clientIdentifier */
const userRequest = (clientIdentifier, origin = ORIGIN) => ({
  headers: {
    ...JSON_ACCEPT,
    ...(origin ? { Origin: origin } : {}),
    'X-Plex-Client-Identifier': clientIdentifier,
    'X-Plex-Token': 'DEMOxOWNERxTOKENxxx1',
  },
})

/** @param {ReturnType<typeof plexTv>['app']} app */
const preflight = (app) =>
  app.request('/api/v2/user', {
    method: 'OPTIONS',
    headers: {
      Origin: ORIGIN,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'x-plex-client-identifier',
    },
  })

describe('refusing CORS (test controls)', () => {
  it('for one client identifier: its answers lose Access-Control-Allow-Origin, others keep it', async () => {
    const { app, control } = plexTv()
    const set = await control('/cors', {
      refuse: true,
      clientIdentifier: CLIENT,
    })

    const refused = await app.request('/api/v2/user', userRequest(CLIENT))
    const other = await app.request('/api/v2/user', userRequest('someone'))

    expect(await set.json()).toEqual({
      everyone: false,
      clientIdentifiers: [CLIENT],
    })
    expect(refused.status).toBe(200)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    expect(other.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    // A preflight names no client: only a refusal for everyone refuses it.
    expect(
      (await preflight(app)).headers.get('access-control-allow-origin'),
    ).toBe(ORIGIN)
  })

  it('for everyone: preflights and answers alike, until reset', async () => {
    const { app, control } = plexTv()
    await control('/cors', { refuse: true })

    const refusedPreflight = await preflight(app)
    const refused = await app.request('/api/v2/user', userRequest('anyone'))
    await control('/cors', undefined, 'DELETE')
    const restored = await app.request('/api/v2/user', userRequest('anyone'))

    expect(refusedPreflight.status).toBe(204)
    expect(
      refusedPreflight.headers.get('access-control-allow-origin'),
    ).toBeNull()
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    expect(restored.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  })

  it('can be lifted for one client identifier', async () => {
    const { app, control } = plexTv()
    await control('/cors', { refuse: true, clientIdentifier: CLIENT })
    await control('/cors', { refuse: false, clientIdentifier: CLIENT })

    const response = await app.request('/api/v2/user', userRequest(CLIENT))

    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  })

  it('refuses malformed switches', async () => {
    const { control } = plexTv()

    const noFlag = await control('/cors', { clientIdentifier: CLIENT })
    const badClient = await control('/cors', {
      refuse: true,
      clientIdentifier: 7,
    })

    expect(noFlag.status).toBe(400)
    expect(await noFlag.json()).toEqual({
      error: 'refuse must be true or false',
    })
    expect(badClient.status).toBe(400)
  })

  it('journals each request’s Origin and whether it carried cookies', async () => {
    const { app, control } = plexTv()
    await app.request('/api/v2/user', userRequest(CLIENT))
    await app.request('/api/v2/user', {
      headers: { ...userRequest(CLIENT, '').headers, Cookie: 'a=b' },
    })

    const journal = await (
      await control(`/requests?clientIdentifier=${CLIENT}`)
    ).json()

    expect(journal).toMatchObject([
      { origin: ORIGIN, hasCookie: false },
      { origin: null, hasCookie: true },
    ])
  })
})
