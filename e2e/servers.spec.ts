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
  // plex.tv lists that address already: said so, and not stored twice.
  await expect(
    page.getByText(
      'It is already among the addresses Plexkey tries for it: plex.tv lists it, so nothing was added.',
    ),
  ).toBeVisible()
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.addedAddresses')),
  ).toBeNull()
})

test('a host name no server can have, and port 0, are refused before anything is sent', async ({
  page,
}) => {
  const field = page.getByLabel('Server address')
  const asked: string[] = []
  page.on('request', (request) => asked.push(request.url()))

  for (const [typed, reason] of [
    ['garbage!!', '“garbage!!” cannot be a host name: “!” cannot be in one.'],
    [
      'http://127.0.0.1:0',
      "Port 0 cannot be a server's: ports go from 1 to 65535.",
    ],
  ] as const) {
    await field.fill(typed)
    await page.getByRole('button', { name: 'Check this address' }).click()
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText(reason)).toBeVisible()
    await expect(field).toHaveValue(typed)
  }
  expect(asked.filter((url) => /garbage|127\.0\.0\.1:0\//.test(url))).toEqual(
    [],
  )
})

test('port 443 with http is said to almost always mean https', async ({
  page,
}) => {
  await page.getByLabel('Server address').fill('plex.example.org:443')

  await expect(page.getByLabel('Server address')).toHaveAccessibleDescription(
    'Plexkey will use http://plex.example.org:443. Port 443 almost always means https: if the server there uses https, type https://plex.example.org.',
  )
})

test('https to a server that speaks plain http fails, suggesting http://', async ({
  page,
}) => {
  const { port } = new URL(demoServer.url)
  await page.getByLabel('Server address').fill(`https://127.0.0.1:${port}`)
  await page.getByRole('button', { name: 'Check this address' }).click()

  const failure = page.getByRole('alert')
  await expect(failure).toContainText('Refused or blocked.')
  await expect(failure).toContainText(
    `An https address fails like this too when the server there speaks plain http, or when its certificate is for another name (a Plex server's is for its plex.direct names only). If so, try http://127.0.0.1:${port}.`,
  )
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
