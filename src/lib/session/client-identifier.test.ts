import { beforeEach, expect, test, vi } from 'vitest'

const UUID_V4 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

// The identifier is cached per page, so each test loads a fresh module.
async function freshGetClientIdentifier() {
  const module = await import('./client-identifier.ts')
  return module.getClientIdentifier
}

beforeEach(() => {
  vi.resetModules()
})

test('makes a UUID once and keeps it in localStorage', async () => {
  const getClientIdentifier = await freshGetClientIdentifier()

  const first = getClientIdentifier()

  expect(first).toMatch(UUID_V4)
  expect(localStorage.getItem('plexkey.clientIdentifier')).toBe(first)
  expect(getClientIdentifier()).toBe(first)
})

test('reuses the identifier kept by an earlier visit', async () => {
  const kept = '6f1c2e3a-4b5d-4e6f-8a9b-0c1d2e3f4a5b'
  localStorage.setItem('plexkey.clientIdentifier', kept)
  const getClientIdentifier = await freshGetClientIdentifier()

  expect(getClientIdentifier()).toBe(kept)
})

test('replaces a stored value that is not a UUID', async () => {
  localStorage.setItem('plexkey.clientIdentifier', 'Grüße\nInjected: 1')
  const getClientIdentifier = await freshGetClientIdentifier()

  const identifier = getClientIdentifier()

  expect(identifier).toMatch(UUID_V4)
  expect(localStorage.getItem('plexkey.clientIdentifier')).toBe(identifier)
})

test('makes a v4 UUID from getRandomValues where randomUUID is missing', async () => {
  vi.stubGlobal('crypto', {
    getRandomValues: <T extends ArrayBufferView>(array: T) => {
      new Uint8Array(array.buffer).fill(0xff)
      return array
    },
  })
  const getClientIdentifier = await freshGetClientIdentifier()

  const identifier = getClientIdentifier()

  expect(identifier).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
  expect(identifier).toMatch(UUID_V4)
  vi.unstubAllGlobals()
})

test('keeps the identifier in memory when localStorage throws', async () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError')
  })
  const getClientIdentifier = await freshGetClientIdentifier()

  const first = getClientIdentifier()

  expect(first).toMatch(UUID_V4)
  expect(getClientIdentifier()).toBe(first)
})
