import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import {
  demoPassword,
  demoServer,
  demoTokens,
  expect,
  expectAccountScreen,
  seedSessionToken,
  signInWithPassword,
  test,
} from './stand-in.ts'

test('a deep link and a reload keep the account screen', async ({ page }) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')

  await page.goto('/account')
  await expectAccountScreen(page, 'owner@example.com')
  await page.reload()
  await expectAccountScreen(page, 'owner@example.com')
  await expect(page).toHaveTitle('Your account · Plexkey')
})

test('Back returns to the previous screen', async ({ page }) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')

  await page.getByRole('link', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign out' })).toBeVisible()
  await page.goBack()

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
})

test('an unknown address shows a not-found screen', async ({ page }) => {
  await page.goto('/no/such/screen')

  await expect(
    page.getByRole('heading', { name: 'Page not found' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Go to the start' }).click()
  await expect(page).toHaveURL(/\/sign-in$/)
})

test('/index.html is the app’s start, signed out and signed in', async ({
  page,
}) => {
  await page.goto('/index.html')
  await expect(page).toHaveURL(/\/sign-in$/)

  await signInOnThisScreen(page)
  await expectAccountScreen(page, 'owner@example.com')
  await page.goto('/index.html')

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
})

test('the account screen needs a session', async ({ page }) => {
  await page.goto('/account')

  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(
    page.getByRole('heading', { name: 'Sign in to Plex' }),
  ).toBeVisible()
})

test('a deep link signed out opens its screen once signed in', async ({
  page,
}) => {
  await page.goto(`/servers/${demoServer.id}/share`)
  await expect(page).toHaveURL(/\/sign-in$/)

  await page.getByLabel('Email or username').fill('owner@example.com')
  await page.getByLabel('Password', { exact: true }).fill(demoPassword)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()

  await expect(page).toHaveURL(new RegExp(`/servers/${demoServer.id}/share$`))
  await expect(
    page.getByRole('heading', { name: 'Share access' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
})

async function signInOnThisScreen(page: Page) {
  await page.getByLabel('Email or username').fill('owner@example.com')
  await page.getByLabel('Password', { exact: true }).fill(demoPassword)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

const deepLinkSpellings: [asked: string, screen: string][] = [
  ['/servers/', '/servers'],
  ['/account/', '/account'],
  ['/Servers', '/servers'],
  [`/servers/${demoServer.id}/share/`, `/servers/${demoServer.id}/share`],
]
for (const [asked, screen] of deepLinkSpellings) {
  test(`a deep link to ${asked} signed out opens ${screen} once signed in`, async ({
    page,
  }) => {
    await page.goto(asked)
    await expect(page).toHaveURL(/\/sign-in$/)

    await signInOnThisScreen(page)

    await expect(page).toHaveURL(new RegExp(`${screen}$`))
  })
}

test('a token plex.tv refuses on a deep link keeps the screen to come back to', async ({
  page,
}) => {
  await seedSessionToken(page, demoTokens.revoked)
  const sharePath = `/servers/${demoServer.id}/share`
  await page.goto(sharePath)
  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(
    page.getByText('plex.tv no longer accepts this token'),
  ).toBeVisible()

  await signInOnThisScreen(page)

  await expect(page).toHaveURL(new RegExp(`${sharePath}$`))
  await expect(
    page.getByRole('heading', { name: 'Share access' }),
  ).toBeVisible()
})

test('a screen still loading has a quiet heading and passes axe', async ({
  page,
}) => {
  await page.goto('/sign-in')
  await expect(
    page.getByRole('heading', { name: 'Sign in to Plex' }),
  ).toBeVisible()
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  // The screen's own code, held back as a slow network would: not a Plex
  // request, which e2e tests never intercept.
  await page.route('**/assets/inspect-screen-*.js', async (route) => {
    await released
    await route.continue()
  })

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Inspect a token' })
    .click()

  const loading = page.getByRole('heading', { level: 1, name: 'Loading…' })
  await expect(loading).toBeVisible()
  await expect(page.locator('[aria-live]', { hasText: 'Loading' })).toHaveCount(
    0,
  )
  await expectNoAxeViolations(page)
  release()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inspect a token' }),
  ).toBeFocused()
})
