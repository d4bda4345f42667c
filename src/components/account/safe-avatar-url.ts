import { plexTvUrl } from '../../lib/plex/config.ts'

/**
 * The avatar URL when it points at plex.tv's image hosts (or the configured
 * plex.tv, e.g. the local stand-in); anything else is not loaded at all.
 */
export function safeAvatarUrl(thumb: string | undefined): string | null {
  if (!thumb) return null
  let url: URL
  try {
    url = new URL(thumb)
  } catch {
    return null
  }
  if (url.origin === new URL(plexTvUrl).origin) return url.href
  const isPlexHost =
    url.hostname === 'plex.tv' || url.hostname.endsWith('.plex.tv')
  return url.protocol === 'https:' && isPlexHost ? url.href : null
}
