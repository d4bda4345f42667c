import {
  demoTokens,
  expect,
  expectAccountScreen,
  seedSessionToken,
  signInWithPassword,
  test,
} from './stand-in.ts'

test('a managed Home user token shows a managed profile with no e-mail', async ({
  page,
}) => {
  await seedSessionToken(page, demoTokens.managedHomeUser)
  await page.goto('/account')

  await expect(page.getByText('Managed profile, no e-mail')).toBeVisible()
  await expect(page.getByText('Managed profile', { exact: true })).toBeVisible()
})

test('the token is masked until revealed, and copies exactly', async ({
  page,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  // The token is stored once plex.tv has answered, not on the click.
  await expectAccountScreen(page, 'owner@example.com')
  const token = await page.evaluate(() =>
    sessionStorage.getItem('plexkey.token'),
  )
  expect(token).toBeTruthy()
  await expect(page.getByText(token ?? '')).toHaveCount(0)

  await page.getByRole('button', { name: 'Show token' }).click()
  await expect(page.getByText(token ?? '')).toBeVisible()

  await page.getByRole('button', { name: 'Copy token' }).click()
  await expect(page.getByText('Token copied.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(token)
})

test('each copy is confirmed anew, a second one too', async ({ page }) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  // Each node added to the confirmation's live region is what a screen
  // reader speaks.
  await page.evaluate(() => {
    const spoken: string[] = []
    Object.assign(window, { __spoken: spoken })
    const status = document.querySelector('.copy-status')!
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (node.textContent) spoken.push(node.textContent)
        }
      }
    }).observe(status, { childList: true, subtree: true })
  })
  const copy = page.getByRole('button', { name: 'Copy token' })

  await copy.click()
  await expect(page.getByRole('status')).toHaveText('Token copied.')
  await copy.click()

  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { __spoken: string[] }).__spoken,
      ),
    )
    .toEqual(['Token copied.', 'Token copied.'])
  // It does not stay for ever: the next look finds nothing stale.
  await expect(page.getByRole('status')).toHaveText('', { timeout: 10_000 })
})

test('after a reload with plex.tv failing, the user stays signed in and Retry works', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  await standIn.failNext({
    method: 'GET',
    path: '/api/v2/user',
    status: 500,
    contentType: 'text/html',
    body: '<html><body>Oops</body></html>',
  })

  await page.reload()

  await expect(page.getByRole('alert')).toContainText(
    'Account details are unavailable.',
    { timeout: 15_000 },
  )
  await expect(page.getByRole('alert')).toContainText('still signed in')
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).toBeTruthy()

  await standIn.clearFailures()
  await page.getByRole('button', { name: 'Retry' }).click()
  await expectAccountScreen(page, 'owner@example.com')
})

test('with plex.tv unreachable the token is kept and the reason named', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  await standIn.failNext({ method: 'GET', path: '/api/v2/user', drop: true })

  await page.reload()

  await expect(page.getByRole('alert')).toContainText(
    'Could not reach plex.tv',
    { timeout: 15_000 },
  )
  // This is a demo build: the likeliest reason is named too.
  await expect(page.getByRole('alert')).toContainText(
    'Demo: is the stand-in running? Start it with npm run stand-in in another terminal.',
  )
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).toBeTruthy()
})

test('a revoked token (422 Invalid token) signs the user out with a message', async ({
  page,
}) => {
  await seedSessionToken(page, demoTokens.revoked)
  await page.goto('/account')

  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(
    page.getByText('plex.tv no longer accepts this token'),
  ).toBeVisible()
  expect(
    await page.evaluate(() => sessionStorage.getItem('plexkey.token')),
  ).toBeNull()
})
