import type { PlexConnection } from '../../lib/plex/connection-schema.ts'
import { isLocalNetworkHost } from '../../lib/servers/local-network.ts'

/** The server address a shared link leads to, and who can follow it. */
export type ShareAddress =
  | {
      reach: 'internet'
      uri: string
      isRelay: boolean
      isPlainHttp: boolean
    }
  | { reach: 'local-network'; uri: string }

/**
 * The address to put in a link for a friend elsewhere: one plex.tv (or
 * the owner) gave for use over the internet, never a local one, whichever
 * address answered in this browser. Best first: https plex.direct, other
 * https, IPv6 after IPv4 (many friends have none), Plex's relay (slow and
 * capped), plain http last (the token would cross the internet in the
 * clear). Without any, the address that answered here, which is on the
 * owner's network.
 */
export function chooseShareAddress(
  connections: readonly PlexConnection[],
  answered: PlexConnection,
): ShareAddress {
  const [best] = connections
    .filter((connection) => !isOnLocalNetwork(connection))
    .toSorted((a, b) => costOf(a) - costOf(b))
  if (!best) return { reach: 'local-network', uri: answered.uri }

  return {
    reach: 'internet',
    uri: best.uri,
    isRelay: best.relay,
    isPlainHttp: best.protocol === 'http',
  }
}

/**
 * A link a friend can open: the server's address with the token. Made for
 * copying only; Plexkey never requests or navigates to it.
 */
export function shareLink(baseUrl: string, token: string): string {
  const url = new URL(baseUrl)
  url.searchParams.set('X-Plex-Token', token)
  return url.href
}

function isOnLocalNetwork(connection: PlexConnection): boolean {
  return (
    connection.local || isLocalNetworkHost(new URL(connection.uri).hostname)
  )
}

function costOf(connection: PlexConnection): number {
  const { hostname } = new URL(connection.uri)
  const isIpv6 = connection.ipv6 || hostname.startsWith('[')
  return (
    (connection.protocol === 'http' ? 8 : 0) +
    (connection.relay ? 4 : 0) +
    (isIpv6 ? 2 : 0) +
    (hostname.endsWith('.plex.direct') ? 0 : 1)
  )
}
