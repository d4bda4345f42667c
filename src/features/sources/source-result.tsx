import { MaskedSecret } from '../../components/ui/masked-secret.tsx'
import type { SourceDevice } from '../../lib/plex/media-server-schema.ts'

/** A source's name, addresses and the transient token for it. */
export function SourceResult({ device }: { device: SourceDevice }) {
  return (
    <section className="card stack" aria-labelledby="source-heading">
      <h2 id="source-heading">{device.name || 'Unnamed source'}</h2>
      <dl className="facts">
        <dt>Identifier</dt>
        <dd className="uri">{device.clientIdentifier}</dd>
        <dt>Access token</dt>
        <dd>
          {device.accessToken ? (
            <MaskedSecret name="access token" value={device.accessToken} />
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
