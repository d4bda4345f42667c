import { type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { Alert } from '../ui/alert.tsx'
import type { PlexServer } from '../../lib/plex/resources.ts'
import { serverQueries } from '../../lib/queries/server-queries.ts'
import { ActionButton } from '../ui/action-button.tsx'
import {
  RateLimitWait,
  RetryingNotice,
  retryingAfter,
} from '../ui/retry-wait.tsx'

interface KnownServerProps {
  clientIdentifier: string
  children: (server: PlexServer) => ReactNode
}

/** Finds one of the account's servers, or says why it cannot. */
export function KnownServer({ clientIdentifier, children }: KnownServerProps) {
  const serversQuery = useQuery(serverQueries.all())
  const { data: servers, error, isFetching, refetch } = serversQuery
  const retrying = retryingAfter(serversQuery)
  const server = servers?.find(
    (candidate) => candidate.clientIdentifier === clientIdentifier,
  )

  if (server) return children(server)
  if (retrying) return <RetryingNotice what="your servers" failure={retrying} />
  if (error) {
    return (
      <Alert tone="error" title="Your servers could not be listed.">
        <p>{error.message}</p>
        <RateLimitWait error={error} isAutomatic={false} />
        <div className="actions">
          <ActionButton
            onClick={() => void refetch()}
            isUnavailable={isFetching}
          >
            {isFetching ? 'Retrying…' : 'Retry'}
          </ActionButton>
        </div>
      </Alert>
    )
  }
  if (!servers) {
    return (
      <p role="status" className="muted">
        Loading your servers…
      </p>
    )
  }
  return (
    <Alert tone="error" title="This server is not one of your account's.">
      <p>
        plex.tv does not list it for this account.{' '}
        <Link href="/servers">See your servers</Link>.
      </p>
    </Alert>
  )
}
