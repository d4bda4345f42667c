import { expect, test, vi } from 'vitest'
import {
  clearAddedAddresses,
  readAddedAddresses,
  saveAddedAddress,
} from './added-address-store.ts'

const SERVER = 'f00dfeed0000111122223333444455556666aaaa'
const OTHER_SERVER = 'beefcafe0000111122223333444455556666bbbb'
const KEY = 'plexkey.addedAddresses'

test('an added address is read back from sessionStorage, as after a reload', () => {
  saveAddedAddress(SERVER, 'http://192.168.1.20:32400')

  expect(sessionStorage.getItem(KEY)).toContain('http://192.168.1.20:32400')
  expect(readAddedAddresses(SERVER)).toEqual(['http://192.168.1.20:32400'])
  expect(readAddedAddresses(OTHER_SERVER)).toEqual([])
  expect(localStorage.length).toBe(0)
})

test('the newest address comes first, and one added again moves up', () => {
  saveAddedAddress(SERVER, 'http://192.168.1.20:32400')
  saveAddedAddress(SERVER, 'https://plex.example.org')

  const addresses = saveAddedAddress(SERVER, 'http://192.168.1.20:32400')

  expect(addresses).toEqual([
    'http://192.168.1.20:32400',
    'https://plex.example.org',
  ])
  expect(readAddedAddresses(SERVER)).toEqual(addresses)
})

test('clearing forgets every server’s addresses', () => {
  saveAddedAddress(SERVER, 'http://192.168.1.20:32400')
  saveAddedAddress(OTHER_SERVER, 'http://192.168.1.30:32400')

  clearAddedAddresses()

  expect(sessionStorage.getItem(KEY)).toBeNull()
  expect(readAddedAddresses(SERVER)).toEqual([])
})

test.each([
  ['markup', '<img src=x onerror=alert(1)>'],
  ['cut-off JSON', '{"a":['],
  ['an array', '["http://192.168.1.20:32400"]'],
  ['null', 'null'],
  ['a number', '42'],
])('a stored value that is %s is dropped', (_, stored) => {
  sessionStorage.setItem(KEY, stored)

  expect(readAddedAddresses(SERVER)).toEqual([])
  expect(sessionStorage.getItem(KEY)).toBeNull()
})

test('only base http(s) URLs under a well-formed server identifier are used', () => {
  sessionStorage.setItem(
    KEY,
    JSON.stringify({
      [SERVER]: [
        'http://192.168.1.20:32400',
        'javascript:alert(1)',
        'ftp://192.168.1.20',
        'http://192.168.1.20:32400/path',
        'http://192.168.1.20:32400/',
        'http://user:secret@192.168.1.20:32400',
        'http://192.168.1.20:32400?X-Plex-Token=abc',
        `https://${'a'.repeat(3000)}.example`,
        42,
        { uri: 'http://10.0.0.1:32400' },
      ],
      'not a server/../': ['http://10.0.0.2:32400'],
      [OTHER_SERVER]: 'http://10.0.0.3:32400',
    }),
  )

  expect(readAddedAddresses(SERVER)).toEqual(['http://192.168.1.20:32400'])
  expect(readAddedAddresses('not a server/../')).toEqual([])
  expect(readAddedAddresses(OTHER_SERVER)).toEqual([])
})

test('an identifier that names an object property finds nothing', () => {
  saveAddedAddress(SERVER, 'http://192.168.1.20:32400')

  expect(readAddedAddresses('__proto__')).toEqual([])
  expect(readAddedAddresses('constructor')).toEqual([])
})

test('a server keeps at most ten addresses', () => {
  for (let last = 1; last <= 12; last += 1) {
    saveAddedAddress(SERVER, `http://10.0.0.${last}:32400`)
  }

  const addresses = readAddedAddresses(SERVER)

  expect(addresses).toHaveLength(10)
  expect(addresses[0]).toBe('http://10.0.0.12:32400')
})

test('where storage throws, the addresses last as long as the page', () => {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError')
  })
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError')
  })

  saveAddedAddress(SERVER, 'http://192.168.1.20:32400')
  expect(readAddedAddresses(SERVER)).toEqual(['http://192.168.1.20:32400'])

  clearAddedAddresses()
  expect(readAddedAddresses(SERVER)).toEqual([])
  vi.restoreAllMocks()
})
