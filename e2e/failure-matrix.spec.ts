import {
  demoServer,
  expect,
  expectAccountScreen,
  seedSessionToken,
  signInWithPassword,
  test,
} from './stand-in.ts'

// A few cells of docs/failure-matrix.md through the real stand-in and the
// browser, one per kind of failure mode: the unit and screen tests run
// every cell against MSW's copy of these modes.

const OWNER_TOKEN = 'DEMOxOWNERxTOKENxxx1'
const shareScreen = `/servers/${demoServer.id}/share`

test('a dropped connection at sign-out keeps the token, and Try again revokes it', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  // Not one-shot: Chromium resends a request once when a reused connection
  // closes without an answer.
  await standIn.failNext({
    method: 'DELETE',
    path: '/api/v2/users/signout',
    mode: 'dropped',
  })

  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByLabel(/Also revoke this token at plex.tv/).check()
  await page.getByRole('button', { name: 'Sign out' }).click()

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The token was not revoked.')
  await expect(alert).toContainText('Could not reach plex.tv.')
  await expect(alert).toContainText('You are still signed in.')
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).not.toBeNull()
  await standIn.clearFailures()
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByText(/plex\.tv has revoked the token/)).toBeVisible()
})

test("a server that never answers is left after the race's 5 seconds", async ({
  page,
  standIn,
}) => {
  await seedSessionToken(page, OWNER_TOKEN)
  await standIn.failNext({
    part: 'demo-server',
    method: 'GET',
    path: '/identity',
    mode: 'hang',
  })

  await page.goto(shareScreen)

  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    `${demoServer.name} cannot be reached from here.`,
    { timeout: 10_000 },
  )
  await expect(
    alert.getByRole('listitem').filter({ hasText: demoServer.url }),
  ).toContainText('No answer in time.')
  const probes = (await standIn.journal()).filter(
    (entry) => entry.path === '/identity',
  )
  expect(probes.map((entry) => entry.outcome)).toEqual(['hung'])
})

test('a 5 MB answer is cut off, named, and the screen still works', async ({
  page,
  standIn,
}) => {
  await seedSessionToken(page, OWNER_TOKEN)
  await standIn.failNext({
    method: 'GET',
    path: '/api/v2/resources',
    mode: '200-5mb',
    times: 1,
  })

  await page.goto('/servers')

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Your servers could not be listed.')
  await expect(alert).toContainText(
    'plex.tv sent an answer far larger than any it should',
  )
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(
    page.getByRole('region', { name: demoServer.name }),
  ).toBeVisible()
  const lists = (await standIn.journal()).filter(
    (entry) => entry.path === '/api/v2/resources',
  )
  expect(lists).toHaveLength(2)
})

test('an account answered in XML is shown like a JSON one', async ({
  page,
  standIn,
}) => {
  await seedSessionToken(page, OWNER_TOKEN)
  await standIn.failNext({
    method: 'GET',
    path: '/api/v2/user',
    mode: '200-xml',
    times: 1,
  })

  await page.goto('/account')

  await expectAccountScreen(page, 'owner@example.com')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a 429 with an HTTP-date Retry-After is waited out on screen, then read again', async ({
  page,
  standIn,
}) => {
  await seedSessionToken(page, OWNER_TOKEN)
  await standIn.failNext({
    method: 'GET',
    path: '/api/v2/user',
    mode: '429-date',
    retryAfterSeconds: 3,
    times: 1,
  })

  await page.goto('/account')

  const notice = page.getByRole('status').filter({
    hasText: 'Still trying to get your account details.',
  })
  await expect(notice).toContainText('too many requests')
  await expect(notice).toContainText(/Trying again in [123] s\./)
  await expectAccountScreen(page, 'owner@example.com')
  const reads = (await standIn.journal()).filter(
    (entry) => entry.path === '/api/v2/user',
  )
  expect(reads.map((entry) => entry.status)).toEqual([429, 200])
  const gap = Date.parse(reads[1]!.at) - Date.parse(reads[0]!.at)
  expect(gap).toBeGreaterThanOrEqual(1_500)
})

test("a server's 401 page refuses the token, and nobody is signed out", async ({
  page,
  standIn,
}) => {
  await seedSessionToken(page, OWNER_TOKEN)
  await standIn.failNext({
    part: 'demo-server',
    method: 'GET',
    path: '/security/token',
    mode: '401-html',
    times: 1,
  })
  await page.goto(shareScreen)

  await page.getByLabel(/I understand/).check()
  await page.getByRole('button', { name: 'Create transient token' }).click()

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('No token was made.')
  await expect(alert).toContainText(
    `The Plex server “${demoServer.name}” refused this token.`,
  )
  await expect(alert).not.toContainText('Unauthorized')
  await page.getByRole('link', { name: 'Account' }).click()
  await expectAccountScreen(page, 'owner@example.com')
})
