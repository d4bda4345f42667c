// @ts-check
import { describe, expect, it } from 'vitest'
import { CLIENT, JSON_ACCEPT, errorCode, standIn } from '../testing.js'

const COOP = 'same-origin'
const FORM = 'application/x-www-form-urlencoded'

/** A stand-in with one strong PIN made by CLIENT. */
async function withPin() {
  const stand = standIn()
  const pin = /** @type {{ id: number, code: string }} */ (
    await (await stand.createPin()).json()
  )

  /**
   * A request from the hosted page, as its script sends one.
   * @param {string} path
   * @param {{ method?: string, form?: Record<string, string>, token?: string, clientIdentifier?: string }} [options]
   */
  const page = (
    path,
    { method = 'GET', form, token, clientIdentifier = CLIENT } = {},
  ) =>
    stand.appPlexTv.request(path, {
      method,
      headers: {
        ...JSON_ACCEPT,
        'X-Plex-Client-Identifier': clientIdentifier,
        'X-Plex-Product': 'Plex Web',
        ...(token ? { 'X-Plex-Token': token } : {}),
        ...(form ? { 'Content-Type': FORM } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    })

  /** @param {Record<string, string>} fields */
  const signIn = async (fields) =>
    page('/api/sign-in', { method: 'POST', form: fields })

  /**
   * @param {string} token
   * @param {{ code?: string, clientIdentifier?: string }} [options]
   */
  const approve = (token, { code = pin.code, clientIdentifier } = {}) =>
    page('/api/approve', {
      method: 'POST',
      form: { code },
      token,
      clientIdentifier,
    })

  return { stand, pin, page, signIn, approve }
}

describe('app.plex.tv: the hosted sign-in page', () => {
  it.each(['/auth', '/auth/'])(
    'serves %s and its files, each with COOP same-origin',
    async (path) => {
      const stand = standIn()

      const page = await stand.appPlexTv.request(path)
      const html = await page.text()
      const assets = [
        ...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g),
      ].map((match) => match[1] ?? '')
      const loaded = await Promise.all(
        assets.map((asset) => stand.appPlexTv.request(asset)),
      )

      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(page.headers.get('cross-origin-opener-policy')).toBe(COOP)
      expect(html).toContain('<h1>Sign in with Plex</h1>')
      expect(assets).toEqual(['/assets/pages.css', '/assets/auth.js'])
      for (const response of loaded) {
        expect(response.status).toBe(200)
        expect(response.headers.get('cross-origin-opener-policy')).toBe(COOP)
      }
    },
  )

  it('sends COOP on every answer: health, not found, errors, injected failures', async () => {
    const { stand, page } = await withPin()
    await stand.control('/failures', {
      clientIdentifier: CLIENT,
      part: 'app',
      method: 'POST',
      path: '/api/approve',
      status: 503,
      body: 'down',
    })

    const answers = [
      await stand.appPlexTv.request('/__standin/health'),
      await stand.appPlexTv.request('/nowhere'),
      await page('/api/pin?code=nope'),
      await page('/api/approve', { method: 'POST', form: { code: 'x' } }),
    ]

    expect(answers.map((r) => r.status)).toEqual([200, 404, 404, 503])
    for (const response of answers) {
      expect(response.headers.get('cross-origin-opener-policy')).toBe(COOP)
    }
  })

  it('answers no CORS: its API is for its own page', async () => {
    const { stand, page } = await withPin()

    const preflight = await stand.appPlexTv.request('/api/approve', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-plex-token',
      },
    })
    const status = await stand.appPlexTv.request('/api/pin?code=x', {
      headers: { Origin: 'http://127.0.0.1:4173' },
    })
    const ok = await page('/api/pin?code=x')

    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(status.headers.get('access-control-allow-origin')).toBeNull()
    expect(ok.headers.get('access-control-allow-origin')).toBeNull()
  })

  it("tells the page about the client's PIN, and nobody else's", async () => {
    const { pin, page } = await withPin()

    const open = await page(`/api/pin?code=${pin.code}`)
    const other = await page(`/api/pin?code=${pin.code}`, {
      clientIdentifier: 'other',
    })
    const upperCase = await page(`/api/pin?code=${pin.code.toUpperCase()}`)

    expect(open.status).toBe(200)
    expect(await open.json()).toEqual({
      code: pin.code,
      product: 'Plexkey',
      expiresAt: '2026-01-01T12:30:00Z',
      claimed: false,
    })
    expect(await errorCode(other)).toBe(1020)
    expect(await errorCode(upperCase)).toBe(1020)
  })

  it('signs a 2FA account in and approves: the poll then has its token', async () => {
    const { stand, pin, page, signIn, approve } = await withPin()
    const credentials = {
      login: 'twofactor@example.com',
      password: 'plexkey-demo',
    }

    const noCode = await signIn(credentials)
    const wrongCode = await signIn({ ...credentials, verificationCode: '1' })
    const signedIn = await signIn({
      ...credentials,
      verificationCode: '123456',
    })
    const { authToken: pageToken } = await signedIn.json()
    const approved = await approve(pageToken)
    const polled = await (await stand.pollPin(pin.id)).json()
    const status = await (await page(`/api/pin?code=${pin.code}`)).json()
    const twice = await approve(pageToken)

    expect(await errorCode(noCode)).toBe(1029)
    expect(await errorCode(wrongCode)).toBe(1028)
    expect(signedIn.status).toBe(201)
    expect(approved.status).toBe(204)
    expect(polled.authToken).toEqual(expect.any(String))
    expect(polled.authToken).not.toBe(pageToken)
    expect(polled.newRegistration).toBe(false)
    expect(stand.state.sessions.check(polled.authToken)).toMatchObject({
      status: 'valid',
      session: { account: { username: 'demo_twofactor' } },
    })
    expect(status.claimed).toBe(true)
    expect(await errorCode(twice)).toBe(1020)
  })

  it('follows the plex.tv credential rules and shares its limits', async () => {
    const { stand, signIn } = await withPin()

    const byUsername = await signIn({
      login: 'demo_friend',
      password: 'plexkey-demo',
    })
    for (let i = 0; i < 4; i += 1) {
      await signIn({ login: 'owner@example.com', password: 'wrong' })
    }
    const plexTv = await stand.plexTv.request('/api/v2/users/signin', {
      method: 'POST',
      headers: {
        ...JSON_ACCEPT,
        'Content-Type': FORM,
        'X-Plex-Client-Identifier': CLIENT,
      },
      body: 'login=owner%40example.com&password=plexkey-demo',
    })

    expect(await errorCode(byUsername)).toBe(1030)
    expect(await errorCode(plexTv)).toBe(1031)
  })

  it("approves only the client's own open PIN, and only when signed in", async () => {
    const { stand, pin, approve, signIn } = await withPin()
    const { authToken } = await (
      await signIn({ login: 'owner@example.com', password: 'plexkey-demo' })
    ).json()

    const noToken = await approve('')
    const otherClient = await approve(authToken, { clientIdentifier: 'other' })
    const wrongCode = await approve(authToken, { code: 'nope' })
    const stillOpen = await (await stand.pollPin(pin.id)).json()
    stand.advance(1800 * 1000)
    const expired = await approve(authToken)

    expect(await errorCode(noToken)).toBe(1001)
    expect(await errorCode(otherClient)).toBe(1020)
    expect(await errorCode(wrongCode)).toBe(1020)
    expect(stillOpen.authToken).toBeNull()
    expect(expired.status).toBe(404)
    expect(await errorCode(expired)).toBe(1020)
  })

  it("journals the page's API calls under the app's client identifier", async () => {
    const { stand, pin, page } = await withPin()

    await page(`/api/pin?code=${pin.code}`)
    const journal = await (
      await stand.control(`/requests?clientIdentifier=${CLIENT}&part=app`)
    ).json()

    expect(journal).toEqual([
      expect.objectContaining({
        part: 'app',
        method: 'GET',
        path: '/api/pin',
        queryKeys: ['code'],
        status: 200,
      }),
    ])
  })
})
