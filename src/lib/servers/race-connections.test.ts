import { delay, http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import * as z from 'zod/mini'
import { allowConsole } from '../../testing/console-guard.ts'
import { identityJson } from '../../testing/fixtures/pms.ts'
import {
  OWNED_SERVER_ID,
  SHARED_SERVER_ID,
} from '../../testing/fixtures/plex-resources.ts'
import { server } from '../../testing/msw-server.ts'
import {
  type PlexConnection,
  PlexConnectionSchema,
} from '../plex/connection-schema.ts'
import { raceConnections } from './race-connections.ts'

const LOCAL = 'https://192-168-1-20.abc.plex.direct:32400'
const REMOTE = 'https://203-0-113-5.abc.plex.direct:32400'
const RELAY = 'https://198-51-100-77.abc.plex.direct:8443'
const PLAIN = 'http://192.168.1.20:32400'

function connection(uri: string): PlexConnection {
  return z.parse(PlexConnectionSchema, { uri })
}

/** A server at `uri` whose /identity answers as `respond` says. */
function at(uri: string, respond: () => Response | Promise<Response>) {
  const seen: Request[] = []
  server.use(
    http.get(`${uri}/identity`, ({ request }) => {
      seen.push(request)
      return respond()
    }),
  )
  return seen
}

const identityOf = (id: string) => () => HttpResponse.json(identityJson(id))
const never = async () => {
  await delay('infinite')
  return HttpResponse.json({})
}

test('the first address to answer as the server wins; the others are aborted', async () => {
  at(LOCAL, never)
  at(REMOTE, identityOf(OWNED_SERVER_ID))
  const relaySeen = at(RELAY, never)

  const race = await raceConnections({
    connections: [LOCAL, REMOTE, RELAY].map(connection),
    machineIdentifier: OWNED_SERVER_ID,
  })

  expect(race.winner?.uri).toBe(REMOTE)
  expect(race.identity).toMatchObject({
    machineIdentifier: OWNED_SERVER_ID,
    version: '1.41.0.8992-8463ad060',
  })
  expect(race.attempts.map((a) => [a.connection.uri, a.outcome])).toEqual([
    [LOCAL, 'aborted'],
    [REMOTE, 'ok'],
    [RELAY, 'aborted'],
  ])
  expect(relaySeen[0]!.signal.aborted).toBe(true)
})

test('the first answer wins even when a better-ranked address answers later', async () => {
  at(LOCAL, async () => {
    await delay(50)
    return HttpResponse.json(identityJson(OWNED_SERVER_ID))
  })
  at(REMOTE, identityOf(OWNED_SERVER_ID))

  const race = await raceConnections({
    connections: [connection(LOCAL), connection(REMOTE)],
    machineIdentifier: OWNED_SERVER_ID,
  })

  expect(race.winner?.uri).toBe(REMOTE)
})

test('another server at an address is wrong-server, and does not win', async () => {
  at(LOCAL, identityOf(SHARED_SERVER_ID))
  at(REMOTE, async () => {
    await delay(20)
    return HttpResponse.json(identityJson(OWNED_SERVER_ID))
  })

  const race = await raceConnections({
    connections: [connection(LOCAL), connection(REMOTE)],
    machineIdentifier: OWNED_SERVER_ID,
  })

  expect(race.winner?.uri).toBe(REMOTE)
  expect(race.attempts[0]).toMatchObject({
    outcome: 'wrong-server',
    identity: { machineIdentifier: SHARED_SERVER_ID },
  })
})

test('an address that does not answer in time is a timeout', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  at(LOCAL, never)
  at(REMOTE, never)

  const pending = raceConnections({
    connections: [connection(LOCAL), connection(REMOTE)],
    machineIdentifier: OWNED_SERVER_ID,
    timeoutMs: 3_000,
  })
  await vi.advanceTimersByTimeAsync(3_000)
  const race = await pending

  expect(race.winner).toBeNull()
  expect(race.attempts.map((a) => a.outcome)).toEqual(['timeout', 'timeout'])
})

test('the timeout is 5 seconds unless given', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  at(LOCAL, never)

  let isSettled = false
  const pending = raceConnections({ connections: [connection(LOCAL)] })
  void pending.finally(() => (isSettled = true))
  await vi.advanceTimersByTimeAsync(4_999)
  expect(isSettled).toBe(false)
  await vi.advanceTimersByTimeAsync(1)

  expect((await pending).attempts[0]!.outcome).toBe('timeout')
})

test('from an https page an http address is mixed content, and nothing is sent to it', async () => {
  const plainSeen = at(PLAIN, identityOf(OWNED_SERVER_ID))
  at(LOCAL, identityOf(OWNED_SERVER_ID))

  const race = await raceConnections({
    connections: [connection(PLAIN), connection(LOCAL)],
    machineIdentifier: OWNED_SERVER_ID,
    pageProtocol: 'https:',
  })

  expect(race.winner?.uri).toBe(LOCAL)
  expect(race.attempts[0]!.outcome).toBe('mixed-content')
  expect(plainSeen).toHaveLength(0)
})

test('from an http page an http address is tried', async () => {
  at(PLAIN, identityOf(OWNED_SERVER_ID))

  const race = await raceConnections({
    connections: [connection(PLAIN)],
    machineIdentifier: OWNED_SERVER_ID,
    pageProtocol: 'http:',
  })

  expect(race.winner?.uri).toBe(PLAIN)
})

test('refused, blocked and broken answers are told apart from timeouts', async () => {
  allowConsole('warn')
  at(LOCAL, () => HttpResponse.error())
  at(REMOTE, () => HttpResponse.html('<html><body>Router login</body></html>'))
  at(RELAY, () => new HttpResponse(null, { status: 502 }))

  const race = await raceConnections({
    connections: [LOCAL, REMOTE, RELAY].map(connection),
    machineIdentifier: OWNED_SERVER_ID,
  })

  expect(race.winner).toBeNull()
  expect(race.attempts.map((a) => [a.outcome, a.error?.kind])).toEqual([
    ['unreachable', 'network'],
    ['failed', 'unexpected-response'],
    ['failed', 'server'],
  ])
})

test('without an expected server, any Plex server that answers wins', async () => {
  at(PLAIN, identityOf(SHARED_SERVER_ID))

  const race = await raceConnections({ connections: [connection(PLAIN)] })

  expect(race.winner?.uri).toBe(PLAIN)
  expect(race.identity?.machineIdentifier).toBe(SHARED_SERVER_ID)
})

test('no connections is no winner', async () => {
  expect(await raceConnections({ connections: [] })).toEqual({
    winner: null,
    identity: null,
    attempts: [],
  })
})

test("the caller's abort stops every probe and rejects with an AbortError", async () => {
  const seen = at(LOCAL, never)
  const controller = new AbortController()

  const pending = raceConnections({
    connections: [connection(LOCAL)],
    signal: controller.signal,
  })
  await vi.waitFor(() => expect(seen).toHaveLength(1))
  controller.abort()

  await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  expect(seen[0]!.signal.aborted).toBe(true)
})

test('an already aborted race sends nothing', async () => {
  const seen = at(LOCAL, identityOf(OWNED_SERVER_ID))

  await expect(
    raceConnections({
      connections: [connection(LOCAL)],
      signal: AbortSignal.abort(),
    }),
  ).rejects.toMatchObject({ name: 'AbortError' })
  expect(seen).toHaveLength(0)
})
