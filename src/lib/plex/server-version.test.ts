import { expect, test } from 'vitest'
import {
  isVersionAtLeast,
  SOURCE_LOOKUP_MIN_VERSION,
} from './server-version.ts'

test.each([
  ['1.41.0.8992-8463ad060', true],
  ['1.15.4.993-bb9bbe5f0', true],
  ['1.15.4', true],
  ['1.15.3.876-ad0e47ed8', false],
  ['1.14.1.5488-cc260c476', false],
  ['1.9.9', false],
  ['2.0', true],
  ['0.9.16.6', false],
])('%s is at least 1.15.4: %s', (version, expected) => {
  expect(isVersionAtLeast(version, SOURCE_LOOKUP_MIN_VERSION)).toBe(expected)
})

test.each([undefined, '', 'unknown', '-1.2'])(
  'an unreadable version %j is never new enough',
  (version) => {
    expect(isVersionAtLeast(version, '1.15.4')).toBe(false)
  },
)
