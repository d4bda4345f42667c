import { demoServer, expect, signInWithPassword, test } from './stand-in.ts'

test.beforeEach(async ({ page }) => {
  await signInWithPassword(page, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
})

test('an address typed by hand is shown normalised, then reaches the server', async ({
  page,
}) => {
  const field = page.getByLabel('Server address')

  await field.fill(` ${new URL(demoServer.url).host}/web/index.html#!/ `)
  await expect(
    page.getByText(`Plexkey will use ${demoServer.url}`),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Check this address' }).click()

  await expect(
    page.getByText(`${demoServer.url} reaches Demo Server.`),
  ).toBeVisible()
})

test('a port after a slash is refused with the fix', async ({ page }) => {
  await page.getByLabel('Server address').fill('http://10.0.0.160/:32400')
  await page.getByRole('button', { name: 'Check this address' }).click()

  await expect(
    page.getByText(/The port goes right after the address/),
  ).toBeVisible()
  await expect(page.getByText('http://10.0.0.160:32400')).toBeVisible()
})
