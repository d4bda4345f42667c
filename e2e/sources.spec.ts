import {
  demoServer,
  expect,
  friendServer,
  signInWithPassword,
  test,
} from './stand-in.ts'
import type { Page } from '@playwright/test'

async function openSources(page: Page, login: string) {
  await signInWithPassword(page, login)
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
  await page
    .getByRole('link', { name: 'Look up sources from Demo Server' })
    .click()
  await expect(
    page.getByRole('heading', { name: 'Source connection information' }),
  ).toBeVisible()
}

test("the owner asks Demo Server how to reach Friend's Server", async ({
  page,
}) => {
  await openSources(page, 'owner@example.com')

  await page
    .getByLabel('Pick another server on your account, yours or shared with you')
    .selectOption({ label: friendServer.name })
  await expect(page.getByLabel('Source', { exact: true })).toHaveValue(
    `server://${friendServer.id}`,
  )
  await page.getByRole('button', { name: 'Look up' }).click()

  const result = page.getByRole('region', { name: friendServer.name })
  await expect(result).toBeVisible()
  await expect(
    result.getByRole('cell', { name: friendServer.url, exact: true }),
  ).toBeVisible()
  await expect(result.getByText('Access token hidden')).toBeVisible()
  // Beside the token, what it is, as the share screen says it.
  const about = result.getByText(`A transient token for ${friendServer.name}`)
  await expect(about).toContainText('it works there only')
  await expect(about).toContainText(
    'It ends 48 hours after it was made at the latest, or when the server restarts.',
  )
})

test('a friend is told only the owner can look up sources, and nothing is asked', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'friend@example.com')
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()

  const lookup = page.getByRole('button', {
    name: `Look up sources from ${demoServer.name}`,
  })
  await expect(lookup).toHaveAccessibleDescription(
    'Only demo_owner, who owns it, can look up sources on it: the server refuses everyone else.',
  )
  // It stays in the tab order, and pressing it goes nowhere.
  await lookup.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/servers$/)
  await expect(lookup).toBeFocused()

  // A bookmark to the screen is told the same, and asks nothing either.
  await page.goto(`/servers/${demoServer.id}/sources`)
  await expect(
    page.getByText(`${demoServer.name} is shared with you, not yours.`),
  ).toBeVisible()
  await expect(page.getByLabel('Source', { exact: true })).toHaveCount(0)
  const lookups = (await standIn.journal()).filter(
    (entry) => entry.path === '/security/resources',
  )
  expect(lookups).toEqual([])
})

test('a source without server:// or provider:// is refused before sending', async ({
  page,
  standIn,
}) => {
  await openSources(page, 'owner@example.com')

  await page.getByLabel('Source', { exact: true }).fill(friendServer.id)
  await page.getByRole('button', { name: 'Look up' }).click()

  await expect(
    page.getByText(/Start the source with server:\/\//),
  ).toBeVisible()
  const lookups = (await standIn.journal()).filter(
    (entry) => entry.path === '/security/resources',
  )
  expect(lookups).toEqual([])
})

test('an identifier typed in capitals finds nothing, and the lower-case one is suggested', async ({
  page,
}) => {
  await openSources(page, 'owner@example.com')
  await expect(
    page.getByLabel(
      'Pick another server on your account, yours or shared with you',
    ),
  ).toContainText(friendServer.name)

  await page
    .getByLabel('Source', { exact: true })
    .fill(`server://${friendServer.id.toUpperCase()}`)
  await page.getByRole('button', { name: 'Look up' }).click()

  await expect(page.getByText('Nothing known about that source.')).toBeVisible()
  await expect(
    page.getByText(
      `It is matched exactly as typed, and Plex server identifiers are in lower case: try server://${friendServer.id}.`,
    ),
  ).toBeVisible()
})
