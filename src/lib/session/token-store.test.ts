import { expect, test, vi } from 'vitest'
import { allowConsole, consoleSpy } from '../../testing/console-guard.ts'
import { log } from '../log.ts'
import {
  clearSessionToken,
  getSessionToken,
  saveSessionToken,
} from './token-store.ts'

const TOKEN = 'TESTxTOKENxSTORE0001'

test('a saved token is read back from sessionStorage under plexkey.token', () => {
  saveSessionToken(TOKEN)

  expect(sessionStorage.getItem('plexkey.token')).toBe(TOKEN)
  expect(getSessionToken()).toBe(TOKEN)
  expect(localStorage.length).toBe(0)
})

test('clearing removes the token', () => {
  saveSessionToken(TOKEN)

  clearSessionToken()

  expect(getSessionToken()).toBeNull()
  expect(sessionStorage.length).toBe(0)
})

test('no stored token reads as null', () => {
  expect(getSessionToken()).toBeNull()
})

test.each([
  ['markup', '<img src=x onerror=alert(1)>'],
  ['a 10 KB string', 'x'.repeat(10_240)],
  ['JSON', '{"a":1}'.padEnd(10, ' ')],
  ['too short', 'abc'],
  ['non-ASCII', 'TESTxTOKENxü0001'],
  ['a line break', 'TESTxTOKEN\n0001'],
  ['empty', ''],
])('a stored value that is not a token (%s) is removed', (_, junk) => {
  sessionStorage.setItem('plexkey.token', junk)

  expect(getSessionToken()).toBeNull()
  expect(sessionStorage.getItem('plexkey.token')).toBeNull()
})

test('a long JWT-style token is accepted', () => {
  const jwt = `eyJ${'a'.repeat(600)}.${'b'.repeat(40)}.${'c'.repeat(80)}`

  saveSessionToken(jwt)

  expect(getSessionToken()).toBe(jwt)
})

test('saving something that is not a token throws without storing it', () => {
  expect(() => saveSessionToken('bad token')).toThrow(TypeError)
  expect(sessionStorage.length).toBe(0)
})

test('the token is redacted from logs once saved or read', () => {
  allowConsole('warn')
  sessionStorage.setItem('plexkey.token', 'TESTxTOKENxREAD0002')

  getSessionToken()
  saveSessionToken(TOKEN)
  log.warn('test', `${TOKEN} TESTxTOKENxREAD0002`)

  expect(consoleSpy('warn')).toHaveBeenCalledWith(
    '[plexkey:test] [redacted] [redacted]',
  )
})

test('when storage throws, the token lives in memory for the page', () => {
  const failure = () => {
    throw new DOMException('blocked', 'SecurityError')
  }
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(failure)
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(failure)
  vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(failure)

  saveSessionToken(TOKEN)
  expect(getSessionToken()).toBe(TOKEN)

  clearSessionToken()
  expect(getSessionToken()).toBeNull()
})

test('when only writing fails (quota), the token still lasts the page', () => {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })

  saveSessionToken(TOKEN)

  expect(getSessionToken()).toBe(TOKEN)
  clearSessionToken()
})
