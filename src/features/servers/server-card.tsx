import { useId } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { ConnectionAttempts } from '../../components/servers/connection-attempts.tsx'
import { NO_ADDRESS_REASON } from '../../components/servers/server-with-address.tsx'
import { sourceLookupRefusal } from '../../components/servers/source-lookup-refusal.ts'
import { useServerWithAddedAddresses } from '../../components/servers/reachable-server.tsx'
import { ActionButton } from '../../components/ui/action-button.tsx'
import type { PlexServer } from '../../lib/plex/resources.ts'
import { serverQueries } from '../../lib/queries/server-queries.ts'

/** One server: whose it is, whether it answers, and what to do with it. */
export function ServerCard({ server }: { server: PlexServer }) {
  const headingId = `server-${server.clientIdentifier}`
  const noAddressId = useId()
  const notOwnerId = useId()
  const withAdded = useServerWithAddedAddresses(server)
  // NOTE: plex.tv's "offline" alone does not stop anything: a server cut off
  // from the internet may still answer on this network. Nothing to try does.
  const hasAddress = withAdded.connections.length > 0
  const notOwner = sourceLookupRefusal(server)
  const path = `/servers/${encodeURIComponent(server.clientIdentifier)}`

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="server-head">
        <h2 id={headingId}>{server.name || 'Unnamed server'}</h2>
      </div>
      <ul className="badges" aria-label="About this server">
        <li className="badge">
          {server.owned
            ? 'Yours'
            : `Shared by ${server.sourceTitle || 'another account'}`}
        </li>
        <li className={server.presence ? 'badge badge-ok' : 'badge badge-off'}>
          {server.presence ? 'Online' : 'Offline'}
        </li>
        {server.productVersion && (
          <li className="badge badge-off">Version {server.productVersion}</li>
        )}
      </ul>
      {hasAddress ? (
        <ServerReachability server={withAdded} />
      ) : (
        <p id={noAddressId} className="muted">
          {NO_ADDRESS_REASON} If you know an address where it answers, add it
          below.
        </p>
      )}
      <div className="actions">
        <ServerAction
          href={`${path}/share`}
          label={`Share access to ${server.name}`}
          isPrimary
          unavailableBecause={hasAddress ? undefined : noAddressId}
        >
          Share access
        </ServerAction>
        <ServerAction
          href={`${path}/sources`}
          label={`Look up sources from ${server.name}`}
          unavailableBecause={
            !hasAddress ? noAddressId : notOwner ? notOwnerId : undefined
          }
        >
          Look up sources
        </ServerAction>
      </div>
      {hasAddress && notOwner && (
        <p id={notOwnerId} className="field-hint">
          {notOwner}
        </p>
      )}
    </section>
  )
}

interface ServerActionProps {
  href: string
  label: string
  children: string
  isPrimary?: boolean
  /** The id of the words saying why it cannot work, when it cannot. */
  unavailableBecause?: string
}

/**
 * A link to what can be done with the server; where that can only fail,
 * a button that stays focusable, does nothing and says why.
 */
function ServerAction({
  href,
  label,
  children,
  isPrimary = false,
  unavailableBecause,
}: ServerActionProps) {
  const className = isPrimary ? 'button button-primary' : 'button'

  if (unavailableBecause) {
    return (
      <ActionButton
        className={className}
        aria-label={label}
        aria-describedby={unavailableBecause}
        isUnavailable
      >
        {children}
      </ActionButton>
    )
  }
  return (
    <Link href={href} className={className} aria-label={label}>
      {children}
    </Link>
  )
}

function ServerReachability({ server }: { server: PlexServer }) {
  const { data: race, isPending } = useQuery(serverQueries.connection(server))

  if (isPending) {
    return (
      <p className="muted" role="status">
        Trying its addresses…
      </p>
    )
  }
  return (
    <div>
      <p role="status">
        {race?.winner ? (
          <>
            Reachable at <span className="uri">{race.winner.uri}</span>
          </>
        ) : (
          'Not reachable from this browser.'
        )}
      </p>
      {race && race.attempts.length > 0 && (
        <details>
          <summary>Addresses tried ({race.attempts.length})</summary>
          <ConnectionAttempts attempts={race.attempts} />
        </details>
      )}
    </div>
  )
}
