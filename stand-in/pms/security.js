// @ts-check
import { randomUUID } from 'node:crypto'
import { authenticate, grantOf } from './access.js'
import {
  PROVIDERS,
  SOURCE_LOOKUP_SINCE,
  findServer,
  isAtLeast,
  serverTokenOf,
} from './catalogue.js'
import { connectionsOf } from './connections.js'
import { sendContainer, sendHtmlError } from './respond.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */
/** @import { ServerFacts } from './catalogue.js' */

/**
 * GET or POST /security/token?type=delegation&scope=all: a transient token
 * with the rights of the token that asked. The token is checked first, so
 * a bad token with bad parameters gets 401.
 * @param {SharedState} state
 * @param {ServerFacts} server
 */
export function transientToken(state, server) {
  /** @param {Ctx} c */
  return (c) => {
    const grant = authenticate(state, server, c)
    if (!grant) return sendHtmlError(c, 401)
    if (
      c.req.query('type') !== 'delegation' ||
      c.req.query('scope') !== 'all'
    ) {
      return sendHtmlError(c, 400)
    }

    const token = state.mediaServers.mintTransient(server, grant)
    return sendContainer(c, { size: 0, token })
  }
}

/**
 * GET /security/resources?source=server://<id> or provider://<id>. Absent
 * before PMS 1.15.4 (404). Then: 401 for a token the server refuses, 403
 * for one without admin rights, 400 for a source without a known prefix,
 * and an empty container for a source the server does not know.
 * @param {SharedState} state
 * @param {ServerFacts} server
 */
export function sourceResources(state, server) {
  /** @param {Ctx} c */
  return (c) => {
    const { version } = state.mediaServers.settings(server)
    if (!isAtLeast(version, SOURCE_LOOKUP_SINCE)) return sendHtmlError(c, 404)

    const grant = authenticate(state, server, c)
    if (!grant) return sendHtmlError(c, 401)
    if (grant.rights !== 'admin') return sendHtmlError(c, 403)

    const source = /^(server|provider):\/\/(.+)$/.exec(
      c.req.query('source') ?? '',
    )
    const [, kind, id = ''] = source ?? []
    if (!kind) return sendHtmlError(c, 400)

    const device =
      kind === 'server' ? serverDevice(state, server, id) : providerDevice(id)
    return sendContainer(
      c,
      device ? { size: 1, Device: [device] } : { size: 0 },
    )
  }
}

/**
 * A server the asked server's owner can reach, with a transient token
 * minted on that server for the owner: admin on their own servers, shared
 * on servers shared with them.
 * @param {SharedState} state
 * @param {ServerFacts} asked
 * @param {string} id
 */
function serverDevice(state, asked, id) {
  const source = findServer(id)
  const owner = asked.ownerUuid
  if (!source || !serverTokenOf(source, owner)) return undefined

  const connections = source.part
    ? connectionsOf(source, state.ports[source.part], {
        https: true,
        relay: true,
        ipv6: false,
      })
    : []
  const sourceOwner = state.accounts.findByUuid(source.ownerUuid)
  const isOwn = source.ownerUuid === owner
  return {
    name: isOwn ? source.name : `${source.name} (${sourceOwner?.username})`,
    clientIdentifier: source.machineIdentifier,
    accessToken: state.mediaServers.mintTransient(
      source,
      grantOf(source, owner),
    ),
    Connection: connections.map(
      ({ protocol, address, uri, port, local, relay }) => ({
        protocol,
        address,
        uri,
        port,
        local,
        // As in Plex's own example: relay is only named when it is one.
        ...(relay ? { relay } : {}),
      }),
    ),
  }
}

/**
 * A cloud provider every demo server knows. Its token works nowhere here,
 * as no provider runs.
 * @param {string} id
 */
function providerDevice(id) {
  const provider = PROVIDERS.find((p) => p.identifier === id)
  if (!provider) return undefined

  return {
    name: provider.name,
    clientIdentifier: provider.identifier,
    accessToken: `transient-${randomUUID()}`,
    Connection: [
      {
        protocol: 'https',
        address: provider.host,
        uri: `https://${provider.host}`,
        port: 443,
        local: false,
      },
    ],
  }
}
