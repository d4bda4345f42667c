import { type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { Alert } from '../ui/alert.tsx'
import type { PlexServer } from '../../lib/plex/resources.ts'
import { serverQueries } from '../../lib/queries/server-queries.ts'
import { ActionButton } from '../ui/action-button.tsx'

interface KnownServerProps {
  clientIdentifier: string
  children: (server: PlexServer) => ReactNode
}

/** Finds one of the account's servers, or says why it cannot. */
export function KnownServer({ clientIdentifier, children }: KnownServerProps) {
  const {
    data: servers,
    error,
    isFetching,
    refetch,
  } = useQuery(serverQueries.all())
  const server = servers?.find(
    (candidate) => candidate.clientIdentifier === clientIdentifier,
  )

  if (server) return children(server)
  if (error) {
    return (
      <Alert tone="error" title="Your servers could not be listed.">
        <p>{error.message}</p>
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
