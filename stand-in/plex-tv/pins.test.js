// @ts-check
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CLIENT, JSON_ACCEPT, errorCode, standIn } from '../testing.js'

// The fields of examples/pins-create-201.json, in plex.tv's order.
const PIN_FIELDS = [
  'id',
  'code',
  'product',
  'trusted',
  'qr',
  'clientIdentifier',
  'location',
  'expiresIn',
  'createdAt',
  'expiresAt',
  'authToken',
  'newRegistration',
]
const NOT_FOUND = {
  errors: [{ code: 1020, message: 'Code not found or expired', status: 404 }],
}
const ORIGIN = 'http://127.0.0.1:4173'
const SECOND_MS = 1000

afterEach(() => {
  vi.useRealTimers()
})

/**
 * @param {ReturnType<typeof standIn>} stand
 * @param {Parameters<ReturnType<typeof standIn>['createPin']>[0]} [options]
 */
async function newPin(stand, options) {
  const response = await stand.createPin(options)
  return /** @type {{ id: number, code: string }} */ (await response.json())
}

/**
 * @param {ReturnType<typeof standIn>} stand
 * @param {string} token
 * @param {string} code
 */
function link(stand, token, code) {
  return stand.plexTv.request('/api/v2/pins/link', {
    method: 'PUT',
    headers: {
      ...JSON_ACCEPT,
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Plex-Client-Identifier': 'link-page',
      ...(token ? { 'X-Plex-Token': token } : {}),
    },
    body: new URLSearchParams({ code }).toString(),
  })
}

describe('POST /api/v2/pins', () => {
  it('makes a strong PIN: a 25-character code living 30 minutes', async () => {
    const stand = standIn()

    const response = await stand.createPin()
    const pin = await response.json()

    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    )
    expect(Object.keys(pin)).toEqual(PIN_FIELDS)
    expect(pin).toEqual({
      id: expect.any(Number),
      code: expect.stringMatching(/^[a-z0-9]{25}$/),
      product: 'Plexkey',
      trusted: false,
      qr: `http://127.0.0.1:32410/api/v2/pins/qr/${pin.code}`,
      clientIdentifier: CLIENT,
      location: expect.objectContaining({
        code: 'US',
        european_union_member: false,
        coordinates: '40.0000, -75.0000',
      }),
      expiresIn: 1800,
      createdAt: '2026-01-01T12:00:00Z',
      expiresAt: '2026-01-01T12:30:00Z',
      authToken: null,
      newRegistration: null,
    })
    expect(Number.isInteger(pin.id)).toBe(true)
  })

  it('makes a short PIN: 4 unambiguous characters living 15 minutes', async () => {
    const stand = standIn()

    const pins = await Promise.all(
      Array.from({ length: 200 }, () => newPin(stand, { strong: false })),
    )
    const first = await (await stand.pollPin(pins[0]?.id ?? 0)).json()

    for (const { code } of pins) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}$/)
    expect(new Set(pins.map((p) => p.code)).size).toBe(pins.length)
    expect(new Set(pins.map((p) => p.id)).size).toBe(pins.length)
    expect(first).toMatchObject({
      expiresIn: 900,
      expiresAt: '2026-01-01T12:15:00Z',
    })
  })

  it('answers XML unless JSON is asked for', async () => {
    const stand = standIn()

    const response = await stand.createPin({ headers: {} })
    const xml = await response.text()

    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toBe(
      'application/xml; charset=utf-8',
    )
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><pin id="\d+" code="[a-z0-9]{25}" product="Plexkey" trusted="0" qr="[^"]+" clientIdentifier="test-client-0001" expiresIn="1800" createdAt="2026-01-01T12:00:00Z" expiresAt="2026-01-01T12:30:00Z"><location code="US" european_union_member="0" /,
    )
    expect(xml).not.toContain('authToken')
    expect(xml).toMatch(/<\/pin>$/)
  })

  it('answers 400 code 1000 without a client identifier', async () => {
    const stand = standIn()

    const response = await stand.createPin({ clientIdentifier: '' })

    expect(response.status).toBe(400)
    expect(await errorCode(response)).toBe(1000)
  })

  it('answers 400 code 1004 without X-Plex-Product, and takes it from the query', async () => {
    const stand = standIn()

    const missing = await stand.createPin({ product: '' })
    const fromQuery = await stand.plexTv.request(
      `/api/v2/pins?strong=true&X-Plex-Product=Plexkey&X-Plex-Client-Identifier=${CLIENT}`,
      { method: 'POST', headers: JSON_ACCEPT },
    )

    expect(missing.status).toBe(400)
    expect(await missing.json()).toEqual({
      errors: [
        { code: 1004, message: 'X-Plex-Product is missing', status: 400 },
      ],
    })
    expect(fromQuery.status).toBe(201)
  })

  it('answers CORS for any origin, preflight included', async () => {
    const stand = standIn()

    const preflight = await stand.plexTv.request('/api/v2/pins', {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers':
          'accept, x-plex-client-identifier, x-plex-product, x-plex-version',
      },
    })
    const created = await stand.createPin({
      headers: { ...JSON_ACCEPT, Origin: ORIGIN },
    })
    const polled = await stand.pollPin((await created.json()).id, {
      headers: { ...JSON_ACCEPT, Origin: ORIGIN },
    })

    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'accept, x-plex-client-identifier, x-plex-product, x-plex-version',
    )
    expect(created.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(polled.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  })
})

describe('GET /api/v2/pins/:id', () => {
  it('answers the pending PIN, its expiresIn counting down', async () => {
    const stand = standIn()
    const { id, code } = await newPin(stand)
    stand.advance(58 * SECOND_MS)

    const response = await stand.pollPin(id)

    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      id,
      code,
      expiresIn: 1742,
      expiresAt: '2026-01-01T12:30:00Z',
      authToken: null,
      newRegistration: null,
    })
  })

  it('answers a token of the approving account once claimed, good on /api/v2/user and its server', async () => {
    const stand = standIn()
    const { id } = await newPin(stand)
    await stand.control('/pins/approve', {
      clientIdentifier: CLIENT,
      email: 'owner@example.com',
    })

    const pin = await (await stand.pollPin(id)).json()
    const again = await (await stand.pollPin(id)).json()
    const user = await stand.plexTv.request('/api/v2/user', {
      headers: {
        ...JSON_ACCEPT,
        'X-Plex-Client-Identifier': CLIENT,
        'X-Plex-Token': pin.authToken,
      },
    })
    const sections = await stand.pms('demo-server', '/library/sections', {
      token: pin.authToken,
      json: true,
    })

    expect(pin).toMatchObject({
      authToken: expect.stringMatching(/^[A-Za-z0-9_-]{20}$/),
      newRegistration: false,
    })
    expect(pin.authToken).not.toBe('DEMOxOWNERxTOKENxxx1')
    expect(again.authToken).toBe(pin.authToken)
    expect(user.status).toBe(200)
    expect((await user.json()).username).toBe('demo_owner')
    expect(sections.status).toBe(200)
    expect((await sections.json()).MediaContainer.size).toBe(3)
  })

  it('answers 404 code 1020 to another client identifier', async () => {
    const stand = standIn()
    const { id } = await newPin(stand)

    const response = await stand.pollPin(id, { clientIdentifier: 'other' })

    expect(response.status).toBe(404)
    expect(await response.json()).toEqual(NOT_FOUND)
  })

  it.each([
    ['strong', true, 1800],
    ['short', false, 900],
  ])('answers 404 code 1020 once a %s PIN expired', async (_, strong, life) => {
    const stand = standIn()
    const { id } = await newPin(stand, { strong })

    stand.advance(life * SECOND_MS - 1)
    const last = await stand.pollPin(id)
    stand.advance(1)
    const expired = await stand.pollPin(id)

    expect(last.status).toBe(200)
    expect((await last.json()).expiresIn).toBe(1)
    expect(expired.status).toBe(404)
    expect(await expired.json()).toEqual(NOT_FOUND)
  })

  it('answers 404 code 1020 for an unknown id, in XML unless asked', async () => {
    const stand = standIn()

    const unknown = await stand.pollPin(999)
    const notANumber = await stand.pollPin('abc', { headers: {} })

    expect(await unknown.json()).toEqual(NOT_FOUND)
    expect(notANumber.status).toBe(404)
    expect(await notANumber.text()).toContain(
      '<errors><error code="1020" message="Code not found or expired" status="404"/></errors>',
    )
  })

  it('answers 400 code 1000 without a client identifier', async () => {
    const stand = standIn()
    const { id } = await newPin(stand)

    const response = await stand.plexTv.request(`/api/v2/pins/${id}`, {
      headers: JSON_ACCEPT,
    })

    expect(await errorCode(response)).toBe(1000)
  })

  it('allows 10 polls a second per client, apart from the sign-in limit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const stand = standIn()
    const { id } = await newPin(stand)

    const polls = []
    for (let i = 0; i < 11; i += 1) polls.push(await stand.pollPin(id))
    const otherClient = await stand.pollPin(id, { clientIdentifier: 'other' })
    const signIn = await stand.plexTv.request('/api/v2/users/signin', {
      method: 'POST',
      headers: {
        ...JSON_ACCEPT,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Plex-Client-Identifier': CLIENT,
      },
      body: 'login=owner%40example.com&password=plexkey-demo',
    })
    vi.advanceTimersByTime(SECOND_MS)
    const later = await stand.pollPin(id)

    expect(polls.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill(200))
    expect(polls[10]?.status).toBe(429)
    expect(polls[10]?.headers.get('retry-after')).toBe('1')
    expect(await errorCode(/** @type {Response} */ (polls[10]))).toBe(1003)
    expect(otherClient.status).toBe(404)
    expect(signIn.status).toBe(201)
    expect(later.status).toBe(200)
  })
})

describe('PUT /api/v2/pins/link', () => {
  it('claims a short PIN by its code in any case', async () => {
    const stand = standIn()
    const { id, code } = await newPin(stand, { strong: false })

    const response = await link(
      stand,
      'DEMOxSAMxTOKENxxxxx1',
      code.toLowerCase(),
    )
    const pin = await (await stand.pollPin(id)).json()
    const again = await link(stand, 'DEMOxSAMxTOKENxxxxx1', code)

    expect(response.status).toBe(204)
    expect(pin.authToken).toEqual(expect.any(String))
    expect(stand.state.sessions.check(pin.authToken)).toMatchObject({
      status: 'valid',
      session: { account: { username: 'demo_sam' } },
    })
    expect(again.status).toBe(404)
    expect(await again.json()).toEqual(NOT_FOUND)
  })

  it('refuses a strong code, an expired code and a missing token', async () => {
    const stand = standIn()
    const strong = await newPin(stand)
    const short = await newPin(stand, { strong: false })
    const unused = await newPin(stand, { strong: false })

    const strongLink = await link(stand, 'DEMOxSAMxTOKENxxxxx1', strong.code)
    const noToken = await link(stand, '', unused.code)
    stand.advance(900 * SECOND_MS)
    const expired = await link(stand, 'DEMOxSAMxTOKENxxxxx1', short.code)

    expect(await errorCode(strongLink)).toBe(1020)
    expect(noToken.status).toBe(401)
    expect(await errorCode(noToken)).toBe(1001)
    expect(await errorCode(expired)).toBe(1020)
  })
})

describe('GET /link', () => {
  it('serves the link page and the files it loads', async () => {
    const stand = standIn()

    const page = await stand.plexTv.request('/link')
    const html = await page.text()
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(
      (match) => match[1] ?? '',
    )
    const loaded = await Promise.all(
      assets.map((path) => stand.plexTv.request(path)),
    )

    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(html).toContain('<h1>Link a device</h1>')
    expect(assets).toEqual(['/assets/pages.css', '/assets/link.js'])
    expect(loaded.map((r) => r.status)).toEqual([200, 200])
    expect(loaded[1]?.headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    )
    expect((await stand.plexTv.request('/assets/nope.js')).status).toBe(404)
  })
})
