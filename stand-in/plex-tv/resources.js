// @ts-check
import { sendNegotiated } from '../negotiate.js'
import {
  PLAYERS,
  PUBLIC_ADDRESS,
  SERVERS,
  serverTokenOf,
} from '../pms/catalogue.js'
import { connectionsOf } from '../pms/connections.js'
import { listToXml } from '../xml.js'
import { withSession } from './token-routes.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */
/** @import { AccountFacts } from './demo-data.js' */
/** @import { Include } from '../pms/connections.js' */

/**
 * GET /api/v2/resources: the account's devices. Servers it owns or that are
 * shared with it, each with the server access token for this account, then
 * its players (no access token). JSON is a bare array; XML is
 * `<resources size=…><resource …><connections><connection …/>`.
 * @param {SharedState} state
 */
export function getResources(state) {
  return withSession(state, (c, { account }) => {
    const include = {
      https: flag(c, 'includeHttps'),
      relay: flag(c, 'includeRelay'),
      ipv6: flag(c, 'includeIPv6'),
    }
    const resources = [
      ...serverResources(state, account, include),
      ...playerResources(account),
    ]
    return sendNegotiated(c, 200, resources, () =>
      listToXml('resources', resources),
    )
  })
}

/**
 * @param {SharedState} state
 * @param {AccountFacts} account
 * @param {Include} include
 */
function serverResources(state, account, include) {
  return SERVERS.flatMap((server) => {
    const accessToken = serverTokenOf(server, account.uuid)
    if (!accessToken) return []

    const owned = server.ownerUuid === account.uuid
    const owner = state.accounts.findByUuid(server.ownerUuid)
    const online = server.part !== null
    return [
      {
        name: server.name,
        product: 'Plex Media Server',
        productVersion: state.mediaServers.settings(server).version,
        platform: server.platform,
        platformVersion: server.platformVersion,
        device: server.device,
        clientIdentifier: server.machineIdentifier,
        createdAt: server.createdAt,
        lastSeenAt: online ? isoSeconds(state.now()) : server.lastSeenAt,
        provides: 'server',
        ownerId: owned ? null : (owner?.id ?? null),
        sourceTitle: owned ? null : (owner?.username ?? null),
        publicAddress: PUBLIC_ADDRESS,
        accessToken,
        owned,
        home: false,
        synced: false,
        relay: true,
        presence: online,
        httpsRequired: false,
        // Every caller and every server sit on the same loopback.
        publicAddressMatches: online,
        dnsRebindingProtection: false,
        natLoopbackSupported: false,
        connections:
          server.part === null
            ? []
            : connectionsOf(server, state.ports[server.part], include),
      },
    ]
  })
}

/** @param {AccountFacts} account */
function playerResources(account) {
  return PLAYERS.filter((p) => p.ownerUuid === account.uuid).map((player) => ({
    name: player.name,
    product: player.product,
    productVersion: player.productVersion,
    platform: player.platform,
    platformVersion: player.platformVersion,
    device: player.device,
    clientIdentifier: player.clientIdentifier,
    createdAt: player.createdAt,
    lastSeenAt: player.lastSeenAt,
    provides: player.provides,
    ownerId: null,
    sourceTitle: null,
    publicAddress: PUBLIC_ADDRESS,
    // Players get no token; plex.tv leaves the two DNS flags out for them.
    accessToken: null,
    owned: true,
    home: false,
    synced: false,
    relay: false,
    presence: false,
    httpsRequired: false,
    publicAddressMatches: false,
    connections: [],
  }))
}

/**
 * plex.tv reads 1 (and true) as on; anything else, or nothing, is off.
 * @param {Ctx} c
 * @param {string} name
 */
function flag(c, name) {
  return ['1', 'true'].includes((c.req.query(name) ?? '').toLowerCase())
}

/** @param {number} ms */
function isoSeconds(ms) {
  return new Date(Math.floor(ms / 1000) * 1000)
    .toISOString()
    .replace('.000Z', 'Z')
}
