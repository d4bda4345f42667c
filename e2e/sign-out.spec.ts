import type { BrowserContext, Page } from '@playwright/test'
import {
  expect,
  expectAccountScreen,
  plexTvUrl,
  signInWithPassword,
  test,
  uniqueEmail,
} from './stand-in.ts'

/** A new tab of the same browser, signed in with `token` before it loads. */
async function openTabWith(context: BrowserContext, token: string) {
  const tab = await context.newPage()
  await tab.addInitScript((value) => {
    // Only on the first load: a reload must find what the app left there.
    if (!sessionStorage.getItem('plexkey.seeded')) {
      sessionStorage.setItem('plexkey.seeded', 'yes')
      sessionStorage.setItem('plexkey.token', value)
    }
  }, token)
  await tab.goto('/account')
  return tab
}

function newAccount(label: string) {
  const email = uniqueEmail(label)
  return { email, username: email.split('@')[0], password: 'TEST-pass' }
}

/** Revokes a token at plex.tv, as signing out of another app would. */
async function revokeAtPlexTv(token: string) {
  const response = await fetch(`${plexTvUrl}/api/v2/users/signout`, {
    method: 'DELETE',
    headers: {
      'X-Plex-Token': token,
      'X-Plex-Client-Identifier': 'another-app',
    },
  })
  expect(response.status).toBe(204)
}

async function expectStillSignedIn(tab: Page, email: string) {
  await tab.getByRole('link', { name: 'Servers' }).click()
  await expect(tab.getByRole('heading', { name: 'Your servers' })).toBeVisible()
  await tab.getByRole('link', { name: 'Account' }).click()
  await expectAccountScreen(tab, email)
  await expect(tab.getByText('another tab')).toHaveCount(0)
}

test('signing out clears the session, and Back does not bring the account back', async ({
  page,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')

  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()

  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.getByText('You are signed out.')).toBeVisible()
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
  await page.goBack()
  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.getByRole('heading', { name: 'Your account' })).toHaveCount(
    0,
  )
})

test('revoking at sign-out ends the token at plex.tv', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  const token = await page.evaluate(() =>
    sessionStorage.getItem('plexkey.token'),
  )

  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByLabel(/Also revoke this token at plex.tv/).check()
  await page.getByRole('button', { name: 'Sign out' }).click()

  await expect(page.getByText('plex.tv has revoked the token')).toBeVisible()
  const signouts = (await standIn.journal()).filter(
    (entry) => entry.method === 'DELETE',
  )
  expect(signouts).toMatchObject([
    { path: '/api/v2/users/signout', hasToken: true, status: 204 },
  ])
  const check = await fetch(`${plexTvUrl}/api/v2/user`, {
    headers: {
      Accept: 'application/json',
      'X-Plex-Token': token ?? '',
      'X-Plex-Client-Identifier': standIn.clientIdentifier,
    },
  })
  expect(check.status).toBe(401)
})

test('signing out in one tab signs out every Plexkey tab', async ({
  page,
  context,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  const token = await page.evaluate(() =>
    sessionStorage.getItem('plexkey.token'),
  )
  const otherTab = await context.newPage()
  await otherTab.addInitScript((value) => {
    sessionStorage.setItem('plexkey.token', value)
  }, token ?? '')
  await otherTab.goto('/account')
  await expectAccountScreen(otherTab, 'owner@example.com')

  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()

  await expect(otherTab).toHaveURL(/\/sign-in$/)
  await expect(otherTab.getByText('another tab')).toBeVisible()
  expect(
    await otherTab.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).toBeNull()
})

test('a token rejected in one tab signs out only the tabs holding it', async ({
  context,
  standIn,
}) => {
  const owner = newAccount('tab-a')
  const friend = newAccount('tab-b')
  const { token: ownerToken } = await standIn.addAccount(owner)
  const { token: friendToken } = await standIn.addAccount(friend)
  const tabA = await openTabWith(context, ownerToken)
  const tabB = await openTabWith(context, friendToken)
  const sameTokenTab = await openTabWith(context, ownerToken)
  await expectAccountScreen(tabA, owner.email)
  await expectAccountScreen(tabB, friend.email)
  await expectAccountScreen(sameTokenTab, owner.email)

  await revokeAtPlexTv(ownerToken)
  await tabA.reload()

  await expect(tabA).toHaveURL(/\/sign-in$/)
  await expect(
    tabA.getByText('plex.tv no longer accepts this token'),
  ).toBeVisible()
  await expectStillSignedIn(tabB, friend.email)
  expect(
    await tabB.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).toBe(friendToken)
  // The tab holding the same token is not told by another tab: plex.tv
  // tells it at its next call.
  await expect(sameTokenTab.getByText('another tab')).toHaveCount(0)
  await sameTokenTab.getByRole('link', { name: 'Servers' }).click()
  await expect(sameTokenTab).toHaveURL(/\/sign-in$/)
  await expect(
    sameTokenTab.getByText('plex.tv no longer accepts this token'),
  ).toBeVisible()
  await expectStillSignedIn(tabB, friend.email)
})
