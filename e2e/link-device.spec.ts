import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { enterCodeOnAnotherDevice } from './link-page.ts'
import { expectNoMorePolls } from './pin-polls.ts'
import { expect, expectAccountScreen, plexTvUrl, test } from './stand-in.ts'

async function shownCode(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Your code' })).toBeVisible()
  const code = page.getByText(/^[A-Z0-9]{4}$/).first()
  return (await code.textContent()) ?? ''
}

test('a code entered at plex.tv/link in another browser signs this tab in', async ({
  page,
  browser,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  await page.goto('/sign-in')
  await page.getByRole('link', { name: 'Use a code on another device' }).click()
  const code = await shownCode(page)
  await expect(page.getByRole('link', { name: /\/link$/ })).toHaveAttribute(
    'href',
    `${plexTvUrl}/link`,
  )
  await expect(page.getByRole('img', { name: /^QR code: / })).toBeVisible()

  await enterCodeOnAnotherDevice(browser, code.toLowerCase())

  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'owner@example.com')
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  )
  expect(violations).toEqual([])
})

test('a reload shows the same code, and entering it still signs this tab in', async ({
  page,
  browser,
  standIn,
}) => {
  await page.goto('/link-device')
  const code = await shownCode(page)

  await page.reload()
  expect(await shownCode(page)).toBe(code)
  await page.getByRole('link', { name: 'Inspect a token' }).click()
  await page.getByRole('link', { name: 'Plexkey', exact: true }).click()
  await page.getByRole('link', { name: 'Use a code on another device' }).click()
  expect(await shownCode(page)).toBe(code)

  await enterCodeOnAnotherDevice(browser, code)

  await expect(page).toHaveURL(/\/account$/)
  expect(await standIn.pinsMade()).toBe(1)
})

test('Cancel says the code may still link at plex.tv, and entering it signs nothing in here', async ({
  page,
  browser,
}) => {
  await page.goto('/link-device')
  const code = await shownCode(page)

  await page.getByRole('button', { name: 'Cancel' }).click()

  await expect(page.getByRole('heading', { name: 'Get a code' })).toBeFocused()
  const notice = page.getByRole('status').filter({
    hasText: 'Sign-in cancelled.',
  })
  await expect(notice).toContainText(
    new RegExp(
      `may still accept the code ${code} at its link page until it expires at \\d{1,2}[:.]\\d{2}.*, but entering it now signs nothing in here\\.`,
    ),
  )

  await enterCodeOnAnotherDevice(browser, code)
  // A poll would have found the approval within a couple of seconds.
  await page.waitForTimeout(3_000)
  await expect(page.getByRole('heading', { name: 'Get a code' })).toBeVisible()
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).toBeNull()
})

test('an expired code says so, and Start again shows a new one', async ({
  page,
  standIn,
}) => {
  await page.goto('/link-device')
  const firstCode = await shownCode(page)

  await standIn.expirePins()

  await expect(page.getByText('This code expired. Start again.')).toBeVisible()
  await page.getByRole('button', { name: 'Start again' }).click()
  const secondCode = await shownCode(page)
  expect(secondCode).not.toBe(firstCode)
})

test('with the clock moved on 15 minutes, the countdown ends, polling stops and Start again shows a new code', async ({
  page,
  standIn,
}) => {
  await page.clock.install()
  await page.goto('/link-device')
  const firstCode = await shownCode(page)
  await expect(page.getByText(/^Time left: 15 min$/)).toBeVisible()

  await page.clock.fastForward('14:50')
  await expect(page.getByText(/^Time left: \d s$/)).toBeVisible()
  await page.clock.fastForward('00:15')

  await expect(page.getByText('This code expired. Start again.')).toBeVisible()
  await expectNoMorePolls(page, standIn)
  await page.getByRole('button', { name: 'Start again' }).click()
  expect(await shownCode(page)).not.toBe(firstCode)
  await expect(page.getByText(/^Time left: 15 min$/)).toBeVisible()
})

test('the link-device screen passes an axe scan, in both colour schemes', async ({
  page,
}) => {
  await page.goto('/link-device')
  await shownCode(page)
  await expectNoAxeViolations(page)

  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
})
