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

test('a scheme without a port: the preview says which port that is, and that Plex usually uses 32400', async ({
  page,
}) => {
  await page.getByLabel('Server address').fill('http://10.0.0.160')

  await expect(page.getByLabel('Server address')).toHaveAccessibleDescription(
    'Plexkey will use http://10.0.0.160: with http:// and no port, that is port 80. Plex servers usually listen on 32400: if yours does, type http://10.0.0.160:32400.',
  )
})

test('an address added by hand is still tried after a reload, and forgotten at sign-out', async ({
  page,
}) => {
  // The same server by a name plex.tv does not list for it.
  const byName = `http://localhost:${new URL(demoServer.url).port}`
  const demoCard = page.getByRole('region', { name: demoServer.name })
  const addressesTried = async () => {
    await expect(demoCard.getByText(/^Reachable at/)).toBeVisible()
    await demoCard.getByText(/Addresses tried/).click()
    return demoCard.locator('details')
  }

  await page.getByLabel('Server address').fill(byName)
  await page.getByRole('button', { name: 'Check this address' }).click()
  await expect(
    page.getByText(`${byName} reaches ${demoServer.name}.`),
  ).toBeVisible()
  await expect(
    page.getByText('Plexkey will try this address for it too'),
  ).toBeVisible()

  await page.reload()
  await expect(await addressesTried()).toContainText(byName)

  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByText(/You are signed out\./)).toBeVisible()
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.addedAddresses')),
  ).toBeNull()

  await signInWithPassword(page, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
  await expect(await addressesTried()).not.toContainText(byName)
})
