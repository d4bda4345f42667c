import * as z from 'zod/mini'
import {
  type PlexConnection,
  PlexConnectionSchema,
} from '../plex/connection-schema.ts'

/**
 * Where a normalised address's port came from: typed; Plex's own, assumed
 * because neither scheme nor port was typed; or the typed scheme's own
 * (80 for http, 443 for https), kept because a reverse proxy may be there.
 */
export type PortSource = 'typed' | 'plex-default' | 'scheme-default'

/** A typed server address made usable, or why it cannot be used. */
export type NormalizedServerUrl =
  | { ok: true; url: string; port: number; portSource: PortSource }
  | { ok: false; reason: string }

type Refusal = Extract<NormalizedServerUrl, { ok: false }>

/** The port a Plex Media Server listens on unless told otherwise. */
export const PLEX_DEFAULT_PORT = 32400

const EXAMPLE = 'http://192.168.1.20:32400'
const MAX_LENGTH = 2048
const SCHEME = /^([a-z][a-z0-9+.-]*):/i
// Plex apps call a server at the root of its address, so a path is a link
// into Plex Web (dropped) or a mistake (refused).
const WEB_APP_PATH = /^\/web(?:\/.*)?$/i

/**
 * Turns what a person typed into a server's base URL: trims, adds a missing
 * `http://` (and then, without a port, Plex's 32400: a bare `10.0.0.160`
 * means a Plex server, not a web server on 80), drops a trailing slash, a
 * Plex Web `/web…` path, the query and the fragment, and brackets a bare
 * IPv6 address. A scheme typed without a port keeps that scheme's default
 * (`https://plex.example.org`, a reverse proxy). Refuses other schemes,
 * credentials, a path before the port, any other path and unbracketed IPv6
 * with a port, each with a sentence saying what to type instead.
 */
export function normalizeServerUrl(input: string): NormalizedServerUrl {
  const text = input.trim()
  if (text === '') {
    return refuse(`Enter the server's address, for example ${EXAMPLE}.`)
  }
  if (text.length > MAX_LENGTH || /\s/.test(text)) {
    return refuse(`That cannot be a server address. Write it like ${EXAMPLE}.`)
  }

  const scheme = schemeOf(text)
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return refuse(
      `Only http and https addresses work here, for example ${EXAMPLE} or https://plex.example.org.`,
    )
  }
  const bracketed = bracketIpv6(scheme === undefined ? `http://${text}` : text)
  if (!bracketed.ok) return bracketed

  const typedPort = typedPortOf(bracketed.url)
  if (typedPort !== undefined && !isPortInRange(Number(typedPort))) {
    return refuse(
      `Port ${typedPort} cannot be a server's: ports go from 1 to 65535. Type the port your server listens on, for example ${EXAMPLE}.`,
    )
  }

  const portSource: PortSource =
    typedPort !== undefined
      ? 'typed'
      : scheme === undefined
        ? 'plex-default'
        : 'scheme-default'
  return fromUrl(bracketed.url, portSource)
}

/** A normalised address moved to Plex's port, 32400. */
export function withPlexPort(url: string): string {
  const moved = new URL(url)
  moved.port = String(PLEX_DEFAULT_PORT)
  return `${moved.protocol}//${moved.host}`
}

/** A typed server's only connection, to race like a discovered one. */
export function connectionFromUrl(url: string): PlexConnection {
  return z.parse(PlexConnectionSchema, { uri: url })
}

function fromUrl(text: string, portSource: PortSource): NormalizedServerUrl {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return refuse(
      `That is not a valid address. Write it like ${EXAMPLE} or https://plex.example.org.`,
    )
  }

  if (url.username || url.password) {
    return refuse(
      'Leave out the user name and password (the part before @): a Plex server takes a token instead.',
    )
  }
  if (!url.hostname) {
    return refuse(`That address has no server in it. Write it like ${EXAMPLE}.`)
  }
  const hostProblem = hostNameProblem(url.hostname)
  if (hostProblem) return refuse(hostProblem)
  const misplacedPort = /\/:(\d{1,5})(?:\/|$)/.exec(url.pathname)
  if (misplacedPort) {
    return refuse(
      `The port goes right after the address, with no slash before it: ${url.protocol}//${url.hostname}:${misplacedPort[1]}.`,
    )
  }

  const path = url.pathname.replace(WEB_APP_PATH, '').replace(/\/+$/, '')
  if (path !== '') {
    return refuse(
      `Leave out anything after the address and port: ${url.protocol}//${url.host}.`,
    )
  }
  if (portSource === 'plex-default') url.port = String(PLEX_DEFAULT_PORT)
  return {
    ok: true,
    url: `${url.protocol}//${url.host}`,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    portSource,
  }
}

// Read from the text: the URL parser forgets a typed `:80`, which must
// still count as typed, and throws on 99999 without saying why.
function typedPortOf(text: string): string | undefined {
  const authority = /^[a-z]+:\/\/([^/?#]*)/i.exec(text)?.[1] ?? ''
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1)
  return /:(\d+)$/.exec(hostAndPort.replace(/^\[[^\]]*\]/, ''))?.[1]
}

function isPortInRange(port: number): boolean {
  return port >= 1 && port <= 65535
}

const MAX_HOST_NAME_LENGTH = 253
const MAX_LABEL_LENGTH = 63
const NOT_IN_HOST_NAMES = /[^a-z0-9.-]/g
const HOST_NAME_RULE =
  'A host name holds only letters, digits and hyphens, in parts separated by dots, like plex.example.org.'

/**
 * What rules out a host name the URL parser let through (it accepts
 * `garbage!!`, which no DNS lookup can find), or null. The parser has
 * already checked IPv4 and IPv6 addresses and turned international
 * names into their ASCII (punycode) form, so one rule is left: letters,
 * digits and hyphens, in dot-separated parts of 1 to 63 characters that
 * neither start nor end with a hyphen (RFC 1123).
 */
function hostNameProblem(hostname: string): string | null {
  if (hostname.startsWith('[') || /^[\d.]+$/.test(hostname)) return null

  const name = hostname.replace(/\.$/, '')
  const strays = [...new Set(name.match(NOT_IN_HOST_NAMES))]
  if (strays.length > 0) {
    const listed = strays.map((stray) => `“${stray}”`).join(' and ')
    return `“${hostname}” cannot be a host name: ${listed} cannot be in one. ${HOST_NAME_RULE}`
  }
  const labels = name.split('.')
  if (labels.includes('')) {
    return `“${hostname}” cannot be a host name: it has an empty part between dots. ${HOST_NAME_RULE}`
  }
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) {
    return `“${hostname}” cannot be a host name: a part of one cannot start or end with a hyphen. ${HOST_NAME_RULE}`
  }
  if (
    name.length > MAX_HOST_NAME_LENGTH ||
    labels.some((label) => label.length > MAX_LABEL_LENGTH)
  ) {
    return `That host name is too long: a host name has at most ${MAX_HOST_NAME_LENGTH} characters, and ${MAX_LABEL_LENGTH} between dots.`
  }
  return null
}

function schemeOf(text: string): string | undefined {
  // `fe80::1` and `fe80::1:32400` start like a scheme but are addresses.
  if (!text.includes('://') && text.split(':').length > 2) return undefined

  const match = SCHEME.exec(text)
  if (!match) return undefined
  const scheme = match[1]!.toLowerCase()
  if (scheme === 'http' || scheme === 'https') return scheme
  // `localhost:32400`, `plex.example.org:32400`: a host and a port.
  return /^\d/.test(text.slice(match[0].length)) ? undefined : scheme
}

function bracketIpv6(text: string): { ok: true; url: string } | Refusal {
  const match = /^([a-z]+:\/\/)([^/?#]*)(.*)$/is.exec(text)
  if (!match) return { ok: true, url: text }

  const [, scheme = '', authority = '', rest = ''] = match
  const isBareIpv6 =
    authority.split(':').length > 2 &&
    !authority.includes('[') &&
    !authority.includes('@')
  if (!isBareIpv6) return { ok: true, url: text }
  if (isIpv6(authority))
    return { ok: true, url: `${scheme}[${authority}]${rest}` }

  const portAt = authority.lastIndexOf(':')
  const address = authority.slice(0, portAt)
  const port = authority.slice(portAt + 1)
  if (/^\d{1,5}$/.test(port) && isIpv6(address)) {
    return refuse(
      `An IPv6 address with a port needs square brackets, so the port cannot be mistaken for part of the address: ${scheme}[${address}]:${port}.`,
    )
  }
  return refuse(
    `That is not a valid address. Write it like ${EXAMPLE} or http://[fe80::1]:32400.`,
  )
}

function isIpv6(value: string): boolean {
  try {
    return new URL(`http://[${value}]`).hostname !== ''
  } catch {
    return false
  }
}

function refuse(reason: string): Refusal {
  return { ok: false, reason }
}
