import { demoServer, expect, signInWithPassword, test } from './stand-in.ts'
import type { Page } from '@playwright/test'

// These tests make transient tokens on Demo Server and one restarts it,
// which forgets every transient token there: they run one after another.
test.describe.configure({ mode: 'serial' })

async function openShareScreen(page: Page, login: string) {
  await signInWithPassword(page, login)
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
  await page
    .getByRole('link', { name: `Share access to ${demoServer.name}` })
    .click()
  await expect(
    page.getByRole('heading', { name: 'Share access' }),
  ).toBeVisible()
}

async function createToken(page: Page) {
  await page.getByLabel(/I understand/).check()
  await page.getByRole('button', { name: 'Create transient token' }).click()
  await expect(
    page.getByRole('heading', {
      name: `Your transient token for ${demoServer.name}`,
    }),
  ).toBeFocused()
  await page.getByRole('button', { name: 'Copy token' }).click()
  await expect(page.getByText('Token copied.')).toBeVisible()
  return page.evaluate(() => navigator.clipboard.readText())
}

async function serverAnswer(path: string, token: string) {
  const response = await fetch(`${demoServer.url}${path}`, {
    headers: { Accept: 'application/json', 'X-Plex-Token': token },
  })
  return response.status
}

test('the owner lists servers: owned, shared and offline, players left out', async ({
  page,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()

  const demo = page.getByRole('region', { name: 'Demo Server' })
  await expect(demo.getByText('Yours')).toBeVisible()
  await expect(demo.getByText('Reachable at')).toBeVisible()
  const shared = page.getByRole('region', { name: "Friend's Server" })
  await expect(shared.getByText('Shared by demo_sam')).toBeVisible()
  const attic = page.getByRole('region', { name: 'Attic Server' })
  await expect(attic.getByText('Offline')).toBeVisible()
  await expect(page.getByText('Living Room TV')).toHaveCount(0)
})

test('nothing is made before the owner confirms what the token gives', async ({
  page,
  standIn,
}) => {
  await openShareScreen(page, 'owner@example.com')
  await expect(page.getByText('Full owner rights on Demo Server')).toBeVisible()
  await expect(page.getByText('up to 48 hours', { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Create transient token' }).click()

  await expect(page.getByText('Tick the box to confirm')).toBeVisible()
  const minted = (await standIn.journal()).filter(
    (entry) => entry.path === '/security/token',
  )
  expect(minted).toEqual([])
})

test('the owner makes a token, copies it and the link, and a friend uses it until a restart', async ({
  page,
  browser,
  standIn,
}) => {
  await openShareScreen(page, 'owner@example.com')

  const token = await createToken(page)
  expect(token).toMatch(/^transient-/)
  await expect(page.getByText('Valid until at most')).toBeVisible()
  await expect(page.getByText(token)).toHaveCount(0)

  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toContain('X-Plex-Token=transient-')

  const friendsBrowser = await browser.newContext()
  const friendsPage = await friendsBrowser.newPage()
  const opened = await friendsPage.goto(link)
  expect(opened?.status()).toBe(200)
  await friendsBrowser.close()

  await page.getByRole('button', { name: 'Test token' }).click()
  await expect(page.getByText('The token works on Demo Server.')).toBeVisible()

  await standIn.restart('demo-server')
  await page.getByRole('button', { name: 'Test token' }).click()
  await expect(
    page.getByText('Demo Server no longer accepts this token'),
  ).toBeVisible()
  expect(await serverAnswer('/library/sections', token)).toBe(401)
})

test("a friend's token on a shared server carries friend rights only", async ({
  page,
}) => {
  await openShareScreen(page, 'friend@example.com')
  await expect(page.getByText('Your access to Demo Server')).toBeVisible()

  const token = await createToken(page)

  expect(await serverAnswer('/library/sections', token)).toBe(200)
  expect(await serverAnswer('/accounts', token)).toBe(403)
})
