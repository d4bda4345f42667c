import { expect, test } from 'vitest'
import { isLocalNetworkHost } from './local-network.ts'

const hostOf = (url: string) => new URL(url).hostname
const HASH = '0123456789abcdef0123456789abcdef'

test.each([
  'http://127.0.0.1:32400',
  'http://10.0.0.160:32400',
  'http://172.16.0.2:32400',
  'http://172.31.255.255:32400',
  'http://192.168.1.20:32400',
  'http://169.254.10.1:32400',
  'http://100.101.102.103:32400',
  'http://[::1]:32400',
  'http://[fe80::1]:32400',
  'http://[fd12:3456::7]:32400',
  'http://[::ffff:192.168.1.20]:32400',
  'http://localhost:32400',
  'http://plex.localhost',
  'http://nas.local:32400',
  'http://plexserver:32400',
  'http://media.home.arpa',
  'http://NAS.LAN:32400',
  `https://192-168-1-20.${HASH}.plex.direct:32400`,
  `https://127-0-0-1.${HASH}.plex.direct:32400`,
  `https://fe80--1.${HASH}.plex.direct:32400`,
])('%s is only reachable on its own network', (url) => {
  expect(isLocalNetworkHost(hostOf(url))).toBe(true)
})

test.each([
  'https://plex.example.org',
  'http://203.0.113.5:32400',
  'http://172.32.0.1:32400',
  'http://100.128.0.1:32400',
  'http://[2001:db8::10]:32400',
  `https://203-0-113-5.${HASH}.plex.direct:32400`,
  `https://2001-db8--10.${HASH}.plex.direct:32400`,
  `https://198-51-100-77.${HASH}.plex.direct:8443`,
])('%s can be reached from elsewhere', (url) => {
  expect(isLocalNetworkHost(hostOf(url))).toBe(false)
})
