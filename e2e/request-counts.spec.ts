import type { Page } from '@playwright/test'
import { RequestLog } from './request-log.ts'
import {
  demoServer,
  expect,
  expectAccountScreen,
  friendServer,
  plexTvUrl,
  signInWithPassword,
  test,
} from './stand-in.ts'

// Each screen is opened by its address, so it starts with an empty cache
// and fetches everything it shows. It may ask plex.tv and each server
// address once; a second identical call means two queries (or a query and
// an effect) fetch the same thing.

interface Screen {
  name: string
  path: string
  /** Resolves once everything the screen fetches is on it. */
  isShown: (page: Page) => Promise<void>
  /** Calls the screen cannot do without, so an empty count fails. */
  expected: string[]
}

const servers = `GET ${plexTvUrl}/api/v2/resources`
const demoIdentity = `GET ${demoServer.url}/identity`
const friendIdentity = `GET ${friendServer.url}/identity`

const screens: Screen[] = [
  {
    name: 'account',
    path: '/account',
    isShown: async (page) => {
      await expectAccountScreen(page, 'owner@example.com')
      await expect(page.locator('img.avatar')).toHaveJSProperty(
        'complete',
        true,
      )
    },
    expected: [`GET ${plexTvUrl}/api/v2/user`],
  },
  {
    name: 'servers',
    path: '/servers',
    isShown: async (page) => {
      for (const name of [demoServer.name, friendServer.name]) {
        await expect(
          page.getByRole('region', { name }).getByText('Reachable at'),
        ).toBeVisible()
      }
    },
    expected: [servers, demoIdentity, friendIdentity],
  },
  {
    name: 'share',
    path: `/servers/${demoServer.id}/share`,
    isShown: async (page) => {
      await expect(
        page.getByRole('button', { name: 'Create transient token' }),
      ).toBeVisible()
    },
    expected: [servers, demoIdentity],
  },
  {
    name: 'sources',
    path: `/servers/${demoServer.id}/sources`,
    isShown: async (page) => {
      await expect(page.getByRole('button', { name: 'Look up' })).toBeVisible()
    },
    expected: [servers, demoIdentity],
  },
]

for (const screen of screens) {
  test(`the ${screen.name} screen fetches nothing twice`, async ({ page }) => {
    await signInWithPassword(page, 'owner@example.com')
    await expectAccountScreen(page, 'owner@example.com')
    const requests = new RequestLog(page)

    await page.goto(screen.path)
    await screen.isShown(page)
    await requests.settle()

    expect(requests.repeatedApiCalls()).toEqual([])
    expect(requests.apiCalls()).toEqual(expect.arrayContaining(screen.expected))
  })
}
