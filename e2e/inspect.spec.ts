import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import {
  demoServer,
  demoTokens,
  expect,
  signInWithPassword,
  test,
} from './stand-in.ts'

const ownerToken = 'DEMOxOWNERxTOKENxxx1'
// Shaped like a Plex JWT; the stand-in knows no JWTs, so plex.tv refuses it.
const unknownJwt =
  'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJURVNUIn0.c2lnbmF0dXJlLXRlc3Q'

async function inspect(page: Page, pasted: string) {
  await page.getByLabel('Token or link').fill(pasted)
  await page.getByRole('button', { name: 'Inspect' }).click()
}

test('an owner token shows its account card, the token masked', async ({
  page,
}) => {
  await page.goto('/inspect')

  await inspect(page, ownerToken)

  await expect(page.getByText('owner@example.com')).toBeVisible()
  await expect(page.getByText('Token hidden')).toBeVisible()
  await expect(page.getByText(ownerToken)).toHaveCount(0)
})

test('a managed Home user token shows a managed profile', async ({ page }) => {
  await page.goto('/inspect')

  await inspect(page, demoTokens.managedHomeUser)

  await expect(page.getByText('Managed profile, no e-mail')).toBeVisible()
})

test('a revoked token is reported as revoked or not accepted', async ({
  page,
}) => {
  await page.goto('/inspect')

  await inspect(page, demoTokens.revoked)

  await expect(page.getByRole('alert')).toContainText(
    'Revoked or not accepted by plex.tv.',
  )
})

test('a JWT plex.tv does not know is reported as not accepted', async ({
  page,
}) => {
  await page.goto('/inspect')
  await page.getByLabel('Token or link').fill(unknownJwt)
  await expect(page.getByText('Recognised: a Plex JWT')).toBeVisible()

  await page.getByRole('button', { name: 'Inspect' }).click()

  await expect(page.getByRole('alert')).toContainText('not accepted')
})

test('a transient token is explained and sent nowhere', async ({
  page,
  standIn,
}) => {
  await page.goto('/inspect')

  await inspect(page, 'transient-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d')

  await expect(
    page.getByText(/works only on the server that made it/),
  ).toBeVisible()
  expect(await standIn.journal()).toEqual([])
})

test('a claim code is explained and sent nowhere', async ({
  page,
  standIn,
}) => {
  await page.goto('/inspect')

  await inspect(page, 'claim-AbCdEfGhIjKlMnOpQrSt')

  await expect(
    page.getByText('A server claim code, not a sign-in token.'),
  ).toBeVisible()
  expect(await standIn.journal()).toEqual([])
})

test('a token is taken out of a link, the host shown and nothing leaked', async ({
  page,
  standIn,
}) => {
  const logged: string[] = []
  page.on('console', (message) => logged.push(message.text()))
  await page.goto('/inspect')

  await inspect(
    page,
    `${demoServer.url}/library/sections?X-Plex-Token=${ownerToken}\n`,
  )

  await expect(page.getByText('owner@example.com')).toBeVisible()
  await expect(
    page.getByText(new URL(demoServer.url).host, { exact: true }),
  ).toBeVisible()
  const lookups = (await standIn.journal()).filter(
    (entry) => entry.path === '/api/v2/user',
  )
  expect(lookups).toMatchObject([{ hasToken: true, status: 200 }])
  expect(logged.join('\n')).not.toContain(ownerToken)
  expect(page.url()).not.toContain(ownerToken)
})

test('a bare query string is recognised and its token inspected', async ({
  page,
}) => {
  await page.goto('/inspect')

  await page
    .getByLabel('Token or link')
    .fill(`X-Plex-Token=${ownerToken}&foo=1`)
  await expect(
    page.getByText(
      'Recognised: a Plex account token, taken out of a query string.',
    ),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Inspect' }).click()

  await expect(page.getByText('owner@example.com')).toBeVisible()
  await expect(page.getByText(ownerToken)).toHaveCount(0)
})

const tokenWrappings: [where: string, pasted: string, recognised: string][] = [
  [
    'in a link’s fragment',
    `http://h/#X-Plex-Token=${ownerToken}`,
    'Recognised: a Plex account token, taken out of a link to h.',
  ],
  [
    'in a header line from dev tools',
    `X-Plex-Token: ${ownerToken}`,
    'Recognised: a Plex account token, taken out of an X-Plex-Token header.',
  ],
  [
    'in a curl line’s header',
    `-H 'X-Plex-Token: ${ownerToken}'`,
    'Recognised: a Plex account token, taken out of an X-Plex-Token header.',
  ],
  [
    'in a whole one-line curl command',
    `curl -H 'X-Plex-Token: ${ownerToken}' http://127.0.0.1:32400/`,
    'Recognised: a Plex account token, taken out of a curl command.',
  ],
  [
    'in Chrome’s multi-line “Copy as cURL”',
    [
      `curl 'http://127.0.0.1:32400/library/sections' \\`,
      `  -H 'Accept: application/json' \\`,
      `  -H 'X-Plex-Token: ${ownerToken}' \\`,
      `  --compressed`,
    ].join('\n'),
    'Recognised: a Plex account token, taken out of a curl command.',
  ],
]
for (const [where, pasted, recognised] of tokenWrappings) {
  test(`a token ${where} is recognised and inspected`, async ({ page }) => {
    await page.goto('/inspect')

    await page.getByLabel('Token or link').fill(pasted)
    await expect(page.getByText(recognised)).toBeVisible()
    await page.getByRole('button', { name: 'Inspect' }).click()

    await expect(page.getByText('owner@example.com')).toBeVisible()
    await expect(page.getByText(ownerToken)).toHaveCount(0)
  })
}

test('a value in quotes is taken without them', async ({ page, standIn }) => {
  await page.goto('/inspect')

  await inspect(page, `"${ownerToken}"`)

  await expect(page.getByText('owner@example.com')).toBeVisible()
  const lookups = (await standIn.journal()).filter(
    (entry) => entry.path === '/api/v2/user',
  )
  expect(lookups).toMatchObject([{ hasToken: true, status: 200 }])
})

test('a line break inside is refused with the reason, nothing sent', async ({
  page,
  standIn,
}) => {
  await page.goto('/inspect')

  await inspect(page, 'DEMOxOWNERx\nTOKENxxx1')

  await expect(page.getByRole('alert')).toContainText(
    'There is a line break inside what you pasted.',
  )
  expect(await standIn.journal()).toEqual([])
})

test('using an inspected token signs in and opens the account', async ({
  page,
}) => {
  await page.goto('/inspect')
  await inspect(page, ownerToken)
  await expect(page.getByText('owner@example.com')).toBeVisible()

  await page.getByRole('button', { name: 'Use this token' }).click()

  await expect(page).toHaveURL(/\/account$/)
  await expect(
    page.getByRole('heading', { name: 'Your account' }),
  ).toBeVisible()
  await expect(page.getByText('owner@example.com')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sign out' })).toBeVisible()
})

test('signed in, inspecting a revoked token does not sign out', async ({
  page,
}) => {
  await signInWithPassword(page, 'friend@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Inspect a token' }).click()

  await inspect(page, demoTokens.revoked)

  await expect(page.getByRole('alert')).toContainText('you are still signed in')
  await page.getByRole('link', { name: 'Account' }).click()
  await expect(page.getByText('friend@example.com')).toBeVisible()
})

test('the screen with a result has no axe violations', async ({ page }) => {
  await page.goto('/inspect')
  await inspect(page, ownerToken)
  await expect(
    page.getByRole('button', { name: 'Use this token' }),
  ).toBeVisible()

  await expectNoAxeViolations(page)
})
