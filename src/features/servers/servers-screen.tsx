import { useQuery } from '@tanstack/react-query'
import { Alert } from '../../components/ui/alert.tsx'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import { serverQueries } from '../../lib/queries/server-queries.ts'
import { AddServerForm } from './add-server-form.tsx'
import { ServerCard } from './server-card.tsx'
import { ActionButton } from '../../components/ui/action-button.tsx'
import {
  RateLimitWait,
  RetryingNotice,
  retryingAfter,
} from '../../components/ui/retry-wait.tsx'

export function ServersScreen() {
  const serversQuery = useQuery(serverQueries.all())
  const { data: servers, error, isFetching, refetch } = serversQuery
  const retrying = retryingAfter(serversQuery)

  return (
    <div className="stack">
      <ScreenHeading>Your servers</ScreenHeading>
      <p className="muted">
        The Plex Media Servers your account can reach. Choose one to share
        access with a friend, or to look up how to reach another server from it.
      </p>
      {retrying && <RetryingNotice what="your servers" failure={retrying} />}
      {error && !retrying && (
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
      )}
      {!servers && !error && !retrying && (
        <p role="status" className="muted">
          Loading your servers…
        </p>
      )}
      {servers && servers.length === 0 && (
        <p>
          plex.tv lists no server for this account. Servers you own or that
          friends share with you appear here.
        </p>
      )}
      {servers && servers.length > 0 && (
        <ul className="list-plain" aria-label="Servers">
          {servers.map((server) => (
            <li key={server.clientIdentifier}>
              <ServerCard server={server} />
            </li>
          ))}
        </ul>
      )}
      {servers && <AddServerForm servers={servers} />}
    </div>
  )
}
