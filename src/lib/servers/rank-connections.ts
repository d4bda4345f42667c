import type { PlexConnection } from '../plex/connection-schema.ts'

/** What ranking needs to know about a server. */
export interface RankableServer {
  connections: readonly PlexConnection[]
  owned: boolean
  publicAddressMatches: boolean
}

/**
 * A server's connections in the order worth trying: local before remote,
 * relay last (it is slow and capped), https before http; without duplicate
 * URIs. Local addresses of a server someone else owns are left out unless
 * plex.tv says this browser shares its public address: elsewhere they lead
 * to whatever device has that address on this network.
 */
export function rankConnections(server: RankableServer): PlexConnection[] {
  const mayUseLocal = server.owned || server.publicAddressMatches
  const seen = new Set<string>()

  return server.connections
    .filter((connection) => {
      if (seen.has(connection.uri)) return false
      seen.add(connection.uri)
      return mayUseLocal || !connection.local
    })
    .toSorted((a, b) => rankOf(a) - rankOf(b))
}

function rankOf(connection: PlexConnection): number {
  const place = connection.relay ? 4 : connection.local ? 0 : 2
  return place + (connection.protocol === 'https' ? 0 : 1)
}
