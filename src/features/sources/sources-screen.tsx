import { KnownServer } from '../../components/servers/known-server.tsx'
import { sourceLookupRefusal } from '../../components/servers/source-lookup-refusal.ts'
import { Alert } from '../../components/ui/alert.tsx'
import { ReachableServer } from '../../components/servers/reachable-server.tsx'
import { ServerWithAddress } from '../../components/servers/server-with-address.tsx'
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
        {(server) => {
          const refusal = sourceLookupRefusal(server)
          return (
            <>
              <p>
                Asking: <strong>{server.name}</strong>
              </p>
              {refusal ? (
                <Alert
                  tone="warning"
                  title={`${server.name} is shared with you, not yours.`}
                >
                  <p>{refusal}</p>
                </Alert>
              ) : (
                <ServerWithAddress server={server}>
                  <ReachableServer server={server}>
                    {(reach) => <SourceLookup reach={reach} />}
                  </ReachableServer>
                </ServerWithAddress>
              )}
            </>
          )
        }}
      </KnownServer>
    </div>
  )
}
