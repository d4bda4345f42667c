import { delay, http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import {
  plexAccountFixture,
  TEST_TOKEN,
} from '../testing/fixtures/plex-account.ts'
import { allowConsole } from '../testing/console-guard.ts'
import { server } from '../testing/msw-server.ts'
import { plexTv } from '../testing/plex-tv-handlers.ts'
import { createTestQueryClient } from '../testing/test-query-client.ts'
import { PlexError, type PlexErrorKind } from './plex/plex-error.ts'
import { getUser } from './plex/user.ts'
import {
  createQueryClient,
  READ_RETRIES,
  readMutationKey,
  retryDelay,
  shouldRetry,
} from './query-client.ts'
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

/**
 * Fetches the account with the app's retry policy (retries on) under fake
 * timers, and records when each request reached plex.tv.
 */
function fetchAccountWithRetries(respond: () => Response | Promise<Response>) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.spyOn(Math, 'random').mockReturnValue(0)
  saveSessionToken(TEST_TOKEN)
  const started = Date.now()
  const hits: number[] = []
  server.use(
    http.get(plexTv('/api/v2/user'), async () => {
      hits.push(Date.now() - started)
      return await respond()
    }),
  )
  const queryClient = createQueryClient({
    onSessionEnded: vi.fn(),
    retries: READ_RETRIES,
  })
  const settled = queryClient
    .fetchQuery({ queryKey: ['account', 'me'], queryFn: () => getUser() })
    .catch((error: unknown) => error)
  return { hits, settled }
}

test.each([
  [401, 1],
  [404, 1],
  [400, 1],
  [403, 1],
  [422, 1],
  [500, 3],
  [502, 3],
  [503, 3],
])('a read answered %i is sent %i time(s)', async (status, expected) => {
  allowConsole('warn')
  const { hits, settled } = fetchAccountWithRetries(
    () => new HttpResponse(null, { status }),
  )

  await vi.advanceTimersByTimeAsync(60_000)
  await settled

  expect(hits).toHaveLength(expected)
})

test('a 503 is tried three times, the gaps growing', async () => {
  const { hits, settled } = fetchAccountWithRetries(
    () => new HttpResponse(null, { status: 503 }),
  )

  await vi.advanceTimersByTimeAsync(999)
  expect(hits).toHaveLength(1)
  await vi.advanceTimersByTimeAsync(1)
  expect(hits).toHaveLength(2)
  await vi.advanceTimersByTimeAsync(1_999)
  expect(hits).toHaveLength(2)
  await vi.advanceTimersByTimeAsync(1)

  expect(hits).toEqual([0, 1_000, 3_000])
  expect(await settled).toMatchObject({ kind: 'server' })
})

test('a network failure is tried three times', async () => {
  const { hits, settled } = fetchAccountWithRetries(() => HttpResponse.error())

  await vi.advanceTimersByTimeAsync(60_000)

  expect(hits).toHaveLength(3)
  expect(await settled).toMatchObject({ kind: 'network' })
})

test('a timeout is tried three times, each after the full 15 seconds', async () => {
  const { hits, settled } = fetchAccountWithRetries(async () => {
    await delay('infinite')
    return HttpResponse.json({})
  })

  await vi.advanceTimersByTimeAsync(15_000 * 3 + 3_000)

  expect(hits).toEqual([0, 16_000, 33_000])
  expect(await settled).toMatchObject({ kind: 'timeout' })
})

test('a 429 with Retry-After: 7 is tried again only once 7 seconds have passed', async () => {
  let isLimited = true
  const { hits, settled } = fetchAccountWithRetries(() => {
    if (!isLimited) return HttpResponse.json(plexAccountFixture())
    isLimited = false
    return new HttpResponse(null, {
      status: 429,
      headers: { 'Retry-After': '7' },
    })
  })

  await vi.advanceTimersByTimeAsync(6_999)
  expect(hits).toHaveLength(1)
  await vi.advanceTimersByTimeAsync(1)

  expect(hits).toEqual([0, 7_000])
  expect(await settled).toMatchObject({ authToken: TEST_TOKEN })
})

test('a 429 with Retry-After: 120 waits the two minutes, then tries again', async () => {
  const { hits, settled } = fetchAccountWithRetries(
    () =>
      new HttpResponse(null, {
        status: 429,
        headers: { 'Retry-After': '120' },
      }),
  )

  await vi.advanceTimersByTimeAsync(119_999)
  expect(hits).toHaveLength(1)
  await vi.advanceTimersByTimeAsync(120_001)

  expect(hits).toEqual([0, 120_000, 240_000])
  expect(await settled).toMatchObject({ kind: 'rate-limited' })
})

test('a 429 with an HTTP-date Retry-After waits until that moment', async () => {
  const { hits } = fetchAccountWithRetries(
    () =>
      new HttpResponse(null, {
        status: 429,
        headers: { 'Retry-After': new Date(Date.now() + 20_000).toUTCString() },
      }),
  )

  await vi.advanceTimersByTimeAsync(60_000)

  expect(hits[1]! - hits[0]!).toBeGreaterThanOrEqual(19_000)
  expect(hits[1]! - hits[0]!).toBeLessThanOrEqual(20_000)
})

test('a 429 whose Retry-After cannot be read waits the default 30 seconds', async () => {
  const { hits } = fetchAccountWithRetries(
    () =>
      new HttpResponse(null, {
        status: 429,
        headers: { 'Retry-After': 'soon' },
      }),
  )

  await vi.advanceTimersByTimeAsync(29_999)
  expect(hits).toHaveLength(1)
  await vi.advanceTimersByTimeAsync(1)

  expect(hits).toEqual([0, 30_000])
})

test('a 429 asking for an hour waits five minutes at most', async () => {
  const { hits } = fetchAccountWithRetries(
    () =>
      new HttpResponse(null, {
        status: 429,
        headers: { 'Retry-After': '3600' },
      }),
  )

  await vi.advanceTimersByTimeAsync(300_000)

  expect(hits).toEqual([0, 300_000])
})

test('with retries on, a mutation is never retried', async () => {
  saveSessionToken(TEST_TOKEN)
  const hits = countUserRequests(503)
  const queryClient = createQueryClient({ onSessionEnded: vi.fn(), retries: 2 })
  const mutation = queryClient.getMutationCache().build(queryClient, {
    mutationFn: () => getUser(),
  })

  await mutation.execute(undefined).catch(() => {})

  expect(hits).toHaveBeenCalledTimes(1)
  expect(mutation.state.failureCount).toBe(1)
})

test('a reading mutation is retried like a query', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.spyOn(Math, 'random').mockReturnValue(0)
  saveSessionToken(TEST_TOKEN)
  const hits = countUserRequests(503)
  const queryClient = createQueryClient({ onSessionEnded: vi.fn(), retries: 2 })
  const mutation = queryClient.getMutationCache().build(queryClient, {
    mutationKey: readMutationKey('inspect-token'),
    mutationFn: () => getUser(),
  })

  const settled = mutation.execute(undefined).catch(() => {})
  await vi.advanceTimersByTimeAsync(3_000)
  await settled

  expect(hits).toHaveBeenCalledTimes(3)
})

test.each([
  ['network', true],
  ['timeout', true],
  ['server', true],
  ['rate-limited', true],
  ['unauthorized', false],
  ['bad-credentials', false],
  ['code-required', false],
  ['unexpected-response', false],
  ['ip-blocked', false],
  ['forbidden', false],
  ['not-found', false],
  ['bad-request', false],
] as const)('%s failures are retried: %s', (kind, expected) => {
  expect(shouldRetry(0, plexError(kind), 2)).toBe(expected)
  expect(shouldRetry(2, plexError(kind), 2)).toBe(false)
  expect(shouldRetry(0, plexError(kind), 0)).toBe(false)
})

test('a rate limit waits until its waitUntil, never less than nothing', () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  const now = Date.now()

  expect(
    retryDelay(0, plexError('rate-limited', { waitUntil: now + 7_000 })),
  ).toBe(7_000)
  expect(retryDelay(1, plexError('rate-limited', { waitUntil: now - 5 }))).toBe(
    0,
  )
})

test('anything that is not a PlexError is not retried', () => {
  expect(shouldRetry(0, new Error('boom'), 2)).toBe(false)
  expect(shouldRetry(0, new DOMException('x', 'AbortError'), 2)).toBe(false)
})

test('backoff doubles from one second up to thirty, less up to a fifth at random', () => {
  const error = plexError('server')
  const random = vi.spyOn(Math, 'random').mockReturnValue(0)

  expect([0, 1, 2, 5, 10].map((count) => retryDelay(count, error))).toEqual([
    1_000, 2_000, 4_000, 30_000, 30_000,
  ])
  random.mockReturnValue(0.999_999)
  expect(retryDelay(0, error)).toBe(800)
  expect(retryDelay(5, error)).toBe(24_000)
})
