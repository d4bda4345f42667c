import { expect, test } from 'vitest'
import {
  connectionFromUrl,
  normalizeServerUrl,
  withPlexPort,
} from './normalize-server-url.ts'

test.each([
  ['10.0.0.160:32400', 'http://10.0.0.160:32400', 32400, 'typed'],
  [
    'https://plex.example.org/',
    'https://plex.example.org',
    443,
    'scheme-default',
  ],
  [
    'http://192.168.1.20:32400/web/index.html#!/',
    'http://192.168.1.20:32400',
    32400,
    'typed',
  ],
  [' http://192.168.1.20:32400 ', 'http://192.168.1.20:32400', 32400, 'typed'],
  [
    '\thttp://192.168.1.20:32400/\n',
    'http://192.168.1.20:32400',
    32400,
    'typed',
  ],
  [
    'HTTPS://Plex.Example.ORG:443/web',
    'https://plex.example.org',
    443,
    'typed',
  ],
  ['http://plex.example.org', 'http://plex.example.org', 80, 'scheme-default'],
  ['localhost:32400', 'http://localhost:32400', 32400, 'typed'],
  ['10.0.0.160:80', 'http://10.0.0.160', 80, 'typed'],
  [
    'http://192.168.1.20:32400/?X-Plex-Token=abc#x',
    'http://192.168.1.20:32400',
    32400,
    'typed',
  ],
  [
    'http://192.168.1.20:32400/web/',
    'http://192.168.1.20:32400',
    32400,
    'typed',
  ],
  [
    `https://192-168-1-20.0123456789abcdef0123456789abcdef.plex.direct:32400`,
    `https://192-168-1-20.0123456789abcdef0123456789abcdef.plex.direct:32400`,
    32400,
    'typed',
  ],
  ['https://2001:db8::10', 'https://[2001:db8::10]', 443, 'scheme-default'],
  ['[fe80::1]:32400', 'http://[fe80::1]:32400', 32400, 'typed'],
  ['http://[fe80::1]:32400/web', 'http://[fe80::1]:32400', 32400, 'typed'],
])('%j becomes %j, port %j (%s)', (input, url, port, portSource) => {
  expect(normalizeServerUrl(input)).toEqual({
    ok: true,
    url,
    port,
    portSource,
  })
})

test.each([
  ['10.0.0.160', 'http://10.0.0.160:32400'],
  ['localhost', 'http://localhost:32400'],
  ['plex.example.org', 'http://plex.example.org:32400'],
  [' 192.168.1.20/web/index.html#!/ ', 'http://192.168.1.20:32400'],
  ['fe80::1', 'http://[fe80::1]:32400'],
  ['[fe80::1]', 'http://[fe80::1]:32400'],
])(
  "%j, typed with neither scheme nor port, gets Plex's port: %j",
  (input, url) => {
    expect(normalizeServerUrl(input)).toEqual({
      ok: true,
      url,
      port: 32400,
      portSource: 'plex-default',
    })
  },
)

test.each([
  ['http://10.0.0.160', 'http://10.0.0.160', 80],
  ['https://plex.example.org', 'https://plex.example.org', 443],
  ['https://[2001:db8::10]/', 'https://[2001:db8::10]', 443],
])(
  "%j names its scheme, so it keeps that scheme's port: %j, port %j",
  (input, url, port) => {
    expect(normalizeServerUrl(input)).toEqual({
      ok: true,
      url,
      port,
      portSource: 'scheme-default',
    })
  },
)

test.each([
  ['http://10.0.0.160', 'http://10.0.0.160:32400'],
  ['https://plex.example.org', 'https://plex.example.org:32400'],
  ['https://[2001:db8::10]', 'https://[2001:db8::10]:32400'],
  ['http://10.0.0.160:8080', 'http://10.0.0.160:32400'],
])("%j on Plex's port is %j", (url, moved) => {
  expect(withPlexPort(url)).toBe(moved)
})

function reasonFor(input: string): string {
  const result = normalizeServerUrl(input)
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.reason
}

test('a path before the port is refused, with the address it should be', () => {
  const reason = reasonFor('http://10.0.0.160/:32400')

  expect(reason).toMatch(/port goes right after the address/)
  expect(reason).toContain('http://10.0.0.160:32400')
})

test('an IPv6 address with a port and no brackets is refused, with the bracketed form', () => {
  expect(reasonFor('fe80::1:32400')).toContain('http://[fe80::1]:32400')
  expect(reasonFor('https://2001:db8::10:32400')).toContain(
    'https://[2001:db8::10]:32400',
  )
})

test.each([
  'javascript:alert(1)',
  'data:text/html,hello',
  'ftp://192.168.1.20',
  'file:///etc/passwd',
  'ws://192.168.1.20:32400',
  'blob:https://a.example/x',
])('the scheme of %j is refused', (input) => {
  expect(reasonFor(input)).toMatch(/Only http and https addresses/)
})

test('credentials in the address are refused without repeating them', () => {
  const reason = reasonFor('https://user:TESTxSECRETxPASS@plex.example.org')

  expect(reason).toMatch(/user name and password/)
  expect(reason).not.toContain('TESTxSECRETxPASS')
})

test.each([
  ['', /Enter the server's address/],
  ['   ', /Enter the server's address/],
  ['http://', /not a valid address/],
  ['http://192.168.1.20:99999', /ports go from 1 to 65535/],
  ['http://192.168.1.20:0', /ports go from 1 to 65535/],
  ['http://192.168 .1.20', /cannot be a server address/],
  [`https://a.example/${'x'.repeat(3000)}`, /cannot be a server address/],
  ['https://proxy.example.org/plex/', /after the address and port/],
  [
    'https://a.example/library/sections?x=1',
    /^(?!.*x=1).*Leave out anything after the address and port: https:\/\/a\.example\./,
  ],
  ['fe80::1::2', /not a valid address/],
])('%j is refused with a reason', (input, reason) => {
  expect(reasonFor(input)).toMatch(reason)
})

test('every reason is a sentence', () => {
  for (const input of [
    '',
    'ftp://x',
    'http://10.0.0.160/:32400',
    'u:p@x',
    'fe80::1:32400',
  ]) {
    const result = normalizeServerUrl(input)
    if (!result.ok) expect(result.reason).toMatch(/^[A-Z].*\.$/)
  }
})

test('a typed address becomes one remote connection to race', () => {
  expect(connectionFromUrl('http://192.168.1.20:32400')).toEqual({
    protocol: 'http',
    address: '192.168.1.20',
    port: 32400,
    uri: 'http://192.168.1.20:32400',
    local: false,
    relay: false,
    ipv6: false,
  })
})

test.each([
  ['garbage!!', /^“garbage!!” cannot be a host name: “!” cannot be in one\./],
  ['http://plex server', /cannot be a server address/],
  ['http://a..example', /it has an empty part between dots/],
  ['http://-plex.example', /cannot start or end with a hyphen/],
  ['plex_box:32400', /“_” cannot be in one/],
  [`http://${'a'.repeat(64)}.example`, /too long/],
  ['http://1.2.3.999', /not a valid address/],
])('the host name of %j is refused, saying what is wrong', (input, reason) => {
  expect(reasonFor(input)).toMatch(reason)
})

test.each([
  ['bücher.example:32400', 'http://xn--bcher-kva.example:32400'],
  ['plex.example.org.:32400', 'http://plex.example.org.:32400'],
  ['my-nas-1.home.arpa:32400', 'http://my-nas-1.home.arpa:32400'],
])('the host name of %j is taken, as %j', (input, url) => {
  expect(normalizeServerUrl(input)).toMatchObject({ ok: true, url })
})

test.each(['0', '65536', '99999'])(
  'port %s is refused as out of range',
  (port) => {
    expect(reasonFor(`http://127.0.0.1:${port}`)).toBe(
      `Port ${port} cannot be a server's: ports go from 1 to 65535. Type the port your server listens on, for example http://192.168.1.20:32400.`,
    )
  },
)
