import type { Page } from '@playwright/test'
import {
  demoServer,
  demoTokens,
  expect,
  plexTvUrl,
  signInWithPassword,
} from './stand-in.ts'

/** Signs in and opens Demo Server's share screen, as a person would. */
export async function openShareScreen(page: Page, login: string) {
  await signInWithPassword(page, login)
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole('link', { name: 'Servers' }).click()
  await page
    .getByRole('link', { name: `Share access to ${demoServer.name}` })
    .click()
  await expect(
    page.getByRole('heading', { name: 'Share access' }),
  ).toBeVisible()
}

/** Confirms, makes a transient token and answers it, copied. */
export async function createToken(page: Page): Promise<string> {
  await page.getByLabel(/I understand/).check()
  await page.getByRole('button', { name: 'Create transient token' }).click()
  await expect(
    page.getByRole('heading', {
      name: `Your transient token for ${demoServer.name}`,
    }),
  ).toBeFocused()
  await page.getByRole('button', { name: 'Copy token' }).click()
  await expect(page.getByText('Token copied.')).toBeVisible()
  return page.evaluate(() => navigator.clipboard.readText())
}

/** The HTTP status Demo Server answers `path` with for `token`. */
export async function serverAnswer(path: string, token: string) {
  const response = await fetch(`${demoServer.url}${path}`, {
    headers: { Accept: 'application/json', 'X-Plex-Token': token },
  })
  return response.status
}

interface ListedConnection {
  uri: string
  local: boolean
  relay: boolean
  IPv6: boolean
}

/** Demo Server's addresses as plex.tv lists them for its owner. */
export async function demoServerConnections(
  clientIdentifier: string,
): Promise<ListedConnection[]> {
  const response = await fetch(
    `${plexTvUrl}/api/v2/resources?includeHttps=1&includeRelay=1&includeIPv6=1`,
    {
      headers: {
        Accept: 'application/json',
        'X-Plex-Client-Identifier': clientIdentifier,
        'X-Plex-Token': demoTokens.owner,
      },
    },
  )
  const devices = (await response.json()) as {
    clientIdentifier: string
    connections: ListedConnection[]
  }[]
  const server = devices.find(
    (device) => device.clientIdentifier === demoServer.id,
  )
  return server?.connections ?? []
}
