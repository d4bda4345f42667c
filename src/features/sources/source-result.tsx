import { TransientTokenLifetime } from '../../components/servers/transient-token-lifetime.tsx'
import { MaskedSecret } from '../../components/ui/masked-secret.tsx'
import type { SourceDevice } from '../../lib/plex/media-server-schema.ts'

/** A source's name, addresses and the transient token for it. */
export function SourceResult({ device }: { device: SourceDevice }) {
  const name = device.name || 'this source'
  return (
    <section className="card stack" aria-labelledby="source-heading">
      <h2 id="source-heading">{device.name || 'Unnamed source'}</h2>
      <dl className="facts">
        <dt>Identifier</dt>
        <dd className="uri">{device.clientIdentifier}</dd>
        <dt>Access token</dt>
        <dd className="stack">
          {device.accessToken ? (
            <>
              <MaskedSecret name="access token" value={device.accessToken} />
              {/* PLEX-API.md §5 says only that it is a transient token
                  usable against the source: no more is claimed. */}
              <p className="field-hint">
                A transient token for {name}: a tool takes it as X-Plex-Token to
                reach {name}, and it works there only. Plex does not say what
                rights it carries, so keep it as private as your own token.{' '}
                <TransientTokenLifetime />
              </p>
            </>
          ) : (
            'None given'
          )}
        </dd>
      </dl>
      {device.connections.length === 0 ? (
        <p>No connections listed.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              Connections to {device.name}
            </caption>
            <thead>
              <tr>
                <th scope="col">Protocol</th>
                <th scope="col">Address</th>
                <th scope="col">Port</th>
                <th scope="col">URI</th>
                <th scope="col">Local</th>
                <th scope="col">Relay</th>
              </tr>
            </thead>
            <tbody>
              {device.connections.map((connection) => (
                <tr key={connection.uri}>
                  <td data-label="Protocol">{connection.protocol}</td>
                  <td data-label="Address" className="uri">
                    {connection.address}
                  </td>
                  <td data-label="Port">{connection.port}</td>
                  <td data-label="URI" className="uri wrap-anywhere">
                    {connection.uri}
                  </td>
                  <td data-label="Local">{connection.local ? 'Yes' : 'No'}</td>
                  <td data-label="Relay">{connection.relay ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
