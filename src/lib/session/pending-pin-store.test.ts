import { expect, test } from 'vitest'
import {
  clearPendingPin,
  clearPendingPins,
  notePlexPageShownInThisTab,
  readPendingPin,
  savePendingPin,
} from './pending-pin-store.ts'

const pin = { id: 1000000042, code: 'abc123', expiresAt: 5_000 }
const linkCode = { id: 1000000043, code: 'TST4', expiresAt: 5_000 }

test('keeps id, code and expiry in this tab until cleared', () => {
  savePendingPin('plex', { ...pin, authToken: 'never' } as typeof pin)

  expect(readPendingPin('plex', 1_000)).toEqual(pin)
  expect(sessionStorage.getItem('plexkey.pendingPin')).not.toContain('never')
  expect(localStorage.length).toBe(0)

  clearPendingPin('plex')
  expect(readPendingPin('plex', 1_000)).toBeNull()
})

test('a Plex PIN and a link code wait side by side, and go together', () => {
  savePendingPin('plex', pin)
  savePendingPin('link', linkCode)

  clearPendingPin('plex')
  expect(readPendingPin('link', 1_000)).toEqual(linkCode)

  savePendingPin('plex', pin)
  clearPendingPins()
  expect(readPendingPin('plex', 1_000)).toBeNull()
  expect(readPendingPin('link', 1_000)).toBeNull()
})

test('an expired PIN is dropped', () => {
  savePendingPin('plex', pin)

  expect(readPendingPin('plex', 5_000)).toBeNull()
  expect(sessionStorage.getItem('plexkey.pendingPin')).toBeNull()
})

test.each([
  ['not JSON', '{'],
  ['a text id', JSON.stringify({ ...pin, id: '1' })],
  ['a code with odd characters', JSON.stringify({ ...pin, code: 'a b' })],
  ['no expiry', JSON.stringify({ id: 1, code: 'abc' })],
])('a stored value that is %s is dropped', (_, value) => {
  sessionStorage.setItem('plexkey.pendingPin', value)

  expect(readPendingPin('plex', 1_000)).toBeNull()
  expect(sessionStorage.getItem('plexkey.pendingPin')).toBeNull()
})

test('remembers whether Plex’s page shows in this tab, for the same PIN', () => {
  const waiting = { ...pin, expiresAt: Date.now() + 600_000 }
  savePendingPin('plex', waiting)

  notePlexPageShownInThisTab('plex', true)
  expect(readPendingPin('plex')).toEqual({
    ...waiting,
    isShownInThisTab: true,
  })

  notePlexPageShownInThisTab('plex', false)
  expect(readPendingPin('plex')).toEqual(waiting)
})

test('a stored PIN whose page-place is not a yes or no is not used', () => {
  sessionStorage.setItem(
    'plexkey.pendingPin',
    JSON.stringify({ ...pin, isShownInThisTab: 'yes' }),
  )

  expect(readPendingPin('plex', 1_000)).toBeNull()
})
