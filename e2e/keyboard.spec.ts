import type { Locator, Page } from '@playwright/test'
import { demoPassword, demoServer, expect, test } from './stand-in.ts'

// Enough presses to cross the longest screen; more means the target is
// out of the tab order.
const MAX_TABS = 40

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement))
      return
  }
  throw new Error(`${target.toString()} is not reachable with Tab`)
}

/** Signs in with the keyboard alone: Tab, typing and Enter. */
async function signInByKeyboard(page: Page, login: string, code?: string) {
  await page.goto('/sign-in')
  await tabTo(page, page.getByLabel('Email or username'))
  await page.keyboard.type(login)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused()
  await page.keyboard.type(demoPassword)
  await page.keyboard.press('Enter')
  if (code) {
    const codeField = page.getByRole('textbox', { name: 'Verification code' })
    await expect(codeField).toBeFocused()
    await page.keyboard.type(code)
    await page.keyboard.press('Enter')
  }
  await expect(page).toHaveURL(/\/account$/)
  await expect(
    page.getByRole('heading', { name: 'Your account' }),
  ).toBeFocused()
}

test('sign-in with 2FA, the account card and sign-out, keyboard only', async ({
  page,
}) => {
  await signInByKeyboard(page, 'twofactor@example.com', '123456')

  await tabTo(page, page.getByRole('button', { name: 'Show token' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Hide token' })).toBeFocused()

  await tabTo(page, page.getByRole('link', { name: 'Sign out' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: 'Sign out' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.getByText('You are signed out.')).toBeVisible()
})

test('making and copying a transient token, keyboard only', async ({
  page,
}) => {
  await signInByKeyboard(page, 'owner@example.com')

  await tabTo(page, page.getByRole('link', { name: 'Servers' }))
  await page.keyboard.press('Enter')
  const shareLink = page.getByRole('link', {
    name: `Share access to ${demoServer.name}`,
  })
  await expect(shareLink).toBeVisible()
  await tabTo(page, shareLink)
  await page.keyboard.press('Enter')

  await expect(
    page.getByRole('heading', { name: 'Share access' }),
  ).toBeVisible()
  await tabTo(page, page.getByLabel(/I understand/))
  await page.keyboard.press('Space')
  await expect(page.getByLabel(/I understand/)).toBeChecked()
  await tabTo(
    page,
    page.getByRole('button', { name: 'Create transient token' }),
  )
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', {
      name: `Your transient token for ${demoServer.name}`,
    }),
  ).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: 'Copy token' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Token copied.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^transient-/,
  )
})

test('on a page load the first Tabs reach the skip link, then the header', async ({
  page,
}) => {
  await page.goto('/inspect')
  await expect(
    page.getByRole('heading', { name: 'Inspect a token' }),
  ).toBeVisible()

  await page.keyboard.press('Tab')
  await expect(
    page.getByRole('link', { name: 'Skip to content' }),
  ).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Plexkey' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(
    page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Inspect a token' }),
  ).toBeFocused()
})
