// @ts-check
import { describe, expect, it } from 'vitest'
import { errorCode, plexTv } from '../testing.js'

const LOGIN = 'alex+plex@example.com'
const TRICKY = `fish&chips#1=2+3%41$x"y'`

describe('sign-in compares what was sent byte for byte', () => {
  it.each([TRICKY, 'Grüße-Straße-2024', '  spaces around  '])(
    'accepts %j exactly as set',
    async (password) => {
      const { control, signIn } = plexTv()
      await control('/accounts', { email: LOGIN, password })

      const response = await signIn({ login: LOGIN, password })

      expect(response.status).toBe(201)
      expect((await response.json()).email).toBe(LOGIN)
    },
  )

  it.each([
    ['cut at the &', 'fish'],
    ['cut at the #', 'fish&chips'],
    ['with + read as a space', `fish&chips#1=2 3%41$x"y'`],
    ['with %41 decoded', `fish&chips#1=2+3A$x"y'`],
    ['trimmed', TRICKY.slice(0, -1)],
    ['in another Unicode form', 'Grüße-Straße-2024'.normalize('NFD')],
  ])('rejects a password %s', async (_, mangled) => {
    const { control, signIn } = plexTv()
    await control('/accounts', { email: LOGIN, password: TRICKY })
    await control('/accounts', {
      email: 'nfc@example.com',
      password: 'Grüße-Straße-2024',
    })

    const tricky = await signIn({ login: LOGIN, password: mangled })
    const umlauts = await signIn({
      login: 'nfc@example.com',
      password: mangled,
    })

    expect(await errorCode(tricky)).toBe(1001)
    expect(await errorCode(umlauts)).toBe(1001)
  })

  it('reads a + left unencoded in the login as a space', async () => {
    const { app, control } = plexTv()
    await control('/accounts', { email: LOGIN, password: 'pw' })

    const response = await app.request('/api/v2/users/signin', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Plex-Client-Identifier': 'plus-client',
      },
      body: 'login=alex+plex@example.com&password=pw',
    })

    expect(await errorCode(response)).toBe(1001)
  })
})
