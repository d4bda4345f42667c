import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import {
  type PlexConnection,
  PlexConnectionSchema,
} from '../../lib/plex/connection-schema.ts'
import { connectionFromUrl } from '../../lib/servers/normalize-server-url.ts'
import { chooseShareAddress, shareLink } from './share-address.ts'

const HASH = '0123456789abcdef0123456789abcdef'

function connection(
  uri: string,
  flags: { local?: boolean; relay?: boolean; IPv6?: boolean } = {},
): PlexConnection {
  return z.parse(PlexConnectionSchema, { uri, ...flags })
}

const localHttp = connection('http://192.168.1.20:32400', { local: true })
const localPlexDirect = connection(
  `https://192-168-1-20.${HASH}.plex.direct:32400`,
  { local: true },
)
const remotePlexDirect = connection(
  `https://203-0-113-5.${HASH}.plex.direct:32400`,
)
const remoteIpv6 = connection(
  `https://2001-db8--10.${HASH}.plex.direct:32400`,
  { IPv6: true },
)
const relay = connection(`https://198-51-100-77.${HASH}.plex.direct:8443`, {
  relay: true,
})
const remoteHttp = connection('http://203.0.113.5:32400')
const proxy = connectionFromUrl('https://plex.example.org')

test("the link leads to the server's remote plex.direct address, not the local one that answered", () => {
  const connections = [localPlexDirect, localHttp, relay, remotePlexDirect]

  expect(chooseShareAddress(connections, localHttp)).toEqual({
    reach: 'internet',
    uri: remotePlexDirect.uri,
    isRelay: false,
    isPlainHttp: false,
  })
})

test('plex.direct before other https, IPv4 before IPv6, relay and then plain http last', () => {
  const order = [remotePlexDirect, proxy, remoteIpv6, relay, remoteHttp]

  for (let first = 0; first < order.length; first += 1) {
    const offered = order.slice(first).toReversed()
    expect(chooseShareAddress([localHttp, ...offered], localHttp).uri).toBe(
      order[first]!.uri,
    )
  }
})

test('only the relay left: the link goes through it, and says so', () => {
  expect(chooseShareAddress([localHttp, relay], localHttp)).toMatchObject({
    reach: 'internet',
    uri: relay.uri,
    isRelay: true,
  })
})

test('an address plex.tv forgot to mark local still counts as local', () => {
  const unmarked = connection('https://10-0-0-9.fedcba.plex.direct:32400')
  const docker = connection('http://172.17.0.2:32400')

  expect(chooseShareAddress([unmarked, docker], docker)).toEqual({
    reach: 'local-network',
    uri: docker.uri,
  })
})

test('a server reached only at an address typed by hand on the LAN: the link works on that network only', () => {
  const typed = connectionFromUrl('http://10.0.0.160:32400')

  expect(chooseShareAddress([typed], typed)).toEqual({
    reach: 'local-network',
    uri: 'http://10.0.0.160:32400',
  })
})

test('a reverse proxy typed by hand is an address for elsewhere', () => {
  expect(chooseShareAddress([proxy, localHttp], localHttp)).toMatchObject({
    reach: 'internet',
    uri: 'https://plex.example.org',
  })
})

test('the link carries the token as X-Plex-Token at the root of the address', () => {
  expect(shareLink(remotePlexDirect.uri, 'transient-a+b')).toBe(
    `${remotePlexDirect.uri}/?X-Plex-Token=transient-a%2Bb`,
  )
})
