import type { PlexServer } from '../../lib/plex/resources.ts'

/**
 * Why looking up sources on this server can only fail, or null when this
 * account owns it. A server answers `/security/resources` for its owner's
 * token alone (PLEX-API.md §5): everyone else gets 403.
 */
export function sourceLookupRefusal(server: PlexServer): string | null {
  if (server.owned) return null
  const owner = server.sourceTitle
    ? `${server.sourceTitle}, who owns it,`
    : 'its owner'
  return `Only ${owner} can look up sources on it: the server refuses everyone else.`
}
