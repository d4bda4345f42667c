import { expect, signInWithPassword, test } from './stand-in.ts'

test('a wrong password says so without saying which, and clears only the password', async ({
  page,
}) => {
  await signInWithPassword(page, 'owner@example.com', 'not-the-password')

  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'E-mail, username or password not accepted.',
  )
  await expect(alert).toContainText(
    'Google, Apple or Facebook have no Plex password: use Sign in with Plex, just below.',
  )
  await expect(alert).not.toContainText('space')
  await expect(alert).toBeFocused()
  await expect(page.getByLabel('Email or username')).toHaveValue(
    'owner@example.com',
  )
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
})

test('an account made with Google has no password to accept', async ({
  page,
}) => {
  await signInWithPassword(page, 'google@example.com', 'anything-at-all')

  await expect(page.getByRole('alert')).toContainText(
    'E-mail, username or password not accepted.',
  )
})

test('a username for an e-mail-only account asks for the e-mail', async ({
  page,
}) => {
  await signInWithPassword(page, 'demo_friend')

  await expect(page.getByRole('alert')).toContainText(
    'signs in with its e-mail address only',
  )
  await expect(page.getByLabel('Email or username')).toHaveValue('demo_friend')
  await expect(page.getByLabel('Password', { exact: true })).not.toHaveValue('')
})

test('repeated failures block sign-in, with a wait before the button works', async ({
  page,
}) => {
  await page.goto('/sign-in')
  const password = page.getByLabel('Password', { exact: true })
  const submit = page.getByRole('button', { name: 'Sign in', exact: true })
  await page.getByLabel('Email or username').fill('owner@example.com')

  for (let attempt = 0; attempt < 5; attempt += 1) {
    await password.fill(`wrong-${attempt}`)
    await submit.click()
    await expect(page.getByRole('alert')).toContainText('not accepted')
  }
  await password.fill('plexkey-demo')
  await submit.click()

  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'plex.tv has paused sign-ins from this network.',
  )
  await expect(alert).toContainText('does not say for how long')
  await expect(alert).toContainText('The button waits')
  await expect(alert).not.toContainText('Try again in')
  await expect(submit).toBeDisabled()
})

test('a rate limit shows the wait plex.tv asked for and holds the button', async ({
  page,
  standIn,
}) => {
  await standIn.failNext({
    method: 'POST',
    path: '/api/v2/users/signin',
    status: 429,
    contentType: 'application/json',
    headers: { 'Retry-After': '120' },
    body: JSON.stringify({
      errors: [{ code: 1003, message: 'API rate limit exceeded', status: 429 }],
    }),
    times: 1,
  })

  await signInWithPassword(page, 'owner@example.com')

  await expect(page.getByRole('alert')).toContainText(
    'Too many sign-in attempts.',
  )
  await expect(page.getByRole('alert')).toContainText(
    /Try again in (2 min|1 min 5\d s)/,
  )
  await expect(
    page.getByRole('button', { name: 'Sign in', exact: true }),
  ).toBeDisabled()
})

test('a dropped connection is a network problem, and nothing typed is lost', async ({
  page,
  standIn,
}) => {
  await standIn.failNext({
    method: 'POST',
    path: '/api/v2/users/signin',
    // Not one-shot: Chromium silently resends a request once when a reused
    // connection closes without an answer.
    drop: true,
  })

  await signInWithPassword(page, 'owner@example.com')

  await expect(page.getByRole('alert')).toContainText('Could not reach plex.tv')
  await expect(page.getByLabel('Email or username')).toHaveValue(
    'owner@example.com',
  )
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue(
    'plexkey-demo',
  )
  await standIn.clearFailures()
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/account$/)
})

test('a server error at plex.tv is named as such, never as a wrong password', async ({
  page,
  standIn,
}) => {
  await standIn.failNext({
    method: 'POST',
    path: '/api/v2/users/signin',
    status: 500,
    contentType: 'text/html',
    body: '<html><body><h1>Internal Server Error SENTINEL</h1></body></html>',
    times: 1,
  })

  await signInWithPassword(page, 'owner@example.com')

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('500')
  await expect(alert).not.toContainText('not accepted')
  await expect(page.getByText('SENTINEL')).toHaveCount(0)
})

test('401 with an HTML body on sign-in reads as credentials not accepted', async ({
  page,
  standIn,
}) => {
  await standIn.failNext({
    method: 'POST',
    path: '/api/v2/users/signin',
    status: 401,
    contentType: 'text/html',
    body: '<html><head><title>Unauthorized</title></head><body>401</body></html>',
    times: 1,
  })

  await signInWithPassword(page, 'owner@example.com')

  await expect(page.getByRole('alert')).toContainText(
    'E-mail, username or password not accepted.',
  )
  await expect(page.getByText('Unauthorized')).toHaveCount(0)
})

test('an XML error from plex.tv that ignored Accept is still understood', async ({
  page,
  standIn,
}) => {
  // 1030's words name no outcome the app knows: only its code attribute
  // tells it from a wrong password.
  await standIn.failNext({
    method: 'POST',
    path: '/api/v2/users/signin',
    status: 401,
    contentType: 'application/xml',
    body: '<?xml version="1.0" encoding="UTF-8"?><errors><error code="1030" message="Username is not allowed for this account; use the e-mail address" status="401"/></errors>',
    times: 1,
  })

  await signInWithPassword(page, 'owner@example.com')

  await expect(page.getByRole('alert')).toContainText(
    'signs in with its e-mail address only',
  )
  await expect(page.getByRole('alert')).not.toContainText('not accepted')
})

test('empty fields get a message each, and nothing is sent', async ({
  page,
  standIn,
}) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()

  const summary = page.getByRole('alert')
  await expect(summary.getByRole('link')).toHaveText([
    'Enter your e-mail address or username.',
    'Enter your password.',
  ])
  await expect(page.locator('.error-summary')).toBeFocused()
  await expect(
    page.getByLabel('Email or username'),
  ).toHaveAccessibleDescription('Enter your e-mail address or username.')
  await expect(
    page.getByLabel('Password', { exact: true }),
  ).toHaveAccessibleDescription(/Enter your password\./)
  await summary.getByRole('link', { name: 'Enter your password.' }).click()
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused()
  const sent = (await standIn.journal()).filter(
    (entry) => entry.path === '/api/v2/users/signin',
  )
  expect(sent).toEqual([])
})
