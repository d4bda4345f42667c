import { type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { Alert } from '../ui/alert.tsx'
import type { PlexServer } from '../../lib/plex/resources.ts'
import type { ServerIdentity } from '../../lib/plex/media-server-schema.ts'
import type { PlexConnection } from '../../lib/plex/connection-schema.ts'
import { serverQueries } from '../../lib/queries/server-queries.ts'
import { addedAddressesQuery } from '../../lib/queries/added-addresses.ts'
import { connectionFromUrl } from '../../lib/servers/normalize-server-url.ts'
import { ConnectionAttempts } from './connection-attempts.tsx'
import { ActionButton } from '../ui/action-button.tsx'

export interface ServerReach {
  server: PlexServer
  /** The address that answered in this browser. */
  connection: PlexConnection
  identity: ServerIdentity | null
  /** Every address known for it: added by hand first, then plex.tv's. */
  addresses: readonly PlexConnection[]
}

interface ReachableServerProps {
  server: PlexServer
  children: (reach: ServerReach) => ReactNode
}

/** The server with every address it could have, added ones first. */
export function useServerWithAddedAddresses(server: PlexServer): PlexServer {
  const { data: added } = useQuery(addedAddressesQuery(server.clientIdentifier))
  if (added.length === 0) return server
  return {
    ...server,
    connections: [...added.map(connectionFromUrl), ...server.connections],
  }
}

/**
 * Races the server's addresses and hands the winner on; when none answers,
 * says for each address why. For a server with an address to try (see
 * ServerWithAddress).
 */
export function ReachableServer({ server, children }: ReachableServerProps) {
  const withAdded = useServerWithAddedAddresses(server)
  const {
    data: race,
    isPending,
    refetch,
    isFetching,
  } = useQuery(serverQueries.connection(withAdded))

  if (isPending) {
    return (
      <p role="status" className="muted">
        Looking for a way to reach {server.name}…
      </p>
    )
  }
  if (race?.winner) {
    return children({
      server,
      connection: race.winner,
      identity: race.identity,
      addresses: withAdded.connections,
    })
  }

  return (
    <Alert tone="error" title={`${server.name} cannot be reached from here.`}>
      <ConnectionAttempts attempts={race?.attempts ?? []} />
      <p>
        If you know another address for it,{' '}
        <Link href="/servers">add it on the servers screen</Link>.
      </p>
      <div className="actions">
        <ActionButton onClick={() => void refetch()} isUnavailable={isFetching}>
          {isFetching ? 'Trying again…' : 'Try again'}
        </ActionButton>
      </div>
    </Alert>
  )
}
