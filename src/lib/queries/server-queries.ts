import { queryOptions } from '@tanstack/react-query'
import { getIdentity } from '../plex/media-server.ts'
import { getServers, type PlexServer } from '../plex/resources.ts'
import { connectionFromUrl } from '../servers/normalize-server-url.ts'
import { raceConnections } from '../servers/race-connections.ts'
import { rankConnections } from '../servers/rank-connections.ts'

const SERVERS_STALE_MS = 60_000
const CONNECTION_STALE_MS = 5 * 60_000

// NOTE: no key holds a token. A server's accessToken is never needed here
// (/identity takes none); calls that need it are mutations, with no key.

/** Query options for the account's servers and how to reach each. */
export const serverQueries = {
  /** The account's servers from plex.tv. */
  all: () =>
    queryOptions({
      queryKey: ['servers'] as const,
      queryFn: ({ signal }) => getServers({ signal }),
      staleTime: SERVERS_STALE_MS,
    }),

  /**
   * The race over a discovered server's ranked connections. The key ends
   * with the URIs tried, so a changed list races again; invalidate with
   * the prefix `['server', clientIdentifier, 'connection']`.
   */
  connection: (server: PlexServer) => {
    const { clientIdentifier } = server
    const connections = rankConnections(server)
    return queryOptions({
      queryKey: [
        'server',
        clientIdentifier,
        'connection',
        connections.map((connection) => connection.uri),
      ] as const,
      queryFn: ({ signal }) =>
        raceConnections({
          connections,
          machineIdentifier: clientIdentifier,
          signal,
        }),
      staleTime: CONNECTION_STALE_MS,
    })
  },

  /** The probe of an address typed by hand (normalizeServerUrl's `url`). */
  urlConnection: (url: string) =>
    queryOptions({
      queryKey: ['server-url', url, 'connection'] as const,
      queryFn: ({ signal }) =>
        raceConnections({ connections: [connectionFromUrl(url)], signal }),
      staleTime: CONNECTION_STALE_MS,
    }),

  /** `/identity` at a server's chosen address: its version, for one. */
  identity: (clientIdentifier: string, baseUrl: string) =>
    queryOptions({
      queryKey: ['server', clientIdentifier, 'identity', baseUrl] as const,
      queryFn: ({ signal }) => getIdentity({ baseUrl, signal }),
      staleTime: CONNECTION_STALE_MS,
    }),
}
