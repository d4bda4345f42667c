// @ts-check
import { describe, expect, it } from 'vitest'
import { CLIENT, JSON_ACCEPT, plexTv } from './testing.js'

const OWNER = { login: 'owner@example.com', password: 'plexkey-demo' }

/** @param {string} clientIdentifier */
const userRequest = (clientIdentifier) => ({
  headers: {
    ...JSON_ACCEPT,
    Origin: 'http://127.0.0.1:4173',
    'X-Plex-Client-Identifier': clientIdentifier,
    'X-Plex-Token': 'DEMOxOWNERxTOKENxxx1',
  },
})

describe('test controls', () => {
  it('do not exist without --test', async () => {
    const { control } = plexTv({ testMode: false })

    const response = await control('/failures', {
      clientIdentifier: CLIENT,
      method: 'GET',
      path: '/api/v2/user',
      status: 500,
    })

    expect(response.status).toBe(404)
    expect((await control('/requests?clientIdentifier=x')).status).toBe(404)
  })

  it('answer health in every mode', async () => {
    const { control } = plexTv({ testMode: false })

    const response = await control('/health')

    expect(await response.json()).toEqual({ ok: true })
  })

  it('inject an answer for one client identifier only, with CORS', async () => {
    const { app, control } = plexTv()
    await control('/failures', {
      clientIdentifier: 'worker-a',
      method: 'GET',
      path: '/api/v2/user',
      status: 401,
      body: '<html><body>401 Unauthorized</body></html>',
      contentType: 'text/html',
      headers: { 'X-Extra': 'yes' },
    })

    const injected = await app.request('/api/v2/user', userRequest('worker-a'))
    const other = await app.request('/api/v2/user', userRequest('worker-b'))

    expect(injected.status).toBe(401)
    expect(injected.headers.get('content-type')).toBe('text/html')
    expect(injected.headers.get('x-extra')).toBe('yes')
    expect(injected.headers.get('access-control-allow-origin')).toBe(
      'http://127.0.0.1:4173',
    )
    expect(await injected.text()).toContain('401 Unauthorized')
    expect(other.status).toBe(200)
  })

  it('use an injection up after `times` answers, or keep it until cleared', async () => {
    const { app, control } = plexTv()
    const rule = {
      clientIdentifier: CLIENT,
      method: 'get',
      path: '/api/v2/user',
      status: 500,
    }
    await control('/failures', { ...rule, times: 1 })

    const once = await app.request('/api/v2/user', userRequest(CLIENT))
    const after = await app.request('/api/v2/user', userRequest(CLIENT))
    await control('/failures', { ...rule, body: { errors: [] } })
    const kept = [
      await app.request('/api/v2/user', userRequest(CLIENT)),
      await app.request('/api/v2/user', userRequest(CLIENT)),
    ]
    await control(`/failures?clientIdentifier=${CLIENT}`, undefined, 'DELETE')
    const cleared = await app.request('/api/v2/user', userRequest(CLIENT))

    expect(once.status).toBe(500)
    expect(after.status).toBe(200)
    expect(kept.map((r) => r.status)).toEqual([500, 500])
    expect(kept[0]?.headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    )
    expect(cleared.status).toBe(200)
  })

  it('delay the real answer when only delayMs is given', async () => {
    const { app, control } = plexTv()
    await control('/failures', {
      clientIdentifier: CLIENT,
      method: 'GET',
      path: '/api/v2/user',
      delayMs: 150,
      times: 1,
    })

    const started = Date.now()
    const response = await app.request('/api/v2/user', userRequest(CLIENT))

    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(response.status).toBe(200)
  })

  it('answer without CORS headers when cors is false', async () => {
    const { app, control } = plexTv()
    await control('/failures', {
      clientIdentifier: CLIENT,
      method: 'GET',
      path: '/api/v2/user',
      cors: false,
    })

    const response = await app.request('/api/v2/user', userRequest(CLIENT))

    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('drop the connection (a network error without a socket)', async () => {
    const { app, control } = plexTv()
    await control('/failures', {
      clientIdentifier: CLIENT,
      method: 'GET',
      path: '/api/v2/user',
      drop: true,
    })

    const response = await app.request('/api/v2/user', userRequest(CLIENT))

    expect(response.type).toBe('error')
  })

  it.each([
    [
      { method: 'GET', path: '/api/v2/user', status: 500 },
      'clientIdentifier is required',
    ],
    [
      {
        clientIdentifier: CLIENT,
        part: 'pms',
        method: 'GET',
        path: '/x',
        status: 500,
      },
      'unknown part pms',
    ],
    [
      { clientIdentifier: CLIENT, method: 'GET', path: '/x' },
      'give mode, status, drop, delayMs or cors: false',
    ],
    [
      { clientIdentifier: CLIENT, method: 'GET', path: '/x', status: 99 },
      'status must be an integer from 200 to 599',
    ],
  ])('refuse a failure rule that is not complete: %j', async (rule, error) => {
    const { control } = plexTv()

    const response = await control('/failures', rule)

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error })
  })

  it('keep a journal per client identifier, without secrets', async () => {
    const { app, control, signIn } = plexTv()
    await signIn({ ...OWNER, rememberMe: 'true' })
    await app.request(
      `/api/v2/user?X-Plex-Token=DEMOxOWNERxTOKENxxx1&X-Plex-Client-Identifier=${CLIENT}`,
    )
    await signIn(OWNER, { clientIdentifier: 'someone-else' })

    const journal = await (
      await control(`/requests?clientIdentifier=${CLIENT}`)
    ).json()

    expect(journal).toEqual([
      expect.objectContaining({
        part: 'plex.tv',
        method: 'POST',
        path: '/api/v2/users/signin',
        queryKeys: [],
        hasToken: false,
        bodyKeys: ['login', 'password', 'rememberMe'],
        status: 201,
        outcome: 'answered',
      }),
      expect.objectContaining({
        method: 'GET',
        path: '/api/v2/user',
        queryKeys: ['X-Plex-Token', 'X-Plex-Client-Identifier'],
        hasToken: true,
        tokenVia: 'query',
        status: 200,
      }),
    ])
    expect(JSON.stringify(journal)).not.toMatch(/plexkey-demo|DEMOxOWNER/)
  })

  it('add accounts, replacing an added one but never a demo one', async () => {
    const { control, signIn } = plexTv()
    const email = 'throwaway@example.com'

    const added = await control('/accounts', { email, password: 'first' })
    const replaced = await control('/accounts', {
      email,
      username: 'throwaway',
      password: 'second',
    })
    const demo = await control('/accounts', {
      email: 'owner@example.com',
      password: 'x',
    })
    const taken = await control('/accounts', {
      email: 'other@example.com',
      username: 'demo_sam',
      password: 'x',
    })

    expect(added.status).toBe(201)
    expect(await added.json()).toMatchObject({
      email,
      username: '',
      token: expect.any(String),
    })
    expect(replaced.status).toBe(201)
    expect(demo.status).toBe(409)
    expect(taken.status).toBe(409)
    expect((await signIn({ login: email, password: 'first' })).status).toBe(401)
    expect(
      (await signIn({ login: 'throwaway', password: 'second' })).status,
    ).toBe(201)
  })

  it('add 2FA accounts with their own codes', async () => {
    const { control, signIn } = plexTv()
    const fields = { login: '2fa@example.com', password: 'pw' }
    await control('/accounts', {
      email: fields.login,
      password: fields.password,
      twoFactorCode: '000111',
      recoveryCodes: ['WXYZ-0000'],
    })

    const noCode = await signIn(fields)
    const recovery = await signIn({ ...fields, verificationCode: 'wxyz-0000' })

    expect(noCode.status).toBe(401)
    expect(recovery.status).toBe(201)
  })

  it('restart plex.tv: blocks lifted, recovery codes back', async () => {
    const { control, signIn } = plexTv()
    const twoFactor = {
      login: 'twofactor@example.com',
      password: 'plexkey-demo',
    }
    await signIn({ ...twoFactor, verificationCode: 'ABCD-EFGH-1234' })
    for (let i = 0; i < 5; i += 1) await signIn({ ...OWNER, password: 'wrong' })

    const restart = await control('/restart', { part: 'plex.tv' })
    const owner = await signIn(OWNER)
    const recovery = await signIn({
      ...twoFactor,
      verificationCode: 'ABCD-EFGH-1234',
    })

    expect(restart.status).toBe(200)
    expect(owner.status).toBe(201)
    expect(recovery.status).toBe(201)
  })

  it('refuse to restart a part that is not running', async () => {
    const { control } = plexTv()

    const response = await control('/restart', { part: 'app' })

    expect(response.status).toBe(404)
  })
})
