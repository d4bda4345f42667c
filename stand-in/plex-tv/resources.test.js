// @ts-check
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { CLIENT, errorCode, standIn } from '../testing.js'

const OWNER_ACCOUNT = 'DEMOxOWNERxTOKENxxx1'
const FRIEND_ACCOUNT = 'DEMOxFRIENDxTOKENxx1'
const SAM_ACCOUNT = 'DEMOxSAMxTOKENxxxxx1'
const ALL = '?includeHttps=1&includeRelay=1&includeIPv6=1'

// The fields of examples/resources-200.json, in plex.tv's order.
// prettier-ignore
const SERVER_FIELDS = [
  'name', 'product', 'productVersion', 'platform', 'platformVersion',
  'device', 'clientIdentifier', 'createdAt', 'lastSeenAt', 'provides',
  'ownerId', 'sourceTitle', 'publicAddress', 'accessToken', 'owned', 'home',
  'synced', 'relay', 'presence', 'httpsRequired', 'publicAddressMatches',
  'dnsRebindingProtection', 'natLoopbackSupported', 'connections',
]
const PLAYER_FIELDS = SERVER_FIELDS.filter(
  (f) => !['dnsRebindingProtection', 'natLoopbackSupported'].includes(f),
)

/**
 * @param {ReturnType<typeof standIn>} parts
 * @param {string} token
 * @param {{ query?: string, json?: boolean, clientIdentifier?: string }} [options]
 */
function resources(
  parts,
  token,
  { query = ALL, json = true, clientIdentifier = CLIENT } = {},
) {
  return parts.plexTv.request(`/api/v2/resources${query}`, {
    headers: {
      ...(json ? { Accept: 'application/json' } : {}),
      ...(clientIdentifier
        ? { 'X-Plex-Client-Identifier': clientIdentifier }
        : {}),
      'X-Plex-Token': token,
    },
  })
}

/** @param {Response} response */
async function list(response) {
  return /** @type {Record<string, any>[]} */ (await response.json())
}

describe('GET /api/v2/resources', () => {
  it("lists the owner's servers, the shared one, the offline one and a player", async () => {
    const parts = standIn()

    const response = await resources(parts, OWNER_ACCOUNT)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    )
    const [demo, friends, attic, player, ...rest] = await list(response)
    expect(rest).toEqual([])
    expect(Object.keys(demo ?? {})).toEqual(SERVER_FIELDS)
    expect(demo).toMatchObject({
      name: 'Demo Server',
      product: 'Plex Media Server',
      clientIdentifier: 'dec0de00dec0de00dec0de00dec0de00dec0de01',
      provides: 'server',
      owned: true,
      ownerId: null,
      sourceTitle: null,
      accessToken: 'DEMOxSRVxDEMOxOWNER1',
      presence: true,
      httpsRequired: false,
      publicAddressMatches: true,
      lastSeenAt: '2026-01-01T12:00:00Z',
    })
    expect(friends).toMatchObject({
      name: "Friend's Server",
      clientIdentifier: 'fa11bacc0fa11bacc0fa11bacc0fa11bacc00002',
      owned: false,
      ownerId: 20000004,
      sourceTitle: 'demo_sam',
      accessToken: 'DEMOxSRVxFRNDxOWNER1',
      presence: true,
    })
    expect(attic).toMatchObject({
      name: 'Attic Server',
      owned: true,
      presence: false,
      connections: [],
    })
    expect(Object.keys(player ?? {})).toEqual(PLAYER_FIELDS)
    expect(player).toMatchObject({
      name: 'Living Room TV',
      provides: 'player,pubsub-player',
      accessToken: null,
      connections: [],
    })
  })

  it('gives the friend the shared Demo Server with its own server token', async () => {
    const parts = standIn()

    const servers = await list(await resources(parts, FRIEND_ACCOUNT))

    expect(servers).toHaveLength(1)
    expect(servers[0]).toMatchObject({
      name: 'Demo Server',
      owned: false,
      ownerId: 20000001,
      sourceTitle: 'demo_owner',
      accessToken: 'DEMOxSRVxDEMOxFRND01',
    })
    expect(servers[0]?.accessToken).not.toBe(FRIEND_ACCOUNT)
  })

  it('gives sam only the server sam owns, and an account with none nothing', async () => {
    const parts = standIn()
    const added = await (
      await parts.control('/accounts', {
        email: 'nobody@example.com',
        password: 'pw',
      })
    ).json()

    const sams = await list(await resources(parts, SAM_ACCOUNT))
    const none = await list(await resources(parts, added.token))

    expect(sams.map((r) => [r.name, r.owned, r.accessToken])).toEqual([
      ["Friend's Server", true, 'DEMOxSRVxFRNDxSAMxx1'],
    ])
    expect(none).toEqual([])
  })

  it('points the connections at the running servers, local first, relay last', async () => {
    const parts = standIn()

    const [demo] = await list(await resources(parts, OWNER_ACCOUNT))

    const hash = '0de0de0de0de0de0de0de0de0de0de01'
    expect(demo?.connections).toEqual([
      {
        protocol: 'https',
        address: '127.0.0.1',
        port: 32412,
        uri: `https://127-0-0-1.${hash}.plex.direct:32412`,
        local: true,
        relay: false,
        IPv6: false,
      },
      {
        protocol: 'http',
        address: '127.0.0.1',
        port: 32412,
        uri: 'http://127.0.0.1:32412',
        local: true,
        relay: false,
        IPv6: false,
      },
      {
        protocol: 'https',
        address: '203.0.113.10',
        port: 32412,
        uri: `https://203-0-113-10.${hash}.plex.direct:32412`,
        local: false,
        relay: false,
        IPv6: false,
      },
      {
        protocol: 'https',
        address: '2001:db8::10',
        port: 32412,
        uri: `https://2001-db8--10.${hash}.plex.direct:32412`,
        local: false,
        relay: false,
        IPv6: true,
      },
      {
        protocol: 'https',
        address: '198.51.100.21',
        port: 8443,
        uri: `https://198-51-100-21.${hash}.plex.direct:8443`,
        local: false,
        relay: true,
        IPv6: false,
      },
    ])
  })

  it.each([
    ['', ['http://127.0.0.1:32412', 'http://203.0.113.10:32412']],
    [
      '?includeHttps=1',
      [
        'https://127-0-0-1.0de0de0de0de0de0de0de0de0de0de01.plex.direct:32412',
        'http://127.0.0.1:32412',
        'https://203-0-113-10.0de0de0de0de0de0de0de0de0de0de01.plex.direct:32412',
      ],
    ],
    [
      '?includeRelay=1&includeIPv6=1',
      [
        'http://127.0.0.1:32412',
        'http://203.0.113.10:32412',
        'http://[2001:db8::10]:32412',
        'https://198-51-100-21.0de0de0de0de0de0de0de0de0de0de01.plex.direct:8443',
      ],
    ],
    [
      '?includeHttps=0&includeRelay=false',
      ['http://127.0.0.1:32412', 'http://203.0.113.10:32412'],
    ],
  ])('honours the include flags: %s', async (query, uris) => {
    const parts = standIn()

    const [demo] = await list(await resources(parts, OWNER_ACCOUNT, { query }))

    expect(
      demo?.connections.map((/** @type {{ uri: string }} */ c) => c.uri),
    ).toEqual(uris)
  })

  it('answers XML as <resources> with <connections> children', async () => {
    const parts = standIn()
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['resource', 'connection'].includes(name),
    })

    const response = await resources(parts, OWNER_ACCOUNT, { json: false })

    expect(response.headers.get('content-type')).toBe(
      'application/xml; charset=utf-8',
    )
    const text = await response.text()
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><resources size="4"><resource /,
    )
    const { resources: root } = parser.parse(text)
    const [demo, friends, , player] = root.resource
    expect(demo).toMatchObject({
      owned: '1',
      presence: '1',
      accessToken: 'DEMOxSRVxDEMOxOWNER1',
    })
    expect(demo).not.toHaveProperty('ownerId')
    expect(demo.connections.connection).toHaveLength(5)
    expect(demo.connections.connection[1]).toEqual({
      protocol: 'http',
      address: '127.0.0.1',
      port: '32412',
      uri: 'http://127.0.0.1:32412',
      local: '1',
      relay: '0',
      IPv6: '0',
    })
    expect(friends).toMatchObject({
      name: "Friend's Server",
      ownerId: '20000004',
      sourceTitle: 'demo_sam',
    })
    expect(player).not.toHaveProperty('accessToken')
    expect(player.provides).toBe('player,pubsub-player')
  })

  it('shows the version a test gave a server', async () => {
    const parts = standIn()
    await parts.control('/servers', {
      part: 'demo-server',
      version: '1.14.1.5488-cc260c476',
    })

    const [demo] = await list(await resources(parts, OWNER_ACCOUNT))

    expect(demo?.productVersion).toBe('1.14.1.5488-cc260c476')
  })

  it('answers 401 1001 without a valid token and 400 1000 without a client identifier', async () => {
    const parts = standIn()

    const unknown = await resources(parts, 'DEMOxUNKNOWNxTOKENx1')
    const serverToken = await resources(parts, 'DEMOxSRVxDEMOxOWNER1')
    const anonymous = await resources(parts, OWNER_ACCOUNT, {
      clientIdentifier: '',
    })

    expect(unknown.status).toBe(401)
    expect(await errorCode(unknown)).toBe(1001)
    expect(serverToken.status).toBe(401)
    expect(anonymous.status).toBe(400)
    expect(await errorCode(anonymous)).toBe(1000)
  })
})
