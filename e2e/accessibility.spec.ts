import { expectNoAxeViolationsInBothSchemes as scan } from './axe.ts'
import {
  demoTokens,
  expect,
  expectAccountScreen,
  seedSessionToken,
  signInWithPassword,
  test,
} from './stand-in.ts'

// Every scan covers the light and the dark colour scheme; the error and
// other states are in accessibility-states.spec.ts.

test('sign-in screen, with and without errors', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(
    page.getByRole('heading', { name: 'Sign in to Plex' }),
  ).toBeVisible()
  await scan(page, 'sign-in')

  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(
    page.getByRole('alert').getByRole('link', { name: 'Enter your password.' }),
  ).toBeVisible()
  await scan(page, 'sign-in, empty fields')

  await signInWithPassword(page, 'owner@example.com', 'wrong')
  await expect(page.getByRole('alert')).toBeVisible()
  await scan(page, 'sign-in, refused')
})

test('verification code step', async ({ page }) => {
  await signInWithPassword(page, 'twofactor@example.com')
  await expect(
    page.getByRole('textbox', { name: 'Verification code' }),
  ).toBeFocused()
  await scan(page, 'verification code step')
})

test('account, sign-out and not-found screens', async ({ page }) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  await scan(page, 'account')

  await page.getByRole('link', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign out' })).toBeVisible()
  await scan(page, 'sign-out')

  await page.goto('/nowhere')
  await expect(
    page.getByRole('heading', { name: 'Page not found' }),
  ).toBeVisible()
  await scan(page, 'not found')
})

test('a managed profile account card', async ({ page }) => {
  await seedSessionToken(page, demoTokens.managedHomeUser)
  await page.goto('/account')
  await expect(page.getByText('Managed profile, no e-mail')).toBeVisible()
  await scan(page, 'a managed profile account card')
})

test('servers, share and sources screens', async ({ page }) => {
  await signInWithPassword(page, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
  await expect(
    page.getByRole('region', { name: 'Demo Server' }).getByText('Reachable at'),
  ).toBeVisible()
  await page.getByLabel('Server address').fill('http://10.0.0.160/:32400')
  await page.getByRole('button', { name: 'Check this address' }).click()
  await expect(page.getByText(/The port goes right after/)).toBeVisible()
  await scan(page, 'servers, a port after a slash refused')

  await page.getByRole('link', { name: 'Share access to Demo Server' }).click()
  await page.getByRole('button', { name: 'Create transient token' }).click()
  await expect(page.getByText('Tick the box to confirm')).toBeVisible()
  await scan(page, 'share, confirm step refused')
  await page.getByLabel(/I understand/).check()
  await page.getByRole('button', { name: 'Create transient token' }).click()
  await expect(page.getByText('Valid until at most')).toBeVisible()
  await scan(page, 'share, token made')

  await page.getByRole('link', { name: 'Servers' }).click()
  await page
    .getByRole('link', { name: 'Look up sources from Demo Server' })
    .click()
  await page
    .getByLabel('Pick another server on your account, yours or shared with you')
    .selectOption({ label: "Friend's Server" })
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(page.getByRole('table')).toBeVisible()
  await scan(page, 'sources, connections listed')
})

test('a source lookup a friend cannot make', async ({ page }) => {
  await signInWithPassword(page, 'friend@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
  await expect(
    page.getByRole('button', { name: 'Look up sources from Demo Server' }),
  ).toHaveAccessibleDescription(/who owns it, can look up sources on it/)
  await scan(page, 'servers, sources unavailable to a friend')

  await page.goto('/servers/dec0de00dec0de00dec0de00dec0de00dec0de01/sources')
  await expect(page.getByText(/who owns it, can look up sources/)).toBeVisible()
  await scan(page, 'sources, a server shared with a friend')
})
