// @ts-check
import { DEMO_ACCOUNTS } from '../plex-tv/demo-data.js'

/** @import { PartName } from '../types.js' */

// Every value here is synthetic, like the demo accounts. Server tokens look
// fake at a glance on purpose.

/** The oldest Plex Media Server that answers /security/resources. */
export const SOURCE_LOOKUP_SINCE = '1.15.4'

/** A version too old for source lookup, for tests that need one. */
export const OLD_VERSION = '1.14.1.5488-cc260c476'

/** The public address every demo server shares: all of them are on loopback. */
export const PUBLIC_ADDRESS = '203.0.113.10'

/**
 * One library section. `shared` sections are the ones friends see.
 * @typedef {{ key: string, type: string, title: string, shared: boolean }} Section
 */

/**
 * A demo Plex Media Server as plex.tv and the server itself know it.
 * `part` is the stand-in part that runs it, or null for a server that is
 * offline. `tokens` are the server access tokens plex.tv hands out, one per
 * account with access; the owner's comes first.
 * @typedef {{
 *   machineIdentifier: string,
 *   part: PartName | null,
 *   name: string,
 *   version: string,
 *   platform: string,
 *   platformVersion: string,
 *   device: string,
 *   createdAt: string,
 *   lastSeenAt: string,
 *   plexDirectHash: string,
 *   relayAddress: string,
 *   ownerUuid: string,
 *   tokens: readonly { accountUuid: string, token: string }[],
 *   sections: readonly Section[],
 * }} ServerFacts
 */

/**
 * A device that is not a server: plex.tv lists it with no access token.
 * @typedef {{
 *   name: string,
 *   product: string,
 *   productVersion: string,
 *   platform: string,
 *   platformVersion: string,
 *   device: string,
 *   clientIdentifier: string,
 *   createdAt: string,
 *   lastSeenAt: string,
 *   provides: string,
 *   ownerUuid: string,
 * }} PlayerFacts
 */

/**
 * A cloud media provider a server knows, for `provider://` sources.
 * @typedef {{ identifier: string, name: string, host: string }} ProviderFacts
 */

/** @param {string} email */
function uuidOf(email) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email)
  if (!account) throw new Error(`no demo account ${email}`)
  return account.uuid
}

const OWNER = uuidOf('owner@example.com')
const FRIEND = uuidOf('friend@example.com')
const SAM = uuidOf('sam@example.com')

const SECTIONS = [
  { key: '1', type: 'movie', title: 'Movies', shared: true },
  { key: '2', type: 'show', title: 'TV Shows', shared: true },
  { key: '3', type: 'photo', title: 'Family Photos', shared: false },
]

/** @type {readonly ServerFacts[]} */
export const SERVERS = [
  {
    machineIdentifier: 'dec0de00dec0de00dec0de00dec0de00dec0de01',
    part: 'demo-server',
    name: 'Demo Server',
    version: '1.41.3.9314-a0bfb8370',
    platform: 'Linux',
    platformVersion: '6.1.0',
    device: 'Docker Container',
    createdAt: '2021-03-01T00:00:00Z',
    lastSeenAt: '2026-01-01T00:00:00Z',
    plexDirectHash: '0de0de0de0de0de0de0de0de0de0de01',
    relayAddress: '198.51.100.21',
    ownerUuid: OWNER,
    tokens: [
      { accountUuid: OWNER, token: 'DEMOxSRVxDEMOxOWNER1' },
      { accountUuid: FRIEND, token: 'DEMOxSRVxDEMOxFRND01' },
    ],
    sections: SECTIONS,
  },
  {
    machineIdentifier: 'fa11bacc0fa11bacc0fa11bacc0fa11bacc00002',
    part: 'friend-server',
    name: "Friend's Server",
    version: '1.40.5.8854-f36c552fd',
    platform: 'Windows',
    platformVersion: '10.0 (Build 19045)',
    device: 'PC',
    createdAt: '2020-05-05T00:00:00Z',
    lastSeenAt: '2026-01-01T00:00:00Z',
    plexDirectHash: 'fa11fa11fa11fa11fa11fa11fa110002',
    relayAddress: '198.51.100.22',
    ownerUuid: SAM,
    tokens: [
      { accountUuid: SAM, token: 'DEMOxSRVxFRNDxSAMxx1' },
      { accountUuid: OWNER, token: 'DEMOxSRVxFRNDxOWNER1' },
    ],
    sections: SECTIONS.slice(0, 2),
  },
  {
    machineIdentifier: 'a771c000a771c000a771c000a771c000a771c003',
    part: null,
    name: 'Attic Server',
    version: '1.32.8.7639-fb6452ebf',
    platform: 'Linux',
    platformVersion: '5.15.0',
    device: 'Raspberry Pi',
    createdAt: '2019-09-09T00:00:00Z',
    lastSeenAt: '2025-06-30T18:00:00Z',
    plexDirectHash: 'a771ca771ca771ca771ca771ca770003',
    relayAddress: '198.51.100.23',
    ownerUuid: OWNER,
    tokens: [{ accountUuid: OWNER, token: 'DEMOxSRVxATTICxOWNR1' }],
    sections: [],
  },
]

/** @type {readonly PlayerFacts[]} */
export const PLAYERS = [
  {
    name: 'Living Room TV',
    product: 'Plex for Roku',
    productVersion: '8.0.0',
    platform: 'Roku',
    platformVersion: '12.5',
    device: 'Roku Ultra',
    clientIdentifier: 'demo-player-living-room-0001',
    createdAt: '2023-03-03T00:00:00Z',
    lastSeenAt: '2025-12-31T20:00:00Z',
    provides: 'player,pubsub-player',
    ownerUuid: OWNER,
  },
]

/** @type {readonly ProviderFacts[]} */
export const PROVIDERS = [
  {
    identifier: 'tv.plex.provider.epg',
    name: 'Live TV & DVR',
    host: 'epg.provider.plex.tv',
  },
]

/** @param {PartName} part */
export function serverOfPart(part) {
  const server = SERVERS.find((s) => s.part === part)
  if (!server) throw new Error(`no media server runs as ${part}`)
  return server
}

/** @param {string} machineIdentifier */
export function findServer(machineIdentifier) {
  return SERVERS.find((s) => s.machineIdentifier === machineIdentifier)
}

/**
 * @param {unknown} part
 * @returns {part is PartName}
 */
export function isServerPart(part) {
  return SERVERS.some((s) => s.part !== null && s.part === part)
}

/**
 * The server access token plex.tv gives this account, if it has access.
 * @param {ServerFacts} server
 * @param {string} accountUuid
 */
export function serverTokenOf(server, accountUuid) {
  return server.tokens.find((t) => t.accountUuid === accountUuid)?.token
}

/**
 * Compares dotted version numbers, ignoring any build suffix.
 * @param {string} version
 * @param {string} minimum
 */
export function isAtLeast(version, minimum) {
  const parse = (/** @type {string} */ v) =>
    (v.split('-')[0] ?? '').split('.').map((n) => Number(n) || 0)
  const have = parse(version)
  const want = parse(minimum)
  for (let i = 0; i < Math.max(have.length, want.length); i += 1) {
    const a = have[i] ?? 0
    const b = want[i] ?? 0
    if (a !== b) return a > b
  }
  return true
}
