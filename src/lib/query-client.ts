import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { log, loggableError } from './log.ts'
import { PlexError } from './plex/plex-error.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: PlexError
  }
}

export interface QueryClientOptions {
  /** Called when plex.tv rejected the session's own token. */
  onSessionEnded: (error: PlexError) => void
  /** Retries of a failed read; 0 under vitest. */
  retries?: number
}

/** How many times a failed read is tried again (SECURITY.md RL-02). */
export const READ_RETRIES = 2

const FIRST_BACKOFF_MS = 1_000
const MAX_BACKOFF_MS = 30_000
// Up to this share of a backoff is left out at random, so that many tabs
// failing at once do not all come back at the same moment.
const JITTER = 0.2

const READ_MUTATION = 'plex-read'

/**
 * The key of a mutation that only reads (inspecting a pasted token, looking
 * up a source): a mutation to keep its secret out of the query cache, but
 * retried like a query.
 */
export function readMutationKey(name: string) {
  return [READ_MUTATION, name] as const
}

/**
 * The app's QueryClient: signs out on a rejected session token, retries
 * reads (queries, and mutations under readMutationKey) that may pass
 * (network, timeout, server, and a rate limit once its wait is over), and
 * never retries other mutations such as sign-in.
 */
export function createQueryClient({
  onSessionEnded,
  retries = import.meta.env.MODE === 'test' ? 0 : READ_RETRIES,
}: QueryClientOptions): QueryClient {
  const handleError = (error: unknown) => {
    if (error instanceof PlexError && error.endsSession) {
      log.info('session', 'plex.tv rejected the session token', {
        error: loggableError(error),
      })
      onSessionEnded(error)
    }
  }
  const readRetry = {
    retry: (failureCount: number, error: unknown) =>
      shouldRetry(failureCount, error, retries),
    retryDelay,
  }

  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: readRetry,
      mutations: { retry: false },
    },
  })
  queryClient.setMutationDefaults([READ_MUTATION], readRetry)
  return queryClient
}

/** Whether a failed read runs again; `failureCount` counts from 0. */
export function shouldRetry(
  failureCount: number,
  error: unknown,
  retries: number,
): boolean {
  if (!(error instanceof PlexError)) return false

  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'server':
    case 'rate-limited':
      return failureCount < retries
    default:
      return false
  }
}

/**
 * A rate-limited read waits until its `waitUntil` (Retry-After, or the
 * default wait); others back off from about 1 s, doubling, up to 30 s.
 */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof PlexError && error.waitUntil !== undefined) {
    return Math.max(0, error.waitUntil - Date.now())
  }
  const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** failureCount, MAX_BACKOFF_MS)
  return Math.round(backoff * (1 - JITTER * Math.random()))
}
