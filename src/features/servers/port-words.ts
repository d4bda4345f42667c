import {
  PLEX_DEFAULT_PORT,
  type PortSource,
  withPlexPort,
} from '../../lib/servers/normalize-server-url.ts'
import type { AttemptOutcome } from '../../lib/servers/race-connections.ts'

/** A normalised address and where its port came from. */
export interface AddressPort {
  url: string
  port: number
  portSource: PortSource
}

/** What follows "Plexkey will use <url>": the port, when none was typed. */
export function previewPortNote(address: AddressPort) {
  const { url, port, portSource } = address
  switch (portSource) {
    case 'typed': {
      const mismatch = schemePortMismatch(address)
      return mismatch ? `. ${mismatch}` : '.'
    }
    case 'plex-default':
      return `: no port was typed, so Plex's default, ${PLEX_DEFAULT_PORT}. Type the port if yours differs, or start with https:// for a reverse proxy.`
    case 'scheme-default':
      return `: with ${schemeOf(url)}:// and no port, that is port ${port}. Plex servers usually listen on ${PLEX_DEFAULT_PORT}: if yours does, type ${withPlexPort(url)}.`
  }
}

/**
 * When nothing answered: the port asked on, if it was assumed, since a
 * wrong port is the likeliest reason, or a typed port that belongs to the
 * other scheme. Null for a typed port that fits its scheme.
 */
export function unansweredPortHint(address: AddressPort) {
  const { url, port, portSource } = address
  switch (portSource) {
    case 'typed':
      return schemePortMismatch(address)
    case 'plex-default':
      return `No port was typed, so Plexkey asked on Plex's default, ${PLEX_DEFAULT_PORT}. If your server listens on another, type it.`
    case 'scheme-default':
      return `With ${schemeOf(url)}:// and no port, Plexkey asked on port ${port}. Plex servers usually listen on ${PLEX_DEFAULT_PORT}: if yours does, try ${withPlexPort(url)}.`
  }
}

/**
 * When the one address tried failed in a way the other scheme would
 * explain, that scheme's address; null otherwise. A page sees an https
 * address to a plain http server, or to a certificate for another name,
 * as refused or blocked; an http address from an https page is blocked
 * before it is sent.
 */
export function unansweredSchemeHint(
  { url }: AddressPort,
  outcome: AttemptOutcome | undefined,
): string | null {
  const scheme = schemeOf(url)
  if (scheme === 'https' && outcome === 'unreachable') {
    return `An https address fails like this too when the server there speaks plain http, or when its certificate is for another name (a Plex server's is for its plex.direct names only). If so, try ${withScheme(url, 'http')}.`
  }
  if (scheme === 'http' && outcome === 'mixed-content') {
    return `From this https page only an https address can be tried: if the server (or a proxy in front of it) offers https there, try ${withScheme(url, 'https')}.`
  }
  return null
}

// 443 and 80 are https's and http's own ports: with the other scheme,
// almost always a slip.
function schemePortMismatch({ url, port }: AddressPort): string | null {
  const scheme = schemeOf(url)
  if (scheme === 'http' && port === 443) {
    return `Port 443 almost always means https: if the server there uses https, type ${withScheme(url, 'https')}.`
  }
  if (scheme === 'https' && port === 80) {
    return `Port 80 almost always means plain http: if the server there does not use https, type ${withScheme(url, 'http')}.`
  }
  return null
}

/** The same host and port with the other scheme, its own port left out. */
function withScheme(url: string, scheme: 'http' | 'https'): string {
  const { hostname, port } = new URL(url)
  const ownPort = scheme === 'https' ? '443' : '80'
  const keptPort = port === '' || port === ownPort ? '' : `:${port}`
  return `${scheme}://${hostname}${keptPort}`
}

function schemeOf(url: string): string {
  return new URL(url).protocol.slice(0, -1)
}
