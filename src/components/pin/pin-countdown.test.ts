import { expect, test } from 'vitest'
import { announcedTimeLeft } from './pin-countdown.tsx'

test.each([
  [1800, '30 min'],
  [1501, '30 min'],
  [1500, '25 min'],
  [299, '5 min'],
  [61, '2 min'],
  [60, '1 min'],
  [44, '45 s'],
  [1, '15 s'],
  [0, null],
])('with %i s left it says %s', (seconds, expected) => {
  expect(announcedTimeLeft(seconds)).toBe(expected)
})
