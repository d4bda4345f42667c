import {
  createToken,
  demoServerConnections,
  openShareScreen,
  serverAnswer,
} from './share-screen.ts'
import { demoServer, expect, signInWithPassword, test } from './stand-in.ts'

// A restart of Demo Server would end these tokens: that test is in
// e2e/global-state/, which runs alone.

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
  await expect(attic.getByText('Offline', { exact: true })).toBeVisible()
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

test("the owner copies a link to the server's internet address, and a friend elsewhere opens it", async ({
  page,
  browser,
  standIn,
}) => {
  await openShareScreen(page, 'owner@example.com')
  // The address that answers in this browser is the local one.
  await expect(
    page.getByText(`Plexkey will ask ${demoServer.name} at ${demoServer.url}`),
  ).toBeVisible()

  const token = await createToken(page)
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = new URL(
    await page.evaluate(() => navigator.clipboard.readText()),
  )

  const listed = await demoServerConnections(standIn.clientIdentifier)
  const remote = listed.find(
    (connection) =>
      !connection.local &&
      !connection.relay &&
      !connection.IPv6 &&
      connection.uri.startsWith('https://'),
  )
  expect(remote?.uri).toMatch(
    /^https:\/\/203-0-113-10\.[0-9a-f]+\.plex\.direct:/,
  )
  expect(link.origin).toBe(remote?.uri)
  expect(link.searchParams.get('X-Plex-Token')).toBe(token)
  await expect(page.getByText(`It leads to ${remote?.uri}`)).toBeVisible()
  const guide = page.getByRole('region', {
    name: 'What your friend does with it',
  })
  await expect(guide).toContainText('address for use over the internet')
  await expect(guide).toContainText(
    'Opened in a browser, the link shows the server’s answer as XML',
  )

  // Offline, the internet address cannot resolve; for the friend's browser
  // it leads where the internet would take it, to Demo Server.
  const friendsBrowser = await browser.newContext()
  await friendsBrowser.route(
    (url) => url.host === link.host,
    async (route) => {
      const asked = new URL(route.request().url())
      const response = await route.fetch({
        url: `${demoServer.url}${asked.pathname}${asked.search}`,
      })
      await route.fulfill({ response })
    },
  )
  const friendsPage = await friendsBrowser.newPage()
  const opened = await friendsPage.goto(link.href)
  // As the guide says: the server's answer, as XML, and no Plex app.
  expect(opened?.status()).toBe(200)
  expect(await opened?.headerValue('content-type')).toMatch(/xml/)
  expect(await opened?.text()).toContain('<MediaContainer')
  await friendsBrowser.close()

  // Test token asks the address that answered here, and says which; the
  // link's address is said to be unchecked, as it is.
  await expect(page.getByText(`It leads to ${remote?.uri}`)).toContainText(
    `This browser has not checked that address: Test token asks ${demoServer.url}`,
  )
  const asked: string[] = []
  page.on('request', (request) => asked.push(new URL(request.url()).origin))
  await page.getByRole('button', { name: 'Test token' }).click()
  await expect(
    page.getByText(`The token works on Demo Server at ${demoServer.url}.`),
  ).toBeVisible()
  expect(asked).toContain(demoServer.url)
  expect(asked).not.toContain(link.origin)
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
