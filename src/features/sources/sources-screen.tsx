import { KnownServer } from '../../components/servers/known-server.tsx'
import { ReachableServer } from '../../components/servers/reachable-server.tsx'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import { SourceLookup } from './source-lookup.tsx'

/** Asks one of the account's servers how to reach another source. */
export function SourcesScreen({
  clientIdentifier,
}: {
  clientIdentifier: string
}) {
  return (
    <div className="stack">
      <ScreenHeading>Source connection information</ScreenHeading>
      <p className="muted">
        A server you own can tell you how to reach another server it knows (its
        addresses, and a transient token for it). Only the server&apos;s owner
        gets an answer.
      </p>
      <KnownServer clientIdentifier={clientIdentifier}>
        {(server) => (
          <>
            <p>
              Asking: <strong>{server.name}</strong>
            </p>
            <ReachableServer server={server}>
              {(reach) => <SourceLookup reach={reach} />}
            </ReachableServer>
          </>
        )}
      </KnownServer>
    </div>
  )
}
