import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import {
  OFFLINE_SERVER_ID,
  OWNED_SERVER_ID,
  ownedServerFixture,
  playerFixture,
  plexResourcesFixture,
  plexResourcesXml,
  SHARED_SERVER_ID,
  sharedServerFixture,
  TEST_OWNED_SERVER_TOKEN,
  TEST_SHARED_SERVER_TOKEN,
} from '../../testing/fixtures/plex-resources.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { xml } from '../../testing/pms-handlers.ts'
import { saveSessionToken } from '../session/token-store.ts'
import { PlexError } from './plex-error.ts'
import { getServers } from './resources.ts'

function answer(respond: () => Response) {
  const seen: Request[] = []
  server.use(
    http.get(plexTv('/api/v2/resources'), ({ request }) => {
      seen.push(request.clone())
      return respond()
    }),
  )
  return seen
}

test('asks plex.tv for every kind of address with the session token', async () => {
  saveSessionToken(TEST_TOKEN)
  const seen = answer(() => HttpResponse.json(plexResourcesFixture()))

  await getServers()

  const url = new URL(seen[0]!.url)
  expect(url.searchParams.get('includeHttps')).toBe('1')
  expect(url.searchParams.get('includeRelay')).toBe('1')
  expect(url.searchParams.get('includeIPv6')).toBe('1')
  expect(seen[0]!.headers.get('X-Plex-Token')).toBe(TEST_TOKEN)
})

test('lists the servers next to a player whose accessToken is null, and not the player', async () => {
  saveSessionToken(TEST_TOKEN)

  const servers = await getServers()

  expect(servers.map((s) => s.clientIdentifier)).toEqual([
    OWNED_SERVER_ID,
    SHARED_SERVER_ID,
    OFFLINE_SERVER_ID,
  ])
})

test('each server keeps its own access token, owner and addresses', async () => {
  saveSessionToken(TEST_TOKEN)

  const [owned, shared, offline] = await getServers()

  expect(owned).toMatchObject({
    name: 'Test Home Server',
    accessToken: TEST_OWNED_SERVER_TOKEN,
    owned: true,
    presence: true,
    productVersion: '1.41.0.8992-8463ad060',
  })
  expect(owned!.connections).toHaveLength(4)
  expect(shared).toMatchObject({
    accessToken: TEST_SHARED_SERVER_TOKEN,
    owned: false,
    sourceTitle: 'test_sam',
  })
  expect(offline).toMatchObject({ presence: false, connections: [] })
})

test('reads the XML form the same as JSON', async () => {
  saveSessionToken(TEST_TOKEN)
  answer(() => xml(plexResourcesXml()))
  const fromXml = await getServers()
  answer(() => HttpResponse.json(plexResourcesFixture()))

  const fromJson = await getServers()

  expect(fromXml).toEqual(fromJson)
})

test.each([
  ['an empty XML list', '<resources size="0"/>'],
  ['an empty MediaContainer', '<MediaContainer size="0"/>'],
])('%s is no servers', async (_, body) => {
  saveSessionToken(TEST_TOKEN)
  answer(() => xml(body))

  expect(await getServers()).toEqual([])
})

test('reads a MediaContainer of Device elements with repeated Connection', async () => {
  saveSessionToken(TEST_TOKEN)
  answer(() =>
    xml(
      `<MediaContainer size="1"><Device name="Test Home Server" clientIdentifier="${OWNED_SERVER_ID}" provides="server" accessToken="${TEST_OWNED_SERVER_TOKEN}" owned="1"><Connection uri="https://192-168-1-20.abc.plex.direct:32400" local="1"/></Device></MediaContainer>`,
    ),
  )

  const [only] = await getServers()

  expect(only).toMatchObject({
    accessToken: TEST_OWNED_SERVER_TOKEN,
    owned: true,
    connections: [{ protocol: 'https', port: 32400, local: true }],
  })
})

test('one unreadable device is dropped, never the list', async () => {
  saveSessionToken(TEST_TOKEN)
  answer(() =>
    HttpResponse.json([
      { name: 'No identifier', provides: 'server' },
      'not a device',
      ownedServerFixture(),
    ]),
  )

  const servers = await getServers()

  expect(servers.map((s) => s.clientIdentifier)).toEqual([OWNED_SERVER_ID])
})

test('odd fields read leniently: booleans as 1 or "1", missing flags, null token', async () => {
  saveSessionToken(TEST_TOKEN)
  answer(() =>
    HttpResponse.json([
      sharedServerFixture({
        owned: 1,
        presence: '1',
        publicAddressMatches: 'true',
        accessToken: null,
        dnsRebindingProtection: undefined,
        ownerId: 'not a number',
        extraSecret: 'TESTxDROPPEDxFIELD01',
      }),
    ]),
  )

  const [shared] = await getServers()

  expect(shared).toMatchObject({
    owned: true,
    presence: true,
    publicAddressMatches: true,
    accessToken: null,
    ownerId: undefined,
  })
  expect(shared!.dnsRebindingProtection).toBeUndefined()
  expect(JSON.stringify(shared)).not.toContain('TESTxDROPPEDxFIELD01')
})

test('devices that provide more than a server are servers too', async () => {
  saveSessionToken(TEST_TOKEN)
  answer(() =>
    HttpResponse.json([
      playerFixture({ provides: 'client, server ,player' }),
      playerFixture({ provides: 'serverless' }),
    ]),
  )

  expect(await getServers()).toHaveLength(1)
})

test.each([
  ['an object', () => HttpResponse.json({ resources: 'maintenance' })],
  ['an error body with status 200', () => HttpResponse.json({ error: 'x' })],
  ['HTML', () => HttpResponse.html('<html><body>Down</body></html>')],
])(
  'a body that is not a list (%s) is a plex.tv error, not "no servers"',
  async (_, respond) => {
    allowConsole('warn')
    saveSessionToken(TEST_TOKEN)
    answer(respond)

    const error: unknown = await getServers().catch((e: unknown) => e)

    expect(error).toBeInstanceOf(PlexError)
    expect(error).toMatchObject({ kind: 'unexpected-response' })
    expect((error as PlexError).message).toMatch(/plex\.tv/)
  },
)

test('a 401 from plex.tv ends the session', async () => {
  saveSessionToken('TESTxTOKENxSTALEx0009')

  await expect(getServers()).rejects.toMatchObject({
    kind: 'unauthorized',
    endsSession: true,
  })
})
