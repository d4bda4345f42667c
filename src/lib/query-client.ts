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
  /** Retries for network, timeout and server failures; 0 under vitest. */
  retries?: number
}

const MAX_RATE_LIMIT_WAIT_SECONDS = 60
const MAX_BACKOFF_MS = 30_000

/**
 * The app's QueryClient: signs out on a rejected session token, retries only
 * failures that may pass (network, timeout, server; one rate limit with a
 * known short wait), and never retries mutations such as sign-in.
 */
export function createQueryClient({
  onSessionEnded,
  retries = import.meta.env.MODE === 'test' ? 0 : 2,
}: QueryClientOptions): QueryClient {
  const handleError = (error: unknown) => {
    if (error instanceof PlexError && error.endsSession) {
      log.info('session', 'plex.tv rejected the session token', {
        error: loggableError(error),
      })
      onSessionEnded(error)
    }
  }

  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          shouldRetry(failureCount, error, retries),
        retryDelay,
      },
      mutations: { retry: false },
    },
  })
}

/** Whether a failed query runs again; `failureCount` counts from 0. */
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
      return failureCount < retries
    case 'rate-limited':
      // Retry once, and only when plex.tv said how long to wait and that is
      // short; a longer wait belongs on screen as a countdown.
      return (
        retries > 0 &&
        failureCount === 0 &&
        error.retryAfterSeconds !== undefined &&
        error.retryAfterSeconds <= MAX_RATE_LIMIT_WAIT_SECONDS
      )
    default:
      return false
  }
}

/** Exponential backoff from 1 s, or the wait a rate-limited answer asked for. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof PlexError && error.retryAfterSeconds !== undefined) {
    return error.retryAfterSeconds * 1000
  }
  return Math.min(1000 * 2 ** failureCount, MAX_BACKOFF_MS)
}
