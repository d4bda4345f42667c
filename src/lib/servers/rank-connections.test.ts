import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import {
  type PlexConnection,
  PlexConnectionSchema,
} from '../plex/connection-schema.ts'
import { rankConnections } from './rank-connections.ts'

function connection(
  uri: string,
  flags: { local?: boolean; relay?: boolean } = {},
): PlexConnection {
  return z.parse(PlexConnectionSchema, { uri, ...flags })
}

const relay = connection('https://relay.example:8443', { relay: true })
const remoteHttp = connection('http://203.0.113.5:32400')
const remoteHttps = connection('https://remote.example:32400')
const localHttp = connection('http://192.168.1.20:32400', { local: true })
const localHttps = connection('https://local.example:32400', { local: true })
const all = [relay, remoteHttp, localHttp, remoteHttps, localHttps]

const uris = (list: PlexConnection[]) => list.map((c) => c.uri)

test('local before remote, relay last, https before http', () => {
  const ranked = rankConnections({
    connections: all,
    owned: true,
    publicAddressMatches: false,
  })

  expect(uris(ranked)).toEqual(
    uris([localHttps, localHttp, remoteHttps, remoteHttp, relay]),
  )
})

test("someone else's server: its local addresses are skipped", () => {
  const ranked = rankConnections({
    connections: all,
    owned: false,
    publicAddressMatches: false,
  })

  expect(uris(ranked)).toEqual(uris([remoteHttps, remoteHttp, relay]))
})

test("someone else's server on this network: its local addresses are tried", () => {
  const ranked = rankConnections({
    connections: all,
    owned: false,
    publicAddressMatches: true,
  })

  expect(ranked).toHaveLength(5)
  expect(ranked[0]).toBe(localHttps)
})

test('a listed address is tried once, and the input is left as it was', () => {
  const connections = [remoteHttp, localHttps, remoteHttp]

  const ranked = rankConnections({
    connections,
    owned: true,
    publicAddressMatches: false,
  })

  expect(uris(ranked)).toEqual(uris([localHttps, remoteHttp]))
  expect(connections[0]).toBe(remoteHttp)
})
