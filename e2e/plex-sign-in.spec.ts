import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { enterCodeOnAnotherDevice } from './link-page.ts'
import { expectNoMorePolls } from './pin-polls.ts'
import {
  demoPassword,
  demoServer,
  expect,
  expectAccountScreen,
  signInWithPassword,
  test,
} from './stand-in.ts'

const waitingHeading = 'Finish signing in on Plex’s page'

/** Signs in and approves on the stand-in's hosted page, as a person would. */
async function approveOnPlexPage(page: Page, login: string, code?: string) {
  await expect(
    page.getByText('Plexkey wants to use your Plex account.'),
  ).toBeVisible()
  await page.getByLabel('Email or username').fill(login)
  await page.getByLabel('Password', { exact: true }).fill(demoPassword)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  if (code !== undefined) {
    await page.getByLabel('Verification code').fill(code)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  }
  await page.getByRole('button', { name: 'Approve' }).click()
}

/** Plexkey's own page that the window comes back to, once approved. */
async function expectWindowReport(popup: Page, text: string | RegExp) {
  await expect(popup).toHaveURL(/\/sign-in-with-plex\.html\?pin=\d+$/)
  await expect(popup.getByRole('status')).toContainText(text)
}

/** Opens Plex's window and waits until it shows Plex's page. */
async function openPlexWindow(page: Page, buttonName = 'Sign in with Plex') {
  const popupOpened = page.waitForEvent('popup')
  await page.getByRole('button', { name: buttonName }).click()
  const popup = await popupOpened
  await expect(
    popup.getByText('Plexkey wants to use your Plex account.'),
  ).toBeVisible()
  return popup
}

test('the owner signs in with Plex in a window while the app keeps its COOP', async ({
  page,
}) => {
  const response = await page.goto('/sign-in')
  expect(response?.headers()['cross-origin-opener-policy']).toBe(
    'same-origin-allow-popups',
  )

  const popup = await openPlexWindow(page)
  await expect(
    page.getByRole('heading', { name: waitingHeading }),
  ).toBeFocused()
  const popupClosed = popup.waitForEvent('close')
  await approveOnPlexPage(popup, 'owner@example.com')

  // Plex's page sends the window back to Plexkey's own page, which finds
  // this tab waiting for the sign-in and closes the window.
  await popupClosed
  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
  const pending = await page.evaluate(() =>
    sessionStorage.getItem('plexkey.pendingPin'),
  )
  expect(pending).toBeNull()
})

test('a window that comes back after the tab signed in is told so, and closes', async ({
  page,
}) => {
  await page.goto('/sign-in')
  // Plex's window reaches Plexkey's page only after the tab's poll has
  // found the approval and signed in.
  await page
    .context()
    .route('**/sign-in-with-plex.html?pin=*', async (route) => {
      await expect(page).toHaveURL(/\/account$/)
      await route.continue()
    })
  const popup = await openPlexWindow(page)
  const popupClosed = popup.waitForEvent('close')

  await approveOnPlexPage(popup, 'owner@example.com')

  await expectAccountScreen(page, 'owner@example.com')
  await popupClosed
})

test('a window approved after the tab signed in another way is told so', async ({
  page,
}) => {
  await page.goto('/sign-in')
  const popup = await openPlexWindow(page)
  // The password form stays on the sign-in screen while Plex's page waits.
  await page.getByLabel('Email or username').fill('friend@example.com')
  await page.getByLabel('Password', { exact: true }).fill(demoPassword)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expectAccountScreen(page, 'friend@example.com')

  await approveOnPlexPage(popup, 'owner@example.com')

  await expectWindowReport(
    popup,
    'The Plexkey tab that asked for this sign-in had already signed in another way, so it did not use this approval.',
  )
  await expect(popup.getByRole('status')).not.toContainText('No Plexkey tab')
  await expectAccountScreen(page, 'friend@example.com')
})

test('a 2FA account signs in with Plex, code included', async ({ page }) => {
  await page.goto('/sign-in')

  const popup = await openPlexWindow(page)
  await approveOnPlexPage(popup, 'twofactor@example.com', '123456')

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'twofactor@example.com')
})

test('with windows blocked, this tab goes to Plex and comes back signed in', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.open = () => null
  })
  await page.goto('/sign-in')

  await page.getByRole('button', { name: 'Sign in with Plex' }).click()
  await expect(page).toHaveURL(/\/auth#\?/)
  await approveOnPlexPage(page, 'owner@example.com')

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
  const pending = await page.evaluate(() =>
    sessionStorage.getItem('plexkey.pendingPin'),
  )
  expect(pending).toBeNull()
})

test('with windows blocked, a deep link still opens its screen on return', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.open = () => null
  })
  const sourcesPath = `/servers/${demoServer.id}/sources`
  await page.goto(sourcesPath)
  await expect(page).toHaveURL(/\/sign-in$/)

  await page.getByRole('button', { name: 'Sign in with Plex' }).click()
  await approveOnPlexPage(page, 'owner@example.com')

  await expect(page).toHaveURL(new RegExp(`${sourcesPath}$`))
  await expect(
    page.getByRole('heading', { name: 'Source connection information' }),
  ).toBeVisible()
})

test('with windows blocked, a 2FA account comes back signed in too', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.open = () => null
  })
  await page.goto('/sign-in')

  await page.getByRole('button', { name: 'Sign in with Plex' }).click()
  await approveOnPlexPage(page, 'twofactor@example.com', '123456')

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'twofactor@example.com')
})

test('an expired sign-in says so, and Start again works', async ({
  page,
  standIn,
}) => {
  await page.goto('/sign-in')
  const firstPopup = await openPlexWindow(page)
  await expect(
    page.getByRole('heading', { name: waitingHeading }),
  ).toBeVisible()

  await standIn.expirePins()

  await expect(
    page.getByText('This sign-in expired. Start again.'),
  ).toBeVisible()
  // The other ways in stay in reach.
  await expect(
    page.getByRole('link', { name: 'Use a code on another device' }),
  ).toBeVisible()
  await firstPopup.close()
  const popup = await openPlexWindow(page, 'Start again')
  await approveOnPlexPage(popup, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)
})

test('with the clock moved on 30 minutes, the countdown ends, polling stops and Start again works', async ({
  page,
  standIn,
}) => {
  await page.clock.install()
  await page.goto('/sign-in')
  const firstPopup = await openPlexWindow(page)
  await expect(page.getByText(/^Time left: 30 min$/)).toBeVisible()

  await page.clock.fastForward('29:50')
  await expect(page.getByText(/^Time left: \d s$/)).toBeVisible()
  await page.clock.fastForward('00:15')

  await expect(
    page.getByText('This sign-in expired. Start again.'),
  ).toBeVisible()
  await expectNoMorePolls(page, standIn)
  await firstPopup.close()
  const popup = await openPlexWindow(page, 'Start again')
  await expect(page.getByText(/^Time left: 30 min$/)).toBeVisible()
  await approveOnPlexPage(popup, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)
})

test('a closed window can be opened again, on the same sign-in', async ({
  page,
  standIn,
}) => {
  await page.goto('/sign-in')
  const firstPopup = await openPlexWindow(page)
  await firstPopup.close()

  const popup = await openPlexWindow(page, 'Open Plex’s page again')
  await approveOnPlexPage(popup, 'owner@example.com')

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
  expect(await standIn.pinsMade()).toBe(1)
})

test('Back from Plex’s page in this tab, it can go there again', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.open = () => null
  })
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in with Plex' }).click()
  await expect(page).toHaveURL(/\/auth#\?/)

  await page.goBack()
  await expect(
    page.getByRole('heading', { name: waitingHeading }),
  ).toBeVisible()
  await expect(
    page.getByText(/The browser opened no window, so Plex’s page showed/),
  ).toBeVisible()
  await expect(page.getByText(/window out of Plexkey’s reach/)).toHaveCount(0)
  await page.getByRole('button', { name: 'Open Plex’s page again' }).click()
  await approveOnPlexPage(page, 'owner@example.com')

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
})

test('Cancel stops waiting; approving afterwards is told it signed nothing in', async ({
  page,
}) => {
  await page.goto('/sign-in')
  const popup = await openPlexWindow(page)

  await page.getByRole('button', { name: 'Cancel' }).click()

  await expect(
    page.getByRole('heading', { name: 'Sign in with Plex' }),
  ).toBeFocused()
  // Plex's page cut the window off from Plexkey, which says so.
  await expect(page.getByText('Sign-in cancelled.')).toBeVisible()
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.pendingPin')),
  ).toBeNull()

  await approveOnPlexPage(popup, 'owner@example.com')
  await expectWindowReport(popup, 'Plexkey did not sign in with it.')
  await expect(
    page.getByRole('heading', { name: 'Sign in with Plex' }),
  ).toBeVisible()
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).toBeNull()
})

test('signing out in one tab stops the waiting sign-ins of the others', async ({
  page,
  context,
  browser,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  const plexTab = await context.newPage()
  await plexTab.goto('/sign-in')
  const popup = await openPlexWindow(plexTab)
  const linkTab = await context.newPage()
  await linkTab.goto('/link-device')
  await expect(
    linkTab.getByRole('heading', { name: 'Your code' }),
  ).toBeVisible()
  const code = await linkTab
    .getByText(/^[A-Z0-9]{4}$/)
    .first()
    .textContent()

  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByText('You are signed out.')).toBeVisible()

  const stopped =
    'You signed out in another Plexkey tab, so this sign-in was stopped.'
  for (const [tab, heading] of [
    [plexTab, 'Sign in with Plex'],
    [linkTab, 'Get a code'],
  ] as const) {
    await expect(tab.getByRole('status').getByText(stopped)).toBeVisible()
    await expect(tab.getByRole('heading', { name: heading })).toBeFocused()
    expect(await tab.evaluate(() => sessionStorage.length)).toBe(0)
  }

  await approveOnPlexPage(popup, 'owner@example.com')
  await expectWindowReport(popup, 'Plexkey did not sign in with it.')
  await enterCodeOnAnotherDevice(browser, code ?? '')
  // Polling would have found both approvals within a couple of seconds.
  await plexTab.waitForTimeout(3_000)
  for (const tab of [plexTab, linkTab]) {
    expect(
      await tab.evaluate(() => sessionStorage.getItem('plexkey.token')),
    ).toBeNull()
    await expect(tab.getByRole('link', { name: 'Sign out' })).toHaveCount(0)
  }
})

test('a reload while Plex’s window is open keeps the sign-in going', async ({
  page,
  standIn,
}) => {
  await page.goto('/sign-in')
  const popup = await openPlexWindow(page)

  await page.reload()
  await expect(
    page.getByRole('heading', { name: waitingHeading }),
  ).toBeVisible()
  const popupClosed = popup.waitForEvent('close')
  await approveOnPlexPage(popup, 'owner@example.com')

  await popupClosed
  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
  expect(await standIn.pinsMade()).toBe(1)
})

test('an approval while another screen shows signs the tab in there', async ({
  page,
}) => {
  await page.goto('/sign-in')
  const popup = await openPlexWindow(page)

  await page.getByRole('link', { name: 'Inspect a token' }).click()
  await expect(page).toHaveURL(/\/inspect$/)
  await approveOnPlexPage(popup, 'owner@example.com')

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
})

test('Plexkey’s window page opened by itself says what it is', async ({
  page,
}) => {
  await page.goto('/sign-in-with-plex.html')
  await expect(page.getByRole('status')).toHaveText(
    'Opening Plex’s sign-in page…',
  )

  // Plexkey would have sent the window on within a moment.
  await expect(page.getByRole('status')).toContainText(
    'nothing was sent to it. You can close it',
    { timeout: 10_000 },
  )
})

test('the waiting state passes an axe scan', async ({ page }) => {
  await page.goto('/sign-in')
  await openPlexWindow(page)
  await expect(
    page.getByRole('heading', { name: waitingHeading }),
  ).toBeVisible()

  await expectNoAxeViolations(page)
})
