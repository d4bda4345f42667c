import { delay, http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import {
  TEST_MANAGED_TOKEN,
  TEST_TOKEN,
} from '../../testing/fixtures/plex-account.ts'
import { INVALID_TOKEN_XML } from '../../testing/fixtures/plex-errors.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { getSessionToken, saveSessionToken } from '../session/token-store.ts'
import { PlexError } from './plex-error.ts'
import { getUser, revokeToken } from './user.ts'

const USER_URL = plexTv('/api/v2/user')

async function rejection(promise: Promise<unknown>): Promise<PlexError> {
  const error: unknown = await promise.catch((reason: unknown) => reason)
  expect(error).toBeInstanceOf(PlexError)
  return error as PlexError
}

test('reads the account of the session token', async () => {
  saveSessionToken(TEST_TOKEN)

  const account = await getUser()

  expect(account.authToken).toBe(TEST_TOKEN)
  expect(account.username).toBe('test_owner')
})

test('reads the account of a given token, such as a managed profile', async () => {
  const account = await getUser({ token: TEST_MANAGED_TOKEN })

  expect(account).toMatchObject({ restricted: true, email: '', title: 'Kids' })
})

test('without a session token it ends the session without asking plex.tv', async () => {
  const called = vi.fn()
  server.use(http.get(USER_URL, called))

  const error = await rejection(getUser())

  expect(error).toMatchObject({ kind: 'unauthorized', endsSession: true })
  expect(called).not.toHaveBeenCalled()
})

test('a network failure says plex.tv could not be reached and keeps the token', async () => {
  saveSessionToken(TEST_TOKEN)
  server.use(http.get(USER_URL, () => HttpResponse.error()))

  const error = await rejection(getUser())

  expect(error.kind).toBe('network')
  expect(error.message).toMatch(/could not reach plex\.tv/i)
  expect(error.endsSession).toBe(false)
  expect(getSessionToken()).toBe(TEST_TOKEN)
})

test('a 500 is a server error and keeps the session', async () => {
  saveSessionToken(TEST_TOKEN)
  server.use(http.get(USER_URL, () => new HttpResponse(null, { status: 500 })))

  const error = await rejection(getUser())

  expect(error).toMatchObject({ kind: 'server', endsSession: false })
  expect(getSessionToken()).toBe(TEST_TOKEN)
})

test('a 401 for the session token ends the session', async () => {
  saveSessionToken('TESTxTOKENxUNKNOWN09')

  const error = await rejection(getUser())

  expect(error).toMatchObject({ kind: 'unauthorized', endsSession: true })
})

test('a 401 for a pasted token does not end the session', async () => {
  saveSessionToken(TEST_TOKEN)

  const error = await rejection(getUser({ token: 'TESTxTOKENxUNKNOWN09' }))

  expect(error).toMatchObject({ kind: 'unauthorized', endsSession: false })
})

test('a revoked token answered with 422 XML "Invalid token" ends the session', async () => {
  saveSessionToken(TEST_TOKEN)
  server.use(
    http.get(USER_URL, () =>
      HttpResponse.text(INVALID_TOKEN_XML, {
        status: 422,
        headers: { 'Content-Type': 'application/xml' },
      }),
    ),
  )

  const error = await rejection(getUser())

  expect(error).toMatchObject({ kind: 'unauthorized', endsSession: true })
})

test('revoking sends DELETE with the session token and resolves on 204', async () => {
  saveSessionToken(TEST_TOKEN)
  const tokens: (string | null)[] = []
  server.use(
    http.delete(plexTv('/api/v2/users/signout'), ({ request }) => {
      tokens.push(request.headers.get('X-Plex-Token'))
      return new HttpResponse(null, { status: 204 })
    }),
  )

  await expect(revokeToken()).resolves.toBeUndefined()
  expect(tokens).toEqual([TEST_TOKEN])
})

test('revoking gives up after 5 seconds', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  saveSessionToken(TEST_TOKEN)
  server.use(
    http.delete(plexTv('/api/v2/users/signout'), async () => {
      await delay('infinite')
      return new HttpResponse(null, { status: 204 })
    }),
  )

  const pending = rejection(revokeToken())
  await vi.advanceTimersByTimeAsync(5_000)

  expect((await pending).kind).toBe('timeout')
})
