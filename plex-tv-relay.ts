// The opt-in plex.tv relay (VITE_PLEX_TV_RELAY=true): `vite dev` and
// `vite preview` forward the app's plex.tv API calls from a same-origin
// path to VITE_PLEX_TV_URL, for setups where plex.tv refuses this page's
// cross-origin requests. Why it is opt-in:
// docs/decisions/005-opt-in-relay.md. The README has the same rule for
// nginx.
import type { IncomingMessage } from 'node:http'
import type { ProxyOptions } from 'vite'

/** Where a relay build sends plex.tv API calls, on the page's own origin. */
export const plexTvRelayPath = '/plex-tv-relay'

/** Only the API is relayed: never a plex.tv page, which would run here. */
export const relayedPrefix = `${plexTvRelayPath}/api/`

// Everything else the browser adds stays behind: cookies (the page's own),
// Origin and Referer (plex.tv has no business with this page's address),
// Authorization, and whatever an extension sets.
const FORWARDED_REQUEST_HEADER =
  /^(host|accept|accept-language|content-type|content-length|transfer-encoding|user-agent|x-plex-[a-z0-9-]+)$/

// An answer of plex.tv served from this origin must not be able to run as a
// page here, nor leave cookies behind.
const RELAYED_ANSWER_HEADERS = {
  'content-security-policy': "default-src 'none'; sandbox",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
}

/** Whether a build setting turns the relay on; anything unclear throws. */
export function isRelayOn(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new Error(
    `VITE_PLEX_TV_RELAY must be true or false, not ${JSON.stringify(value)}.`,
  )
}

/** The request headers the relay passes on to plex.tv. */
export function forwardedHeaderNames(names: readonly string[]): string[] {
  return names.filter((name) => FORWARDED_REQUEST_HEADER.test(name))
}

/** A path the relay refuses: outside the API, or climbing out of it. */
export function isRefusedPath(url: string | undefined): boolean {
  if (url === undefined || !url.startsWith(relayedPrefix)) return true
  // `..` (plain or encoded) could reach a plex.tv page after the prefix.
  const path = url.slice(relayedPrefix.length).split('?')[0] ?? ''
  return /\.\.|%2e|%2f|%5c|\\/i.test(path)
}

/** Vite's `server.proxy` / `preview.proxy` entry for the relay. */
export function plexTvRelay(plexTvUrl: string): Record<string, ProxyOptions> {
  return {
    [relayedPrefix]: {
      target: plexTvUrl,
      // Host (and, for https, the TLS server name) become plex.tv's.
      changeOrigin: true,
      secure: true,
      xfwd: false,
      ws: false,
      followRedirects: false,
      proxyTimeout: 20_000,
      rewrite: (path) => path.slice(plexTvRelayPath.length),
      bypass: (request: IncomingMessage) =>
        isRefusedPath(request.url) ? false : undefined,
      configure: (proxy) => {
        proxy.on('proxyReq', (proxyRequest) => {
          const names = proxyRequest.getHeaderNames()
          const kept = new Set(forwardedHeaderNames(names))
          for (const name of names) {
            if (!kept.has(name)) proxyRequest.removeHeader(name)
          }
        })
        proxy.on('proxyRes', (proxyResponse) => {
          delete proxyResponse.headers['set-cookie']
          Object.assign(proxyResponse.headers, RELAYED_ANSWER_HEADERS)
        })
      },
    },
  }
}
