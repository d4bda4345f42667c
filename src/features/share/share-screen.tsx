import { KnownServer } from '../../components/servers/known-server.tsx'
import { ReachableServer } from '../../components/servers/reachable-server.tsx'
import { ServerWithAddress } from '../../components/servers/server-with-address.tsx'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import { GrantsExplainer } from './grants-explainer.tsx'
import { TransientTokenMaker } from './transient-token-maker.tsx'

/** Makes a transient token on one server, to hand to a friend. */
export function ShareScreen({
  clientIdentifier,
}: {
  clientIdentifier: string
}) {
  return (
    <div className="stack">
      <ScreenHeading>Share access</ScreenHeading>
      <KnownServer clientIdentifier={clientIdentifier}>
        {(server) => (
          <>
            <p>
              Server: <strong>{server.name}</strong>
              {server.owned
                ? ' (yours)'
                : ` (shared by ${server.sourceTitle || 'another account'})`}
            </p>
            <ServerWithAddress server={server}>
              <GrantsExplainer server={server} />
              <ReachableServer server={server}>
                {(reach) => <TransientTokenMaker reach={reach} />}
              </ReachableServer>
            </ServerWithAddress>
          </>
        )}
      </KnownServer>
    </div>
  )
}
