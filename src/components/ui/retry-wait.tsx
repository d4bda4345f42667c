import { useMemo } from 'react'
import type { PlexError } from '../../lib/plex/plex-error.ts'
import { DEFAULT_RATE_LIMIT_WAIT_SECONDS } from '../../lib/plex/retry-after.ts'
import { Alert } from './alert.tsx'
import { SpokenCountdown } from './spoken-countdown.tsx'
import {
  formatWait,
  useCountdown,
  waitAnnouncementStep,
  type Deadline,
} from './use-countdown.ts'

interface RateLimitWaitProps {
  error: PlexError | null
  /** True when Plexkey tries again by itself once the wait is over. */
  isAutomatic: boolean
}

/**
 * The wait a rate-limited failure asked for, counted down. The visible
 * clock ticks each second; a screen reader hears the true time left when
 * the wait begins and at every 30 s, then every 10 s near the end
 * (useAnnouncedSeconds), never each tick. Nothing for other failures.
 */
export function RateLimitWait({ error, isAutomatic }: RateLimitWaitProps) {
  const deadline = useMemo(() => rateLimitDeadline(error), [error])
  const secondsLeft = useCountdown(deadline)

  if (!deadline) return null
  const lead = isAutomatic ? 'Trying again in' : 'You can try again in'
  const now = isAutomatic ? 'Trying again now…' : 'You can try again now.'

  const say = (seconds: number) =>
    seconds > 0 ? `${lead} ${formatWait(seconds)}.` : now

  return (
    <SpokenCountdown
      secondsLeft={secondsLeft}
      deadline={deadline}
      step={waitAnnouncementStep}
      shown={say}
      spoken={say}
    />
  )
}

function rateLimitDeadline(error: PlexError | null): Deadline | null {
  if (error?.kind !== 'rate-limited' || error.waitUntil === undefined) {
    return null
  }
  return {
    until: error.waitUntil,
    seconds: error.retryAfterSeconds ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS,
  }
}

interface RetryingNoticeProps {
  /** What is being read, e.g. "your account details". */
  what: string
  /** The failure that is being retried. */
  failure: PlexError
}

/**
 * A read that failed and is being tried again by itself: what failed,
 * and when the next attempt goes (a countdown for a rate limit).
 */
export function RetryingNotice({ what, failure }: RetryingNoticeProps) {
  return (
    <Alert tone="warning" title={`Still trying to get ${what}.`}>
      <p>{failure.message}</p>
      {failure.kind === 'rate-limited' ? (
        <RateLimitWait error={failure} isAutomatic />
      ) : (
        <p>Trying again…</p>
      )}
    </Alert>
  )
}

/** What a read query or mutation says while it is retried. */
export interface RetryState {
  isFetching?: boolean
  isPending?: boolean
  failureCount: number
  failureReason: PlexError | null
}

/** The failure a read is being retried after, if it is being retried. */
export function retryingAfter(state: RetryState): PlexError | null {
  const isRunning = state.isFetching ?? state.isPending ?? false
  return isRunning && state.failureCount > 0 ? state.failureReason : null
}
