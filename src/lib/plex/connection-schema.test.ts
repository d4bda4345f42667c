import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import {
  ConnectionListSchema,
  PlexConnectionSchema,
} from './connection-schema.ts'

const parse = (value: unknown) => z.parse(PlexConnectionSchema, value)

test.each([true, 1, '1', 'true'])('local and relay read %j as true', (on) => {
  const connection = parse({
    uri: 'https://a.example:8443',
    local: on,
    relay: on,
  })

  expect(connection).toMatchObject({ local: true, relay: true })
})

test.each([false, 0, '0', undefined, 'maybe'])(
  'local and relay read %j as false',
  (off) => {
    const connection = parse({
      uri: 'https://a.example',
      local: off,
      relay: off,
    })

    expect(connection).toMatchObject({ local: false, relay: false })
  },
)

test('the protocol always comes from the uri, which is what gets called', () => {
  expect(parse({ uri: 'http://10.0.0.9:32400', protocol: 'https' })).toEqual({
    protocol: 'http',
    address: '10.0.0.9',
    port: 32400,
    uri: 'http://10.0.0.9:32400',
    local: false,
    relay: false,
    ipv6: false,
  })
})

test('address and port fall back to the uri; a port string becomes a number', () => {
  expect(parse({ uri: 'https://[2001:db8::10]/' })).toMatchObject({
    address: '2001:db8::10',
    port: 443,
    uri: 'https://[2001:db8::10]',
  })
  expect(parse({ uri: 'https://a.example', port: '32400' }).port).toBe(32400)
})

test.each([
  ['no uri', { address: '10.0.0.9' }],
  ['a script uri', { uri: 'javascript:alert(1)' }],
  ['credentials in the uri', { uri: 'https://u:p@a.example' }],
  ['a relative uri', { uri: '/identity' }],
])('a connection with %s is refused', (_, value) => {
  expect(z.safeParse(PlexConnectionSchema, value).success).toBe(false)
})

test.each([
  ['a JSON array', [{ uri: 'https://a.example' }, { uri: 'bad' }]],
  ['one bare connection', { uri: 'https://a.example' }],
  ['an XML wrapper', { connection: [{ uri: 'https://a.example' }] }],
  ['repeated XML elements', { Connection: { uri: 'https://a.example' } }],
])('a list as %s keeps its readable connections', (_, value) => {
  const list = z.parse(ConnectionListSchema, value)

  expect(list.map((c) => c.uri)).toEqual(['https://a.example'])
})

test('no list at all is an empty list', () => {
  expect(z.parse(ConnectionListSchema, undefined)).toEqual([])
  expect(z.parse(ConnectionListSchema, '')).toEqual([])
})
