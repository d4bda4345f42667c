// NOTE: base URLs come from the build only. Letting the page or its URL set
// them would let a crafted link send someone's password to another host.

/** plex.tv, or the local stand-in in demo and e2e builds. */
export const plexTvUrl = readBaseUrl(
  'VITE_PLEX_TV_URL',
  import.meta.env.VITE_PLEX_TV_URL,
  'https://plex.tv',
)

/**
 * Relay builds (VITE_PLEX_TV_RELAY=true) send plex.tv API calls to this
 * page's own origin, which forwards them (docs/decisions/005-opt-in-relay.md).
 */
export const usesPlexTvRelay = import.meta.env.VITE_PLEX_TV_RELAY === 'true'

/**
 * Where plex.tv API calls go: plex.tv, or the relay. Pages (the link page)
 * and avatars still come from plexTvUrl.
 */
export const plexTvApiUrl = usesPlexTvRelay
  ? `${window.location.origin}${__PLEX_TV_RELAY_PATH__}`
  : plexTvUrl

/** Plex's hosted sign-in page ("app.plex.tv"). */
export const plexAppUrl = readBaseUrl(
  'VITE_PLEX_APP_URL',
  import.meta.env.VITE_PLEX_APP_URL,
  'https://app.plex.tv',
)

/** Demo builds list the stand-in's demo accounts on the sign-in page. */
export const isDemo = import.meta.env.VITE_DEMO === 'true'

/** Sent as `X-Plex-Product`; plex.tv shows it under Authorized Devices. */
export const plexProduct = 'Plexkey'

/** Sent as `X-Plex-Version`; package.json's version, set at build time. */
export const appVersion: string = __APP_VERSION__

/**
 * An http(s) origin (plus optional path) without trailing slashes; the
 * fallback when the variable is unset or empty. Throws on anything else, so a
 * mistyped build setting fails loudly instead of talking to the wrong host.
 */
export function readBaseUrl(
  name: string,
  value: string | undefined,
  fallback: string,
): string {
  const text = value?.trim() || fallback

  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`${name} must be an http(s) URL.`)
  }
  const isHttp = url.protocol === 'https:' || url.protocol === 'http:'
  if (!isHttp || url.username || url.password || url.search || url.hash) {
    throw new Error(
      `${name} must be an http(s) URL without credentials, query or fragment.`,
    )
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
