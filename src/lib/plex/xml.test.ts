import { expect, test } from 'vitest'
import { parseXml } from './xml.ts'

test('reads a Plex XML error envelope into a list of errors', () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<errors><error code="1029" message="Please enter the verification code" status="401"/></errors>'

  expect(parseXml(xml)).toEqual({
    errors: [
      {
        code: '1029',
        message: 'Please enter the verification code',
        status: '401',
      },
    ],
  })
})

test('reads a text-only error element as its text', () => {
  expect(parseXml('<errors><error>Invalid token</error></errors>')).toEqual({
    errors: ['Invalid token'],
  })
})

test('reads a self-closing media container with its attributes', () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<MediaContainer size="0" token="transient-00000000-1111-4222-8333-444444444444"/>\n'

  expect(parseXml(xml)).toEqual({
    MediaContainer: {
      size: '0',
      token: 'transient-00000000-1111-4222-8333-444444444444',
    },
  })
})

test('nests child elements and turns repeated ones into arrays', () => {
  const xml = `<MediaContainer size="1">
  <Device name="Friend Server" clientIdentifier="f00d">
    <Connection protocol="https" port="32400" local="1"/>
    <Connection protocol="https" port="8443" local="0" relay="1"/>
  </Device>
</MediaContainer>`

  expect(parseXml(xml)).toEqual({
    MediaContainer: {
      size: '1',
      Device: {
        name: 'Friend Server',
        clientIdentifier: 'f00d',
        Connection: [
          { protocol: 'https', port: '32400', local: '1' },
          { protocol: 'https', port: '8443', local: '0', relay: '1' },
        ],
      },
    },
  })
})

test('a plural element wrapping its singulars becomes an array, even of one', () => {
  const xml = `<user id="1" uuid="ab">
  <entitlements all="0"><entitlement id="ios"/></entitlements>
  <roles><role id="plexpass"/></roles>
  <subscriptions/>
  <title>Alex</title>
</user>`

  expect(parseXml(xml)).toEqual({
    user: {
      id: '1',
      uuid: 'ab',
      entitlements: [{ id: 'ios' }],
      roles: [{ id: 'plexpass' }],
      subscriptions: [],
      title: 'Alex',
    },
  })
})

test('keeps mixed text under #text', () => {
  expect(parseXml('<a b="1">hello</a>')).toEqual({
    a: { b: '1', '#text': 'hello' },
  })
})

test('never lets element or attribute names reach an object prototype', () => {
  const parsed = parseXml(
    '<root __proto__="x" constructor="y"><__proto__ polluted="1"/><ok/></root>',
  )

  expect(parsed).toEqual({ root: { ok: '' } })
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(parseXml('<__proto__ a="1"/>')).toBeUndefined()
})

test.each([
  ['not XML at all', 'Invalid token'],
  ['unclosed tags', '<errors><error>'],
  ['sloppy HTML', '<html><body><p>Unauthorized<br></body></html>'],
  ['empty', ''],
])('returns undefined for %s', (_, text) => {
  expect(parseXml(text)).toBeUndefined()
})
