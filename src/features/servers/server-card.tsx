import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { ConnectionAttempts } from '../../components/servers/connection-attempts.tsx'
import { useServerWithAddedAddresses } from '../../components/servers/reachable-server.tsx'
import type { PlexServer } from '../../lib/plex/resources.ts'
import { serverQueries } from '../../lib/queries/server-queries.ts'

/** One server: whose it is, whether it answers, and what to do with it. */
export function ServerCard({ server }: { server: PlexServer }) {
  const headingId = `server-${server.clientIdentifier}`

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
      {server.connections.length > 0 || server.presence ? (
        <ServerReachability server={server} />
      ) : (
        <p className="muted">plex.tv lists no address for this server.</p>
      )}
      <div className="actions">
        <Link
          href={`/servers/${encodeURIComponent(server.clientIdentifier)}/share`}
          className="button button-primary"
          aria-label={`Share access to ${server.name}`}
        >
          Share access
        </Link>
        <Link
          href={`/servers/${encodeURIComponent(server.clientIdentifier)}/sources`}
          className="button"
          aria-label={`Look up sources from ${server.name}`}
        >
          Look up sources
        </Link>
      </div>
    </section>
  )
}

function ServerReachability({ server }: { server: PlexServer }) {
  const withAdded = useServerWithAddedAddresses(server)
  const { data: race, isPending } = useQuery(
    serverQueries.connection(withAdded),
  )

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
