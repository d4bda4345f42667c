import { type ReactNode } from 'react'
import { Link } from 'wouter'
import type { PlexServer } from '../../lib/plex/resources.ts'
import { Alert } from '../ui/alert.tsx'
import { useServerWithAddedAddresses } from './reachable-server.tsx'

/** Why nothing can be done with a server that has no address to try. */
export const NO_ADDRESS_REASON =
  'plex.tv lists no address for this server, so Plexkey cannot share it or look up sources on it: it is probably offline.'

interface ServerWithAddressProps {
  server: PlexServer
  children: ReactNode
}

/**
 * Shows its children only for a server with an address to try (listed by
 * plex.tv or added by hand); otherwise the reason the servers screen gives,
 * and where to add one. Nothing else could help: retrying has nothing to
 * try, and a warning about a token that cannot be made says nothing.
 */
export function ServerWithAddress({
  server,
  children,
}: ServerWithAddressProps) {
  const withAdded = useServerWithAddedAddresses(server)
  if (withAdded.connections.length > 0) return children

  return (
    <Alert tone="warning" title={`${server.name} has no address to try.`}>
      <p>
        {NO_ADDRESS_REASON} If you know an address where it answers,{' '}
        <Link href="/servers">add it on the servers screen</Link>.
      </p>
    </Alert>
  )
}
