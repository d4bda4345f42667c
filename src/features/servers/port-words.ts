import {
  PLEX_DEFAULT_PORT,
  type PortSource,
  withPlexPort,
} from '../../lib/servers/normalize-server-url.ts'

/** A normalised address and where its port came from. */
export interface AddressPort {
  url: string
  port: number
  portSource: PortSource
}

/** What follows "Plexkey will use <url>": the port, when none was typed. */
export function previewPortNote({ url, port, portSource }: AddressPort) {
  switch (portSource) {
    case 'typed':
      return '.'
    case 'plex-default':
      return `: no port was typed, so Plex's default, ${PLEX_DEFAULT_PORT}. Type the port if yours differs, or start with https:// for a reverse proxy.`
    case 'scheme-default':
      return `: with ${schemeOf(url)}:// and no port, that is port ${port}. Plex servers usually listen on ${PLEX_DEFAULT_PORT}: if yours does, type ${withPlexPort(url)}.`
  }
}

/**
 * When nothing answered: the port asked on, if it was assumed, since a
 * wrong port is the likeliest reason. Null for a port that was typed.
 */
export function unansweredPortHint({ url, port, portSource }: AddressPort) {
  switch (portSource) {
    case 'typed':
      return null
    case 'plex-default':
      return `No port was typed, so Plexkey asked on Plex's default, ${PLEX_DEFAULT_PORT}. If your server listens on another, type it.`
    case 'scheme-default':
      return `With ${schemeOf(url)}:// and no port, Plexkey asked on port ${port}. Plex servers usually listen on ${PLEX_DEFAULT_PORT}: if yours does, try ${withPlexPort(url)}.`
  }
}

function schemeOf(url: string): string {
  return new URL(url).protocol.slice(0, -1)
}
