import { expect, test } from 'vitest'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { createTestQueryClient } from '../../testing/test-query-client.ts'
import { saveSessionToken } from '../session/token-store.ts'
import { accountQueries } from './account-queries.ts'

test('the account key is general to specific and holds no token', () => {
  saveSessionToken(TEST_TOKEN)

  const { queryKey, staleTime } = accountQueries.me()

  expect(queryKey).toEqual(['account', 'me'])
  expect(JSON.stringify(queryKey)).not.toContain(TEST_TOKEN)
  expect(staleTime).toBe(5 * 60_000)
})

test('fetches the account of the session token', async () => {
  saveSessionToken(TEST_TOKEN)
  const { queryClient } = createTestQueryClient()

  const account = await queryClient.fetchQuery(accountQueries.me())

  expect(account.authToken).toBe(TEST_TOKEN)
  expect(
    JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.queryKey),
    ),
  ).not.toContain(TEST_TOKEN)
})
