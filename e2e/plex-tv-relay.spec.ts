import type { Page } from '@playwright/test'
import {
  demoPassword,
  expect,
  expectAccountScreen,
  plexAppUrl,
  plexTvUrl,
  relayAppUrl,
  signInWithPassword,
  test,
  uniqueEmail,
} from './stand-in.ts'
import { runsRelayTests } from './ports.ts'

// plex.tv refusing this page's cross-origin requests, as the stand-in's
// switch makes it: answers arrive without Access-Control-Allow-Origin.

/** Every URL the page asks for, to see where the API calls went. */
function recordRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return urls
}

test('the direct build names a refused or blocked plex.tv, not a wrong password, and keeps what was typed', async ({
  page,
  standIn,
}) => {
  const email = uniqueEmail('cors')
  const password = 'cors-refused-1'
  await standIn.addAccount({ email, password })
  await standIn.refuseCors()

  await signInWithPassword(page, email, password)

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Could not reach plex.tv')
  await expect(alert).toContainText('cross-origin (CORS)')
  await expect(alert).toContainText('plex.tv relay')
  await expect(alert).not.toContainText('not accepted')
  await expect(page.getByLabel('Email or username')).toHaveValue(email)
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue(
    password,
  )
  // plex.tv did answer: it was the browser that refused to hand the answer
  // over, which is what CORS looks like.
  expect(
    (await standIn.journal()).filter(
      (entry) => entry.path === '/api/v2/users/signin',
    ),
  ).toMatchObject([{ status: 201, origin: new URL(page.url()).origin }])
})

test.describe('the relay build', () => {
  test.use({ baseURL: relayAppUrl })
  // npm test always builds and runs it; a hand-picked run may lack the build.
  test.skip(
    !runsRelayTests,
    'no dist-e2e-relay: build it with VITE_PLEX_TV_RELAY=true (see README)',
  )

  test('signs in through its own origin and shows the account', async ({
    page,
    standIn,
  }) => {
    const email = uniqueEmail('relay')
    const password = 'relayed-1'
    const username = email.split('@')[0]?.replace('-', '_')
    await standIn.addAccount({ email, password, username })
    await standIn.refuseCors()
    const requested = recordRequests(page)

    await signInWithPassword(page, email, password)

    await expectAccountScreen(page, email)
    const apiCalls = requested.filter((url) => url.includes('/api/v2/'))
    expect(apiCalls.length).toBeGreaterThan(0)
    for (const url of apiCalls) {
      expect(url).toMatch(new RegExp(`^${relayAppUrl}/plex-tv-relay/api/v2/`))
    }
    // Avatars are images, not API calls: they still come from plex.tv.
    const direct = requested.filter(
      (url) => url.startsWith(plexTvUrl) && !url.includes('/avatar'),
    )
    expect(direct).toEqual([])
    // What reached plex.tv came from the relay: no Origin, no cookies.
    const journal = await standIn.journal()
    expect(journal.length).toBeGreaterThan(0)
    for (const entry of journal) {
      expect(entry).toMatchObject({ origin: null, hasCookie: false })
    }
  })

  test('Sign in with Plex still opens Plex’s own page; only the PIN calls are relayed', async ({
    page,
    standIn,
  }) => {
    await standIn.refuseCors()
    const requested = recordRequests(page)
    await page.goto('/sign-in')

    const popupOpened = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Sign in with Plex' }).click()
    const popup = await popupOpened
    await expect(
      popup.getByText('Plexkey wants to use your Plex account.'),
    ).toBeVisible()
    expect(popup.url().startsWith(`${plexAppUrl}/auth#?`)).toBe(true)
    await popup.getByLabel('Email or username').fill('owner@example.com')
    await popup.getByLabel('Password', { exact: true }).fill(demoPassword)
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click()
    await popup.getByRole('button', { name: 'Approve' }).click()

    await expectAccountScreen(page, 'owner@example.com')
    const pinCalls = requested.filter((url) => url.includes('/api/v2/pins'))
    expect(pinCalls.length).toBeGreaterThan(0)
    for (const url of pinCalls) {
      expect(url.startsWith(`${relayAppUrl}/plex-tv-relay/`)).toBe(true)
    }
  })
})
