import { getClientIdentifier } from '../session/client-identifier.ts'
import { appVersion, plexProduct } from './config.ts'

/** Browser name, major version and OS, for Plex's device list. */
export interface BrowserDescription {
  browser: string
  browserVersion: string
  os: string
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: readonly [name: string, pattern: RegExp][] = [
  ['Edge', /Edg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /OPR\/(\d+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//],
]

const SYSTEMS: readonly [name: string, pattern: RegExp][] = [
  ['Windows', /Windows/],
  ['iOS', /iPhone|iPad|iPod/],
  ['Android', /Android/],
  ['ChromeOS', /CrOS/],
  ['macOS', /Mac OS X|Macintosh/],
  ['Linux', /Linux/],
]

/** A coarse browser and OS guess from a user-agent string, for Plex's device list. */
export function describeBrowser(userAgent: string): BrowserDescription {
  let browser = 'Web'
  let browserVersion = ''
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(userAgent)
    if (match) {
      browser = name
      browserVersion = match[1] ?? ''
      break
    }
  }
  const os = SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0]
  return { browser, browserVersion, os: os ?? 'Unknown' }
}

/**
 * The headers plex.tv and Plex Media Server expect on every call, without the
 * token (the request adds that). Values are ASCII, as header values must be.
 */
export function plexHeaders(
  userAgent: string = navigator.userAgent,
): Record<string, string> {
  const { browser, browserVersion, os } = describeBrowser(userAgent)
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Plex-Client-Identifier': getClientIdentifier(),
    'X-Plex-Product': plexProduct,
    'X-Plex-Version': appVersion,
    'X-Plex-Platform': browser,
    'X-Plex-Platform-Version': browserVersion,
    'X-Plex-Device': os,
    'X-Plex-Device-Name': `${plexProduct} (${browser})`,
  }
  for (const [name, value] of Object.entries(headers)) {
    headers[name] = value.replace(/[^\x20-\x7e]/g, '')
  }
  return headers
}
