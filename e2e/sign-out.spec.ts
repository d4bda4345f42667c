import {
  expect,
  expectAccountScreen,
  plexTvUrl,
  signInWithPassword,
  test,
} from './stand-in.ts'

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

test('when revoking fails on the network, the token is kept and Retry offered', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  await standIn.failNext({
    method: 'DELETE',
    path: '/api/v2/users/signout',
    // Not one-shot: Chromium silently resends a request once when a reused
    // connection closes without an answer.
    drop: true,
  })

  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByLabel(/Also revoke this token at plex.tv/).check()
  await page.getByRole('button', { name: 'Sign out' }).click()

  await expect(page.getByRole('alert')).toContainText(
    'The token was not revoked.',
  )
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).toBeTruthy()
  await standIn.clearFailures()
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByText('plex.tv has revoked the token')).toBeVisible()
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
