import type { Page } from '@playwright/test'
import { expectNoAxeViolationsInBothSchemes as scan } from './axe.ts'
import {
  atticServer,
  demoServer,
  demoTokens,
  expect,
  friendServer,
  signInWithPassword,
  test,
} from './stand-in.ts'

// Issue 6: every screen and state scanned by axe, in both colour schemes
// (alerts and fields change colour). The states come from the stand-in's
// test controls, scoped to this browser; one visit scans several in turn.

const unknownJwt =
  'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJURVNUIn0.c2lnbmF0dXJlLXRlc3Q'

function plexTvError(code: number, message: string, status: number) {
  return JSON.stringify({ errors: [{ code, message, status }] })
}

async function submitSignIn(page: Page, login: string, password: string) {
  await page.getByLabel('Email or username').fill(login)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

async function inspect(page: Page, pasted: string) {
  await page.getByLabel('Token or link').fill(pasted)
  await page.getByRole('button', { name: 'Inspect' }).click()
}

// Each axe scan takes a second or two.
test.describe.configure({ timeout: 60_000 })

test('sign-in: network error, e-mail only and a wrong code', async ({
  page,
  standIn,
}) => {
  await page.goto('/sign-in')
  await standIn.failNext({
    method: 'POST',
    path: '/api/v2/users/signin',
    drop: true,
  })
  await submitSignIn(page, 'owner@example.com', 'plexkey-demo')
  await expect(page.getByRole('alert')).toContainText('Could not reach plex.tv')
  await scan(page, 'sign-in, network error')
  await standIn.clearFailures()

  await submitSignIn(page, 'demo_friend', 'plexkey-demo')
  await expect(page.getByRole('alert')).toContainText('e-mail address only')
  await scan(page, 'sign-in, e-mail only (1030)')

  await submitSignIn(page, 'twofactor@example.com', 'plexkey-demo')
  await page.getByRole('textbox', { name: 'Verification code' }).fill('000000')
  await page.getByRole('button', { name: 'Verify and sign in' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'That code was not accepted.',
  )
  await scan(page, 'verification code, wrong code (1028)')
})

test('sign-in: the block and rate-limit countdowns', async ({
  page,
  standIn,
}) => {
  await page.goto('/sign-in')
  await standIn.failNext({
    method: 'POST',
    path: '/api/v2/users/signin',
    status: 401,
    contentType: 'application/json',
    body: plexTvError(1031, 'User could not be authenticated.', 401),
    times: 1,
  })
  await submitSignIn(page, 'owner@example.com', 'plexkey-demo')
  // plex.tv gives no time for a block: the hold is Plexkey's own.
  await expect(page.getByRole('alert')).toContainText('The button waits')
  await scan(page, 'sign-in, blocked with a countdown (1031)')

  await page.goto('/sign-in')
  await standIn.failNext({
    method: 'POST',
    path: '/api/v2/users/signin',
    status: 429,
    contentType: 'application/json',
    headers: { 'Retry-After': '90' },
    body: plexTvError(1003, 'API rate limit exceeded', 429),
    times: 1,
  })
  await submitSignIn(page, 'owner@example.com', 'plexkey-demo')
  await expect(page.getByRole('alert')).toContainText('Try again in')
  await scan(page, 'sign-in, rate limited with a countdown (429)')
})

test('an expired PIN in Sign in with Plex, and an expired link code', async ({
  page,
  standIn,
}) => {
  await page.goto('/sign-in')
  const popupOpened = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Sign in with Plex' }).click()
  const popup = await popupOpened
  await expect(page.getByText(/^Time left/)).toBeVisible()
  await standIn.expirePins()
  await expect(
    page.getByText('This sign-in expired. Start again.'),
  ).toBeVisible()
  await popup.close()
  await scan(page, 'Sign in with Plex, expired')

  await page.goto('/link-device')
  await expect(page.getByRole('heading', { name: 'Your code' })).toBeVisible()
  await standIn.expirePins()
  await expect(page.getByText('This code expired. Start again.')).toBeVisible()
  await scan(page, 'link code, expired')
})

test('inspect: refused, transient, claim code and revoked', async ({
  page,
}) => {
  await page.goto('/inspect')

  await inspect(page, unknownJwt)
  await expect(page.getByRole('alert')).toContainText('not accepted')
  await scan(page, 'inspect, a token plex.tv refuses')

  await inspect(page, 'transient-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d')
  await expect(
    page.getByText(/works only on the server that made it/),
  ).toBeVisible()
  await scan(page, 'inspect, a transient token')

  await inspect(page, 'claim-AbCdEfGhIjKlMnOpQrSt')
  await expect(
    page.getByText('A server claim code, not a sign-in token.'),
  ).toBeVisible()
  await scan(page, 'inspect, a claim code')

  await inspect(page, demoTokens.revoked)
  await expect(page.getByRole('alert')).toContainText(
    'Revoked or not accepted by plex.tv.',
  )
  await scan(page, 'inspect, a revoked token')

  await inspect(page, 'DEMOxOWNERx TOKENxxx1')
  await expect(page.getByText(/a space inside/i)).toBeVisible()
  await scan(page, 'inspect, a space inside refused')
})

test('share: an unreachable server, and an offline one', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)

  // Not one-shot: Chromium resends once when a connection closes unanswered.
  await standIn.failNext({
    part: 'demo-server',
    method: 'GET',
    path: '/identity',
    drop: true,
  })
  await page.goto(`/servers/${demoServer.id}/share`)
  await expect(
    page.getByText(`${demoServer.name} cannot be reached from here.`),
  ).toBeVisible({ timeout: 15_000 })
  await scan(page, 'share, server unreachable')
  await standIn.clearFailures()

  await page.getByRole('link', { name: 'Servers', exact: true }).click()
  const attic = page.getByRole('region', { name: atticServer.name })
  await expect(
    attic.getByRole('button', {
      name: `Share access to ${atticServer.name}`,
    }),
  ).toHaveAccessibleDescription(/plex\.tv lists no address for this server/)
  await scan(page, 'servers, nothing to try on an offline server')

  // A bookmark still gets there, and is told the same, with the way on
  // and nothing that cannot help (no owner-rights warning, no Try again).
  for (const action of ['share', 'sources']) {
    await page.goto(`/servers/${atticServer.id}/${action}`)
    await expect(
      page.getByText(`${atticServer.name} has no address to try.`),
    ).toBeVisible()
    await expect(
      page.getByText(
        'plex.tv lists no address for this server, so Plexkey cannot share it or look up sources on it: it is probably offline. If you know an address where it answers, add it on the servers screen.',
      ),
    ).toBeVisible()
    await expect(
      page.getByText(/Full owner rights|another address/),
    ).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0)
    await scan(page, `${action}, server offline`)
  }
  await page.getByRole('link', { name: 'add it on the servers screen' }).click()
  await expect(page).toHaveURL(/\/servers$/)
})

test('share: the server refuses the token, then a made token dies', async ({
  page,
  standIn,
}) => {
  const unauthorized = {
    part: 'demo-server' as const,
    method: 'GET',
    status: 401,
    contentType: 'text/html',
    body: '<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>',
    times: 1,
  }
  await signInWithPassword(page, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.goto(`/servers/${demoServer.id}/share`)
  await page.getByLabel(/I understand/).check()

  await standIn.failNext({ ...unauthorized, path: '/security/token' })
  await page.getByRole('button', { name: 'Create transient token' }).click()
  await expect(page.getByRole('alert')).toContainText('refused this token')
  await scan(page, 'share, the server refused the token')

  await page.getByRole('button', { name: 'Create transient token' }).click()
  await expect(page.getByText('Valid until at most')).toBeVisible()
  await standIn.failNext({ ...unauthorized, path: '/' })
  await page.getByRole('button', { name: 'Test token' }).click()
  await expect(
    page.getByText(
      `${demoServer.name} at ${demoServer.url} no longer accepts this token`,
    ),
  ).toBeVisible()
  await scan(page, 'share, a dead token')
})

test('sources: offered only to the owner, refused (403), a source refused, and the not-found page', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'friend@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
  await expect(
    page.getByRole('button', {
      name: `Look up sources from ${demoServer.name}`,
    }),
  ).toHaveAccessibleDescription(/can look up sources on it/)
  await scan(page, 'servers, sources unavailable on a shared server')
  await page.goto(`/servers/${demoServer.id}/sources`)
  await expect(page.getByText(/shared with you, not yours/)).toBeVisible()
  await scan(page, 'sources, a server shared with you')
  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()

  await signInWithPassword(page, 'owner@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
  await page
    .getByRole('link', { name: `Look up sources from ${demoServer.name}` })
    .click()
  const source = page.getByLabel('Source', { exact: true })

  await source.fill(friendServer.id)
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(
    page.getByText(/Start the source with server:\/\//),
  ).toBeVisible()
  await scan(page, 'sources, a source without server://')

  await standIn.failNext({
    part: 'demo-server',
    method: 'GET',
    path: '/security/resources',
    mode: '403-html',
    times: 1,
  })
  await source.fill(`server://${friendServer.id}`)
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(page.getByRole('alert')).toContainText(
    "Only the server's owner can look this up.",
  )
  await scan(page, 'sources, refused (403)')

  await page.goto('/nowhere')
  await expect(
    page.getByRole('heading', { name: 'Page not found' }),
  ).toBeVisible()
  await scan(page, 'not found')
})
