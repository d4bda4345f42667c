import { queryOptions } from '@tanstack/react-query'
import { getUser } from '../plex/user.ts'

const ACCOUNT_STALE_MS = 5 * 60_000

/**
 * Query options for account data. The token never goes in a key: keys show
 * up in Devtools and warnings, and getUser reads the token from the session.
 */
export const accountQueries = {
  all: () => ['account'] as const,
  me: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'me'] as const,
      queryFn: ({ signal }) => getUser({ signal }),
      staleTime: ACCOUNT_STALE_MS,
    }),
}
