// @ts-check
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CLIENT, errorCode, plexTv } from '../testing.js'

const OWNER = { login: 'owner@example.com', password: 'plexkey-demo' }
const TWO_FACTOR = { login: 'twofactor@example.com', password: 'plexkey-demo' }

afterEach(() => {
  vi.useRealTimers()
})

describe('POST /api/v2/users/signin', () => {
  it('answers 201 with the account and a freshly minted token', async () => {
    const { signIn } = plexTv()

    const first = await signIn(OWNER)
    const second = await signIn(OWNER)

    expect(first.status).toBe(201)
    expect(first.headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    )
    const account = await first.json()
    const again = await second.json()
    expect(account).toMatchObject({
      id: 20000001,
      username: 'demo_owner',
      email: 'owner@example.com',
      hasPassword: true,
      twoFactorEnabled: false,
      homeAdmin: true,
      subscription: { active: true, plan: 'lifetime', status: 'Active' },
      roles: ['plexpass'],
      pastSubscriptions: [],
      trials: [],
    })
    expect(account.authToken).toMatch(/^[A-Za-z0-9_-]{20}$/)
    expect(again.authToken).not.toBe(account.authToken)
  })

  it('signs in with a username and with the login in any case', async () => {
    const { signIn } = plexTv()

    const byUsername = await signIn({ ...OWNER, login: 'demo_owner' })
    const byUpperCase = await signIn({ ...OWNER, login: 'OWNER@example.com' })

    expect(byUsername.status).toBe(201)
    expect(byUpperCase.status).toBe(201)
  })

  it('remembers for 14 days with rememberMe and for a day without', async () => {
    const { signIn } = plexTv()
    const now = Math.floor(Date.now() / 1000)

    const remembered = await (
      await signIn({ ...OWNER, rememberMe: 'true' })
    ).json()
    const notRemembered = await (
      await signIn({ ...OWNER, rememberMe: 'false' })
    ).json()

    expect(remembered.rememberExpiresAt - now).toBeGreaterThanOrEqual(
      14 * 86400,
    )
    expect(remembered.rememberExpiresAt - now).toBeLessThan(14 * 86400 + 5)
    expect(notRemembered.rememberExpiresAt - now).toBeLessThan(86400 + 5)
  })

  it('answers 400 code 1000 without a client identifier', async () => {
    const { signIn } = plexTv()

    const response = await signIn(OWNER, { clientIdentifier: '' })

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [
        {
          code: 1000,
          message: 'X-Plex-Client-Identifier is missing',
          status: 400,
        },
      ],
    })
  })

  it('takes the client identifier from the query string too', async () => {
    const { app } = plexTv()

    const response = await app.request(
      `/api/v2/users/signin?X-Plex-Client-Identifier=${CLIENT}`,
      {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams(OWNER).toString(),
      },
    )

    expect(response.status).toBe(201)
  })

  it.each([
    ['a wrong password', { ...OWNER, password: 'plexkey-demo ' }],
    ['an unknown login', { ...OWNER, login: 'nobody@example.com' }],
    ['no fields at all', {}],
    [
      'an account without a password',
      { login: 'google@example.com', password: '' },
    ],
    [
      'any password for a Google account',
      { login: 'google@example.com', password: 'plexkey-demo' },
    ],
  ])('answers 401 code 1001 for %s', async (_, fields) => {
    const { signIn } = plexTv()

    const response = await signIn(fields)

    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      errors: [
        { code: 1001, message: 'User could not be authenticated', status: 401 },
      ],
    })
  })

  it('answers 1030 for the username of an e-mail-only account', async () => {
    const { signIn } = plexTv()

    const byUsername = await signIn({
      login: 'demo_friend',
      password: 'plexkey-demo',
    })
    const byEmail = await signIn({
      login: 'friend@example.com',
      password: 'plexkey-demo',
    })

    expect(byUsername.status).toBe(401)
    expect(await errorCode(byUsername)).toBe(1030)
    expect(byEmail.status).toBe(201)
  })

  it('asks a 2FA account for its code, then checks it', async () => {
    const { signIn } = plexTv()

    const noCode = await signIn(TWO_FACTOR)
    const wrongCode = await signIn({
      ...TWO_FACTOR,
      verificationCode: '654321',
    })
    const rightCode = await signIn({
      ...TWO_FACTOR,
      verificationCode: '123456',
    })

    expect(noCode.status).toBe(401)
    expect(await noCode.json()).toEqual({
      errors: [
        {
          code: 1029,
          message: 'Please enter the verification code',
          status: 401,
        },
      ],
    })
    expect(wrongCode.status).toBe(401)
    expect(await errorCode(wrongCode)).toBe(1028)
    expect(rightCode.status).toBe(201)
    expect((await rightCode.json()).twoFactorEnabled).toBe(true)
  })

  it('asks for the password before the code', async () => {
    const { signIn } = plexTv()

    const response = await signIn({ ...TWO_FACTOR, password: 'wrong' })

    expect(await errorCode(response)).toBe(1001)
  })

  it('accepts the recovery code once, in any case', async () => {
    const { signIn } = plexTv()

    const first = await signIn({
      ...TWO_FACTOR,
      verificationCode: 'abcd-efgh-1234',
    })
    const second = await signIn({
      ...TWO_FACTOR,
      verificationCode: 'ABCD-EFGH-1234',
    })

    expect(first.status).toBe(201)
    expect(await errorCode(second)).toBe(1028)
  })

  it('blocks a client with 1031 after five failures in a row', async () => {
    const { signIn } = plexTv()
    const wrong = { ...OWNER, password: 'wrong' }

    const failures = []
    for (let i = 0; i < 5; i += 1)
      failures.push(await errorCode(await signIn(wrong)))
    const blocked = await signIn(OWNER)
    const otherClient = await signIn(OWNER, {
      clientIdentifier: 'another-client',
    })

    expect(failures).toEqual([1001, 1001, 1001, 1001, 1001])
    expect(blocked.status).toBe(401)
    expect(await blocked.json()).toEqual({
      errors: [
        {
          code: 1031,
          message:
            'User could not be authenticated. This IP appears to be having trouble signing in to an account (detected repeated failures)',
          status: 401,
        },
      ],
    })
    expect(otherClient.status).toBe(201)
  })

  it('lifts the block after five minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { signIn } = plexTv()
    for (let i = 0; i < 5; i += 1) await signIn({ ...OWNER, password: 'wrong' })

    vi.advanceTimersByTime(5 * 60 * 1000 + 1)
    const response = await signIn(OWNER)

    expect(response.status).toBe(201)
  })

  it('does not count a request for the code as a failure', async () => {
    const { signIn } = plexTv()

    for (let i = 0; i < 6; i += 1) await signIn(TWO_FACTOR)
    const response = await signIn({ ...TWO_FACTOR, verificationCode: '123456' })

    expect(response.status).toBe(201)
  })

  it('answers 429 code 1003 with Retry-After past 30 attempts a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { signIn } = plexTv()
    for (let i = 0; i < 30; i += 1) await signIn(OWNER)

    vi.advanceTimersByTime(20 * 1000)
    const limited = await signIn(OWNER)
    const noClient = await signIn(OWNER, { clientIdentifier: '' })
    vi.advanceTimersByTime(40 * 1000)
    const later = await signIn(OWNER)

    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('40')
    expect(await limited.json()).toEqual({
      errors: [{ code: 1003, message: 'API rate limit exceeded', status: 429 }],
    })
    expect(noClient.status).toBe(400)
    expect(later.status).toBe(201)
  })

  it('reads only a form-encoded body', async () => {
    const { app } = plexTv()

    const response = await app.request('/api/v2/users/signin', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-Plex-Client-Identifier': CLIENT,
      },
      body: JSON.stringify(OWNER),
    })

    expect(await errorCode(response)).toBe(1001)
  })
})
