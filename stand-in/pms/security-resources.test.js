// @ts-check
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { standIn } from '../testing.js'

const OWNER_ACCOUNT = 'DEMOxOWNERxTOKENxxx1'
const SAM_ACCOUNT = 'DEMOxSAMxTOKENxxxxx1'
const DEMO_FRIEND_SERVER_TOKEN = 'DEMOxSRVxDEMOxFRND01'
const DEMO_SERVER = 'dec0de00dec0de00dec0de00dec0de00dec0de01'
const FRIENDS_SERVER = 'fa11bacc0fa11bacc0fa11bacc0fa11bacc00002'
const ATTIC_SERVER = 'a771c000a771c000a771c000a771c000a771c003'
const FRIENDS_HASH = 'fa11fa11fa11fa11fa11fa11fa110002'

/** @param {string} source */
const lookup = (source) =>
  `/security/resources?source=${encodeURIComponent(source)}`

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['Device', 'Connection'].includes(name),
})

describe('/security/resources on a media server', () => {
  it("shows the owner a shared server's device, connections and a transient token", async () => {
    const { pms } = standIn()

    const response = await pms(
      'demo-server',
      lookup(`server://${FRIENDS_SERVER}`),
      {
        token: OWNER_ACCOUNT,
        json: true,
      },
    )

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({
      MediaContainer: {
        size: 1,
        Device: [
          {
            name: "Friend's Server (demo_sam)",
            clientIdentifier: FRIENDS_SERVER,
            accessToken: expect.stringMatching(/^transient-/),
            Connection: [
              {
                protocol: 'https',
                address: '127.0.0.1',
                uri: `https://127-0-0-1.${FRIENDS_HASH}.plex.direct:32413`,
                port: 32413,
                local: true,
              },
              {
                protocol: 'http',
                address: '127.0.0.1',
                uri: 'http://127.0.0.1:32413',
                port: 32413,
                local: true,
              },
              {
                protocol: 'https',
                address: '203.0.113.10',
                uri: `https://203-0-113-10.${FRIENDS_HASH}.plex.direct:32413`,
                port: 32413,
                local: false,
              },
              {
                protocol: 'https',
                address: '198.51.100.22',
                uri: `https://198-51-100-22.${FRIENDS_HASH}.plex.direct:8443`,
                port: 8443,
                local: false,
                relay: true,
              },
            ],
          },
        ],
      },
    })
  })

  it('answers the same as XML, booleans as 1 and 0', async () => {
    const { pms } = standIn()

    const response = await pms(
      'demo-server',
      lookup(`server://${FRIENDS_SERVER}`),
      {
        token: OWNER_ACCOUNT,
      },
    )

    expect(response.headers.get('content-type')).toBe('text/xml;charset=utf-8')
    const { MediaContainer } = parser.parse(await response.text())
    const [device] = MediaContainer.Device
    expect(MediaContainer.size).toBe('1')
    expect(device.name).toBe("Friend's Server (demo_sam)")
    expect(device.accessToken).toMatch(/^transient-/)
    expect(
      device.Connection.map((/** @type {{ local: string }} */ c) => c.local),
    ).toEqual(['1', '1', '0', '0'])
    expect(device.Connection[3]).toMatchObject({ relay: '1', port: '8443' })
    expect(device.Connection[0]).not.toHaveProperty('relay')
  })

  it("gives a token that works on the source, with the asker's rights there", async () => {
    const { pms } = standIn()
    const response = await pms(
      'demo-server',
      lookup(`server://${FRIENDS_SERVER}`),
      {
        token: OWNER_ACCOUNT,
        json: true,
      },
    )
    const token = (await response.json()).MediaContainer.Device[0].accessToken

    const sections = await pms('friend-server', '/library/sections', { token })
    const accounts = await pms('friend-server', '/accounts', { token })
    const onDemo = await pms('demo-server', '/library/sections', { token })

    expect(sections.status).toBe(200)
    expect(accounts.status).toBe(403)
    expect(onDemo.status).toBe(401)
  })

  it('answers a transient token made from an admin token', async () => {
    const { pms } = standIn()
    const made = await pms(
      'demo-server',
      '/security/token?type=delegation&scope=all',
      {
        token: OWNER_ACCOUNT,
        json: true,
      },
    )
    const token = (await made.json()).MediaContainer.token

    const response = await pms(
      'demo-server',
      lookup(`server://${DEMO_SERVER}`),
      {
        token,
        json: true,
      },
    )

    expect(response.status).toBe(200)
    expect((await response.json()).MediaContainer.Device[0].name).toBe(
      'Demo Server',
    )
  })

  it('answers 403 with an HTML page to a friend, transient or not', async () => {
    const { pms } = standIn()
    const made = await pms(
      'demo-server',
      '/security/token?type=delegation&scope=all',
      {
        token: DEMO_FRIEND_SERVER_TOKEN,
        json: true,
      },
    )
    const transient = (await made.json()).MediaContainer.token

    for (const token of [DEMO_FRIEND_SERVER_TOKEN, transient]) {
      const response = await pms(
        'demo-server',
        lookup(`server://${FRIENDS_SERVER}`),
        {
          token,
          json: true,
        },
      )
      expect(response.status).toBe(403)
      expect(response.headers.get('content-type')).toBe('text/html')
      expect(await response.text()).toBe(
        '<html><head><title>Forbidden</title></head><body><h1>403 Forbidden</h1></body></html>',
      )
    }
  })

  it('answers 401 without a token the server takes', async () => {
    const { pms } = standIn()

    const none = await pms('demo-server', lookup(`server://${FRIENDS_SERVER}`))
    const sams = await pms(
      'demo-server',
      lookup(`server://${FRIENDS_SERVER}`),
      {
        token: SAM_ACCOUNT,
      },
    )

    expect(none.status).toBe(401)
    expect(sams.status).toBe(401)
  })

  it.each([
    ['no source', '/security/resources'],
    ['an empty source', lookup('')],
    ['a bare id', lookup(FRIENDS_SERVER)],
    ['another prefix', lookup(`device://${FRIENDS_SERVER}`)],
    ['a prefix and nothing else', lookup('server://')],
    ['a prefix in capitals', lookup(`SERVER://${FRIENDS_SERVER}`)],
  ])('answers 400 with an HTML page for %s', async (_, path) => {
    const { pms } = standIn()

    const response = await pms('demo-server', path, { token: OWNER_ACCOUNT })

    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/html')
  })

  it.each([
    ['an unknown server', `server://${'0'.repeat(40)}`],
    ['a server its owner has no access to', `server://${DEMO_SERVER}`],
    ['an unknown provider', 'provider://tv.plex.provider.nothing'],
  ])('answers an empty container for %s', async (_, source) => {
    const { pms } = standIn()

    const json = await pms('friend-server', lookup(source), {
      token: SAM_ACCOUNT,
      json: true,
    })
    const xml = await pms('friend-server', lookup(source), {
      token: SAM_ACCOUNT,
    })

    expect(json.status).toBe(200)
    expect(await json.json()).toEqual({ MediaContainer: { size: 0 } })
    expect(await xml.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><MediaContainer size="0"/>',
    )
  })

  it('answers an offline server with no connections', async () => {
    const { pms } = standIn()

    const response = await pms(
      'demo-server',
      lookup(`server://${ATTIC_SERVER}`),
      {
        token: OWNER_ACCOUNT,
        json: true,
      },
    )

    expect((await response.json()).MediaContainer.Device[0]).toMatchObject({
      name: 'Attic Server',
      Connection: [],
    })
  })

  it('knows one cloud provider', async () => {
    const { pms } = standIn()

    const response = await pms(
      'demo-server',
      lookup('provider://tv.plex.provider.epg'),
      { token: OWNER_ACCOUNT, json: true },
    )

    expect((await response.json()).MediaContainer.Device).toEqual([
      {
        name: 'Live TV & DVR',
        clientIdentifier: 'tv.plex.provider.epg',
        accessToken: expect.stringMatching(/^transient-/),
        Connection: [
          {
            protocol: 'https',
            address: 'epg.provider.plex.tv',
            uri: 'https://epg.provider.plex.tv',
            port: 443,
            local: false,
          },
        ],
      },
    ])
  })

  it('does not exist on a server older than 1.15.4', async () => {
    const { control, pms } = standIn()
    await control('/servers', {
      part: 'demo-server',
      version: '1.15.3.876-ad6e39743',
    })

    const old = await pms('demo-server', lookup(`server://${FRIENDS_SERVER}`), {
      token: OWNER_ACCOUNT,
    })
    await control('/servers', {
      part: 'demo-server',
      version: '1.15.4.994-107756f7e',
    })
    const since = await pms(
      'demo-server',
      lookup(`server://${FRIENDS_SERVER}`),
      {
        token: OWNER_ACCOUNT,
      },
    )

    expect(old.status).toBe(404)
    expect(await old.text()).toContain('<h1>404 Not Found</h1>')
    expect(since.status).toBe(200)
  })
})
