import { http, HttpResponse } from 'msw'
import { expect, onTestFinished, test, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import {
  identityXml,
  PMS_HTTP_URL,
  PMS_HTTPS_URL,
  sourceDeviceFixture,
  sourceLookupXml,
  TEST_SOURCE_TOKEN,
  TEST_TRANSIENT_TOKEN,
  transientTokenXml,
} from '../../testing/fixtures/pms.ts'
import {
  OWNED_SERVER_ID,
  SHARED_SERVER_ID,
  TEST_OWNED_SERVER_TOKEN,
  TEST_SHARED_SERVER_TOKEN,
} from '../../testing/fixtures/plex-resources.ts'
import { server } from '../../testing/msw-server.ts'
import { fakePms, htmlError, xml } from '../../testing/pms-handlers.ts'
import { getSessionToken, saveSessionToken } from '../session/token-store.ts'
import {
  checkToken,
  createTransientToken,
  getIdentity,
  getSourceConnectionInformation,
} from './media-server.ts'
import { PlexError } from './plex-error.ts'

const baseUrl = PMS_HTTPS_URL
const SOURCE = `server://${SHARED_SERVER_ID}`

function installPms(...options: Parameters<typeof fakePms>) {
  const pms = fakePms(...options)
  server.use(...pms.handlers)
  return pms
}

function answer(path: string, respond: () => Response) {
  const seen: Request[] = []
  server.use(
    http.all(`${baseUrl}${path}`, ({ request }) => {
      seen.push(request.clone())
      return respond()
    }),
  )
  return seen
}

async function failure(promise: Promise<unknown>): Promise<PlexError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(PlexError)
  return error as PlexError
}

test('identity says which server answers, without sending a token', async () => {
  saveSessionToken(TEST_TOKEN)
  const pms = installPms()

  const identity = await getIdentity({ baseUrl })

  expect(identity).toEqual({
    machineIdentifier: OWNED_SERVER_ID,
    version: '1.41.0.8992-8463ad060',
    claimed: true,
  })
  expect(pms.requests[0]!.headers.has('X-Plex-Token')).toBe(false)
})

test('identity reads the XML a server sends when it ignores Accept', async () => {
  answer('/identity', () => xml(identityXml()))

  const identity = await getIdentity({ baseUrl })

  expect(identity).toMatchObject({
    machineIdentifier: OWNED_SERVER_ID,
    claimed: true,
  })
})

test('a transient token is made with GET and the server token given', async () => {
  saveSessionToken(TEST_TOKEN)
  const pms = installPms()

  const token = await createTransientToken({
    baseUrl,
    token: TEST_OWNED_SERVER_TOKEN,
  })

  expect(token).toMatch(/^transient-/)
  const request = pms.requests[0]!
  expect(request.method).toBe('GET')
  expect(new URL(request.url).search).toBe('?type=delegation&scope=all')
  expect(request.headers.get('X-Plex-Token')).toBe(TEST_OWNED_SERVER_TOKEN)
})

test("a shared server gets its own access token, never the account's", async () => {
  saveSessionToken(TEST_TOKEN)
  const pms = installPms({
    machineIdentifier: SHARED_SERVER_ID,
    tokens: { [TEST_SHARED_SERVER_TOKEN]: 'shared' },
  })

  await createTransientToken({ baseUrl, token: TEST_SHARED_SERVER_TOKEN })

  expect(pms.requests[0]!.headers.get('X-Plex-Token')).toBe(
    TEST_SHARED_SERVER_TOKEN,
  )
  expect(JSON.stringify([...pms.requests[0]!.headers])).not.toContain(
    TEST_TOKEN,
  )
})

test('a transient token answered only as XML is read', async () => {
  answer('/security/token', () => xml(transientTokenXml()))

  const token = await createTransientToken({
    baseUrl,
    token: TEST_OWNED_SERVER_TOKEN,
  })

  expect(token).toBe(TEST_TRANSIENT_TOKEN)
})

test('a 401 HTML page is "the server refused this token", not a parse error', async () => {
  saveSessionToken(TEST_TOKEN)
  installPms()

  const error = await failure(
    createTransientToken({
      baseUrl,
      token: 'TESTxTOKENxUNKNOWNx09',
      serverName: 'Test Home Server',
    }),
  )

  expect(error).toMatchObject({
    kind: 'unauthorized',
    status: 401,
    endsSession: false,
  })
  expect(error.message).toMatch(
    /^The Plex server “Test Home Server” refused this token\./,
  )
  expect(error.message).not.toMatch(/<|html|understand/i)
  expect(getSessionToken()).toBe(TEST_TOKEN)
})

test.each([
  ['an empty container', () => HttpResponse.json({ MediaContainer: {} })],
  ['a number', () => HttpResponse.json({ MediaContainer: { token: 42 } })],
  ['no prefix', () => xml('<MediaContainer size="0" token="abcdef123456"/>')],
  ['just the prefix', () => xml('<MediaContainer token="transient-"/>')],
  [
    'whitespace',
    () => HttpResponse.json({ MediaContainer: { token: 'transient-a b' } }),
  ],
  [
    'a huge token',
    () =>
      HttpResponse.json({
        MediaContainer: { token: `transient-${'a'.repeat(300)}` },
      }),
  ],
  ['an HTML page', () => HttpResponse.html('<html><body>ok</body></html>')],
])('an answer with %s is unexpected-response', async (_, respond) => {
  allowConsole('warn')
  answer('/security/token', respond)

  const error = await failure(
    createTransientToken({ baseUrl, token: TEST_OWNED_SERVER_TOKEN }),
  )

  expect(error.kind).toBe('unexpected-response')
})

test('a failed mint is tried once', async () => {
  const seen = answer(
    '/security/token',
    () => new HttpResponse(null, { status: 503 }),
  )

  const error = await failure(
    createTransientToken({ baseUrl, token: TEST_OWNED_SERVER_TOKEN }),
  )

  expect(error.kind).toBe('server')
  expect(seen).toHaveLength(1)
})

test('an unreachable server is named, and the message says why it may look so', async () => {
  answer('/security/token', () => HttpResponse.error())

  const error = await failure(
    createTransientToken({
      baseUrl,
      token: TEST_OWNED_SERVER_TOKEN,
      serverName: 'Test Home Server',
    }),
  )

  expect(error.kind).toBe('network')
  expect(error.message).toMatch(
    /^Could not reach the Plex server “Test Home Server”/,
  )
  expect(error.message).toMatch(/refused connection/)
  expect(error.message).toMatch(/CORS/)
  expect(error.message).toMatch(/extension or firewall/)
})

test('checking a token: true while the server takes it, false on 401', async () => {
  const pms = installPms()
  const made = await createTransientToken({
    baseUrl,
    token: TEST_OWNED_SERVER_TOKEN,
  })

  expect(await checkToken({ baseUrl, token: made })).toBe(true)
  expect(await checkToken({ baseUrl, token: 'transient-forgotten-0001' })).toBe(
    false,
  )
  expect(pms.requests.at(-1)!.headers.get('X-Plex-Token')).toBe(
    'transient-forgotten-0001',
  )
})

test('checking a token that cannot be one is false without a request', async () => {
  const pms = installPms()

  expect(await checkToken({ baseUrl, token: 'not a token' })).toBe(false)
  expect(pms.requests).toHaveLength(0)
})

test('checking a token on a server that cannot be reached throws', async () => {
  answer('/', () => HttpResponse.error())

  const error = await failure(
    checkToken({ baseUrl, token: TEST_TRANSIENT_TOKEN }),
  )

  expect(error.kind).toBe('network')
})

test.each([
  [
    'JSON with Device as an array',
    () =>
      HttpResponse.json({
        MediaContainer: { size: 1, Device: [sourceDeviceFixture()] },
      }),
  ],
  [
    'JSON with Device as an object',
    () =>
      HttpResponse.json({
        MediaContainer: { size: 1, Device: sourceDeviceFixture() },
      }),
  ],
  ['XML', () => xml(sourceLookupXml())],
])('source connection information reads %s', async (_, respond) => {
  answer('/security/resources', respond)

  const device = await getSourceConnectionInformation({
    baseUrl,
    token: TEST_OWNED_SERVER_TOKEN,
    source: SOURCE,
  })

  expect(device).toEqual({
    name: "Sam's Server (test_sam)",
    clientIdentifier: SHARED_SERVER_ID,
    accessToken: TEST_SOURCE_TOKEN,
    connections: [
      {
        protocol: 'https',
        address: '10.0.0.9',
        port: 32400,
        uri: 'https://10-0-0-9.fedcba9876543210fedcba9876543210.plex.direct:32400',
        local: true,
        relay: false,
        ipv6: false,
      },
      {
        protocol: 'http',
        address: '198.51.100.20',
        port: 32400,
        uri: 'http://198.51.100.20:32400',
        local: false,
        relay: false,
        ipv6: false,
      },
      {
        protocol: 'https',
        address: '198.51.100.99',
        port: 8443,
        uri: 'https://198-51-100-99.fedcba9876543210fedcba9876543210.plex.direct:8443',
        local: false,
        relay: true,
        ipv6: false,
      },
    ],
  })
})

test('the source goes in the query, with the server token in the header', async () => {
  const pms = installPms()

  await getSourceConnectionInformation({
    baseUrl,
    token: TEST_OWNED_SERVER_TOKEN,
    source: ` ${SOURCE} `,
  })

  const request = pms.requests[0]!
  expect(new URL(request.url).searchParams.get('source')).toBe(SOURCE)
  expect(request.headers.get('X-Plex-Token')).toBe(TEST_OWNED_SERVER_TOKEN)
})

test('a source the server does not know is null', async () => {
  installPms()

  const device = await getSourceConnectionInformation({
    baseUrl,
    token: TEST_OWNED_SERVER_TOKEN,
    source: 'provider://tv.plex.provider.unknown',
  })

  expect(device).toBeNull()
})

test("a 403 on a source lookup is forbidden: not the owner's token", async () => {
  installPms({ tokens: { [TEST_SHARED_SERVER_TOKEN]: 'shared' } })

  const error = await failure(
    getSourceConnectionInformation({
      baseUrl,
      token: TEST_SHARED_SERVER_TOKEN,
      source: SOURCE,
    }),
  )

  expect(error).toMatchObject({ kind: 'forbidden', status: 403 })
  expect(error.message).toMatch(/rights/)
})

test.each([
  [400, 'bad-request'],
  [404, 'not-found'],
] as const)('a %i HTML page on a source lookup is %s', async (status, kind) => {
  answer('/security/resources', () =>
    status === 404
      ? HttpResponse.html('<html><body>404 Not Found</body></html>', {
          status,
        })
      : htmlError(status),
  )

  const error = await failure(
    getSourceConnectionInformation({
      baseUrl,
      token: TEST_OWNED_SERVER_TOKEN,
      source: SOURCE,
    }),
  )

  expect(error).toMatchObject({ kind, status })
})

test('a source without a prefix is refused before anything is sent', async () => {
  const pms = installPms()

  const error = await failure(
    getSourceConnectionInformation({
      baseUrl,
      token: TEST_OWNED_SERVER_TOKEN,
      source: SHARED_SERVER_ID,
    }),
  )

  expect(error.kind).toBe('bad-request')
  expect(error.message).toMatch(/server:\/\/ or provider:\/\//)
  expect(pms.requests).toHaveLength(0)
})

test('from an https page, an http server is mixed content and nothing is sent', async () => {
  vi.stubGlobal('location', new URL('https://plexkey.example.org/servers'))
  onTestFinished(() => void vi.unstubAllGlobals())
  const pms = installPms({ baseUrl: PMS_HTTP_URL })

  const error = await failure(
    createTransientToken({
      baseUrl: PMS_HTTP_URL,
      token: TEST_OWNED_SERVER_TOKEN,
    }),
  )

  expect(error.kind).toBe('mixed-content')
  expect(pms.requests).toHaveLength(0)
})
