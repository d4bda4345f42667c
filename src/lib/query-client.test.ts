import { http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import { TEST_TOKEN } from '../testing/fixtures/plex-account.ts'
import { server } from '../testing/msw-server.ts'
import { plexTv } from '../testing/plex-tv-handlers.ts'
import { createTestQueryClient } from '../testing/test-query-client.ts'
import { PlexError, type PlexErrorKind } from './plex/plex-error.ts'
import { getUser } from './plex/user.ts'
import { createQueryClient, retryDelay, shouldRetry } from './query-client.ts'
import { saveSessionToken } from './session/token-store.ts'

function plexError(kind: PlexErrorKind, extra: Partial<PlexError> = {}) {
  return new PlexError({ kind, message: 'x', path: '/p', ...extra })
}

function countUserRequests(status: number) {
  const hits = vi.fn()
  server.use(
    http.get(plexTv('/api/v2/user'), () => {
      hits()
      return new HttpResponse(null, { status })
    }),
  )
  return hits
}

test('a query rejected for the session token ends the session once', async () => {
  saveSessionToken('TESTxTOKENxREVOKED01')
  const { queryClient, onSessionEnded } = createTestQueryClient()

  await queryClient
    .fetchQuery({ queryKey: ['account', 'me'], queryFn: () => getUser() })
    .catch(() => {})

  expect(onSessionEnded).toHaveBeenCalledTimes(1)
  expect(onSessionEnded.mock.calls[0]![0]).toMatchObject({
    kind: 'unauthorized',
    endsSession: true,
  })
})

test('a mutation rejected for the session token ends the session too', async () => {
  const { queryClient, onSessionEnded } = createTestQueryClient()
  const mutation = queryClient.getMutationCache().build(queryClient, {
    mutationFn: () => getUser(),
  })

  await mutation.execute(undefined).catch(() => {})

  expect(onSessionEnded).toHaveBeenCalledTimes(1)
})

test('other failures leave the session alone', async () => {
  saveSessionToken(TEST_TOKEN)
  countUserRequests(500)
  const { queryClient, onSessionEnded } = createTestQueryClient()

  await queryClient
    .fetchQuery({ queryKey: ['account', 'me'], queryFn: () => getUser() })
    .catch(() => {})
  await queryClient
    .fetchQuery({
      queryKey: ['pasted'],
      queryFn: () => getUser({ token: 'TESTxTOKENxUNKNOWN09' }),
    })
    .catch(() => {})

  expect(onSessionEnded).not.toHaveBeenCalled()
})

test('under vitest a failing query is tried once', async () => {
  saveSessionToken(TEST_TOKEN)
  const hits = countUserRequests(503)
  const queryClient = createQueryClient({ onSessionEnded: vi.fn() })

  await queryClient
    .fetchQuery({ queryKey: ['account', 'me'], queryFn: () => getUser() })
    .catch(() => {})

  expect(hits).toHaveBeenCalledTimes(1)
})

test('with retries on, a 503 is tried three times with growing gaps', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  saveSessionToken(TEST_TOKEN)
  const hits = countUserRequests(503)
  const queryClient = createQueryClient({ onSessionEnded: vi.fn(), retries: 2 })

  const settled = queryClient
    .fetchQuery({ queryKey: ['account', 'me'], queryFn: () => getUser() })
    .catch((error: unknown) => error)
  await vi.advanceTimersByTimeAsync(0)
  expect(hits).toHaveBeenCalledTimes(1)
  await vi.advanceTimersByTimeAsync(1_000)
  expect(hits).toHaveBeenCalledTimes(2)
  await vi.advanceTimersByTimeAsync(1_999)
  expect(hits).toHaveBeenCalledTimes(2)
  await vi.advanceTimersByTimeAsync(1)

  expect(hits).toHaveBeenCalledTimes(3)
  expect(await settled).toMatchObject({ kind: 'server' })
})

test('with retries on, a 401 is tried once and a mutation is never retried', async () => {
  saveSessionToken(TEST_TOKEN)
  const hits = countUserRequests(401)
  const queryClient = createQueryClient({ onSessionEnded: vi.fn(), retries: 2 })

  await queryClient
    .fetchQuery({ queryKey: ['account', 'me'], queryFn: () => getUser() })
    .catch(() => {})
  countUserRequests(503)
  const mutation = queryClient.getMutationCache().build(queryClient, {
    mutationFn: () => getUser(),
  })
  await mutation.execute(undefined).catch(() => {})

  expect(hits).toHaveBeenCalledTimes(1)
  expect(mutation.state.failureCount).toBe(1)
})

test.each([
  ['network', true],
  ['timeout', true],
  ['server', true],
  ['unauthorized', false],
  ['bad-credentials', false],
  ['code-required', false],
  ['unexpected-response', false],
  ['ip-blocked', false],
] as const)('%s failures are retried: %s', (kind, expected) => {
  expect(shouldRetry(0, plexError(kind), 2)).toBe(expected)
  expect(shouldRetry(2, plexError(kind), 2)).toBe(false)
  expect(shouldRetry(0, plexError(kind), 0)).toBe(false)
})

test('a rate limit is retried once, only after a known short wait', () => {
  const known = plexError('rate-limited', { retryAfterSeconds: 7 })

  expect(shouldRetry(0, known, 2)).toBe(true)
  expect(shouldRetry(1, known, 2)).toBe(false)
  expect(shouldRetry(0, plexError('rate-limited'), 2)).toBe(false)
  expect(
    shouldRetry(0, plexError('rate-limited', { retryAfterSeconds: 600 }), 2),
  ).toBe(false)
  expect(retryDelay(0, known)).toBe(7_000)
})

test('anything that is not a PlexError is not retried', () => {
  expect(shouldRetry(0, new Error('boom'), 2)).toBe(false)
  expect(shouldRetry(0, new DOMException('x', 'AbortError'), 2)).toBe(false)
})

test('backoff doubles from one second up to thirty', () => {
  const error = plexError('server')

  expect([0, 1, 2, 5, 10].map((count) => retryDelay(count, error))).toEqual([
    1_000, 2_000, 4_000, 30_000, 30_000,
  ])
})
