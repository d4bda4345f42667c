import { expect, test } from 'vitest'
import { parseRetryAfter } from './retry-after.ts'

const NOW = Date.parse('2026-01-01T12:00:00Z')

test('reads delta-seconds', () => {
  expect(parseRetryAfter('7', NOW)).toBe(7)
  expect(parseRetryAfter(' 120 ', NOW)).toBe(120)
})

test('reads an HTTP-date as the seconds until then', () => {
  expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', NOW)).toBe(30)
})

test('reads the obsolete RFC 850 and asctime date forms', () => {
  expect(parseRetryAfter('Thursday, 01-Jan-26 12:01:00 GMT', NOW)).toBe(60)
  expect(parseRetryAfter('Thu Jan  1 12:00:10 2026', NOW)).toBe(10)
})

test('clamps to at least one second and at most five minutes', () => {
  expect(parseRetryAfter('0', NOW)).toBe(1)
  expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', NOW)).toBe(1)
  expect(parseRetryAfter('300', NOW)).toBe(300)
  expect(parseRetryAfter('301', NOW)).toBe(300)
  expect(parseRetryAfter('86400', NOW)).toBe(300)
  expect(parseRetryAfter('Fri, 02 Jan 2026 12:00:00 GMT', NOW)).toBe(300)
})

test.each([null, undefined, '', '-1', '1.5', 'abc', '7 days', '2026-01-01'])(
  'is undefined for an unreadable value (%s)',
  (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined()
  },
)
