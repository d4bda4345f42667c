import * as z from 'zod/mini'
import { log, registerSecret } from '../log.ts'
import { plexRequest } from './request.ts'
import {
  type PlexResource,
  PlexResourceSchema,
  ResourceListSchema,
} from './resource-schema.ts'

/** A Plex Media Server from the account's device list. */
export type PlexServer = PlexResource

/**
 * The servers the session's account owns or has been given, each with its
 * own access token and addresses; other devices and unreadable entries are
 * left out. Throws PlexError unauthorized (ends the session), rate-limited,
 * network, timeout, server or unexpected-response (also for a body that is
 * not a device list).
 */
export async function getServers(
  options: { signal?: AbortSignal } = {},
): Promise<PlexServer[]> {
  const devices = await plexRequest({
    path: '/api/v2/resources',
    query: { includeHttps: 1, includeRelay: 1, includeIPv6: 1 },
    signal: options.signal,
    schema: ResourceListSchema,
  })

  const servers: PlexServer[] = []
  let dropped = 0
  for (const device of devices) {
    const result = z.safeParse(PlexResourceSchema, device)
    if (!result.success) dropped += 1
    else if (result.data.provides.includes('server')) {
      if (result.data.accessToken) registerSecret(result.data.accessToken)
      servers.push(result.data)
    }
  }
  if (dropped > 0) {
    log.info('plex', 'devices left out of the server list: unreadable', {
      path: '/api/v2/resources',
      count: dropped,
    })
  }
  return servers
}
