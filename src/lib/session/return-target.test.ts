import { expect, test } from 'vitest'
import {
  canonicalScreenPath,
  clearReturnTarget,
  destinationAfterSignIn,
  saveReturnTarget,
} from './return-target.ts'

const SERVER_ID = 'AbCdEf0123456789'

test.each([
  ['/servers/', '/servers'],
  ['/account/', '/account'],
  ['/ACCOUNT', '/account'],
  [`/Servers/${SERVER_ID}/Share/`, `/servers/${SERVER_ID}/share`],
  [`/servers/${SERVER_ID}/sources`, `/servers/${SERVER_ID}/sources`],
  ['/', '/'],
])('%s is the screen %s', (asked, screen) => {
  expect(canonicalScreenPath(asked)).toBe(screen)
})

test.each([
  ['/servers/', '/servers'],
  [`/servers/${SERVER_ID}/share/`, `/servers/${SERVER_ID}/share`],
])('a signed-out visit to %s comes back to %s', (asked, screen) => {
  saveReturnTarget(asked)

  expect(destinationAfterSignIn()).toBe(screen)
})

test.each(['/servers//', '/sign-out/', '//evil.example/account/', '/nowhere/'])(
  '%s is not kept',
  (asked) => {
    saveReturnTarget(asked)

    expect(destinationAfterSignIn()).toBe('/account')
  },
)

test('a cleared target leaves the account as the way on', () => {
  saveReturnTarget('/servers')
  clearReturnTarget()

  expect(destinationAfterSignIn()).toBe('/account')
})
