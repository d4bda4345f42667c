import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { PMS_HTTPS_URL } from '../../testing/fixtures/pms.ts'
import {
  OWNED_SERVER_ID,
  TEST_OWNED_SERVER_TOKEN,
  TEST_SHARED_SERVER_TOKEN,
} from '../../testing/fixtures/plex-resources.ts'
import { server } from '../../testing/msw-server.ts'
import { fakePms } from '../../testing/pms-handlers.ts'
import { createTestQueryClient } from '../../testing/test-query-client.ts'
import { saveSessionToken } from '../session/token-store.ts'
import { serverQueries } from './server-queries.ts'

const SECRETS = [TEST_TOKEN, TEST_OWNED_SERVER_TOKEN, TEST_SHARED_SERVER_TOKEN]

function expectNoSecret(value: unknown) {
  const text = JSON.stringify(value)
  for (const secret of SECRETS) expect(text).not.toContain(secret)
}

test('servers, then the race to the owned one, with no token in any key', async () => {
  saveSessionToken(TEST_TOKEN)
  server.use(
    ...fakePms().handlers,
    http.get('*/identity', () => HttpResponse.error()),
  )
  const { queryClient } = createTestQueryClient()

  const [owned] = await queryClient.fetchQuery(serverQueries.all())
  const race = await queryClient.fetchQuery(serverQueries.connection(owned!))

  expect(race.winner?.uri).toBe(PMS_HTTPS_URL)
  expect(race.identity?.machineIdentifier).toBe(OWNED_SERVER_ID)
  const keys = queryClient
    .getQueryCache()
    .getAll()
    .map((query) => query.queryKey)
  expect(keys[0]).toEqual(['servers'])
  expect(keys[1]!.slice(0, 3)).toEqual([
    'server',
    OWNED_SERVER_ID,
    'connection',
  ])
  expectNoSecret(keys)
})

test('the connection key lists the addresses raced, best first', async () => {
  saveSessionToken(TEST_TOKEN)
  const { queryClient } = createTestQueryClient()
  const [owned] = await queryClient.fetchQuery(serverQueries.all())

  const { queryKey, staleTime } = serverQueries.connection(owned!)

  expect(queryKey[3]).toEqual([
    PMS_HTTPS_URL,
    'http://192.168.1.20:32400',
    'https://203-0-113-5.0123456789abcdef0123456789abcdef.plex.direct:32400',
    'https://198-51-100-77.0123456789abcdef0123456789abcdef.plex.direct:8443',
  ])
  expect(staleTime).toBe(5 * 60_000)
})

test('a typed address and an identity have keys of their own', async () => {
  server.use(...fakePms().handlers)
  const { queryClient } = createTestQueryClient()

  const race = await queryClient.fetchQuery(
    serverQueries.urlConnection(PMS_HTTPS_URL),
  )
  const identity = await queryClient.fetchQuery(
    serverQueries.identity(OWNED_SERVER_ID, PMS_HTTPS_URL),
  )

  expect(race.attempts[0]!.identity?.machineIdentifier).toBe(OWNED_SERVER_ID)
  expect(identity.version).toBe('1.41.0.8992-8463ad060')
  expect(serverQueries.urlConnection(PMS_HTTPS_URL).queryKey).toEqual([
    'server-url',
    PMS_HTTPS_URL,
    'connection',
  ])
  expect(
    serverQueries.identity(OWNED_SERVER_ID, PMS_HTTPS_URL).queryKey,
  ).toEqual(['server', OWNED_SERVER_ID, 'identity', PMS_HTTPS_URL])
})
