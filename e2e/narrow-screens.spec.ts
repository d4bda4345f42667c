import type { Page } from '@playwright/test'
import { expectNoSidewaysScroll } from './sideways-scroll.ts'
import {
  demoPassword,
  demoServer,
  expect,
  friendServer,
  signInWithPassword,
  test,
  uniqueEmail,
} from './stand-in.ts'

// Issue 6: usable at 320 px wide and at 200 % zoom with no sideways
// scrolling. A 640 px viewport at twice the pixel density is how a 1280 px
// window looks at 200 %.
const sizes = [
  { name: 'at 320 px wide', width: 320, height: 640, deviceScaleFactor: 1 },
  {
    name: 'at 200 % zoom of a 1280 px window',
    width: 640,
    height: 360,
    deviceScaleFactor: 2,
  },
]

// Long words with nowhere to break: a plex.direct host, a token in a link.
const plexDirectLink =
  'https://192-168-1-20.0123456789abcdef0123456789abcdef.plex.direct:32400/library/sections?X-Plex-Token=AbCdEfGh1234567890xy'
const longWord = 'an-unusually-long-name-that-never-offers-a-place-to-break'

async function inspect(page: Page, pasted: string) {
  await page.getByLabel('Token or link').fill(pasted)
  await page.getByRole('button', { name: 'Inspect' }).click()
}

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.deviceScaleFactor,
    })

    test('signed out: sign-in and its steps, link code, inspect and not found', async ({
      page,
      standIn,
    }) => {
      await page.goto('/sign-in')
      await expect(
        page.getByRole('heading', { name: 'Sign in to Plex' }),
      ).toBeVisible()
      await expectNoSidewaysScroll(page, 'sign-in')

      await signInWithPassword(page, `${longWord}@example.com`, 'wrong')
      await expect(page.getByRole('alert')).toContainText('not accepted')
      await expectNoSidewaysScroll(page, 'sign-in, refused')

      await signInWithPassword(page, 'twofactor@example.com')
      const code = page.getByRole('textbox', { name: 'Verification code' })
      await code.fill('000000')
      await page.getByRole('button', { name: 'Verify and sign in' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
      await expectNoSidewaysScroll(page, 'verification code, refused')

      await page.goto('/link-device')
      await expect(
        page.getByRole('heading', { name: 'Your code' }),
      ).toBeVisible()
      await expect(page.getByRole('img', { name: /^QR code/ })).toBeVisible()
      await expectNoSidewaysScroll(page, 'link code')

      await page.goto('/inspect')
      await page.getByLabel('Token or link').fill(plexDirectLink)
      await expect(page.getByText(/^Recognised:/)).toBeVisible()
      await expectNoSidewaysScroll(page, 'inspect, a plex.direct link pasted')
      await page.getByRole('button', { name: 'Inspect' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
      await expectNoSidewaysScroll(page, 'inspect, a link plex.tv refuses')

      const email = uniqueEmail(longWord)
      const { token } = await standIn.addAccount({
        email,
        password: demoPassword,
        username: `${longWord}-${email.slice(-20, -12)}`,
      })
      await inspect(page, `X-Plex-Token=${token}&${longWord}=1`)
      await expect(page.getByText(email)).toBeVisible()
      await page.getByRole('button', { name: 'Show token' }).click()
      await expectNoSidewaysScroll(page, 'inspect, a long account, revealed')

      await page.goto(`/${longWord}/${longWord}`)
      await expect(
        page.getByRole('heading', { name: 'Page not found' }),
      ).toBeVisible()
      await expectNoSidewaysScroll(page, 'not found')
    })

    test('signed in: account, servers, share, sources and sign-out', async ({
      page,
    }) => {
      await signInWithPassword(page, 'owner@example.com')
      await expect(
        page.getByRole('heading', { name: 'Your account' }),
      ).toBeVisible()
      await page.getByRole('button', { name: 'Show token' }).click()
      await expectNoSidewaysScroll(page, 'account, token revealed')

      await page.getByRole('link', { name: 'Servers' }).click()
      const demo = page.getByRole('region', { name: demoServer.name })
      await expect(demo.getByText('Reachable at')).toBeVisible()
      for (const tried of await page.getByText(/^Addresses tried/).all()) {
        await tried.click()
      }
      await expectNoSidewaysScroll(page, 'servers, addresses tried open')
      await page
        .getByLabel('Server address')
        .fill(plexDirectLink.split('/library')[0]!)
      await expect(page.getByText(/^Plexkey will use/)).toBeVisible()
      await expectNoSidewaysScroll(page, 'servers, a long address typed')
      await page.getByRole('button', { name: 'Check this address' }).click()
      await expect(page.getByText(/^No Plex server answered at/)).toBeVisible({
        timeout: 10_000,
      })
      await expectNoSidewaysScroll(page, 'servers, a typed address unanswered')

      await page
        .getByRole('link', { name: `Share access to ${demoServer.name}` })
        .click()
      await page.getByRole('button', { name: 'Create transient token' }).click()
      await expect(page.getByText('Tick the box to confirm')).toBeVisible()
      await expectNoSidewaysScroll(page, 'share, confirm step')
      await page.getByLabel(/I understand/).check()
      await page.getByRole('button', { name: 'Create transient token' }).click()
      await page.getByRole('button', { name: 'Show token' }).click()
      await page.getByRole('button', { name: 'Test token' }).click()
      await expect(page.getByText(/The token works on/)).toBeVisible()
      await expectNoSidewaysScroll(page, 'share, token made and revealed')

      await page.getByRole('link', { name: 'Servers' }).click()
      await page
        .getByRole('link', { name: `Look up sources from ${demoServer.name}` })
        .click()
      await page.getByLabel('Source', { exact: true }).fill(longWord)
      await page.getByRole('button', { name: 'Look up' }).click()
      await expect(page.getByText(/Start the source with/)).toBeVisible()
      await expectNoSidewaysScroll(page, 'sources, a source refused')
      await page
        .getByLabel(
          'Pick another server on your account, yours or shared with you',
        )
        .selectOption({ label: friendServer.name })
      await page.getByRole('button', { name: 'Look up' }).click()
      await expect(page.getByRole('table')).toBeVisible()
      await page.getByRole('button', { name: 'Show access token' }).click()
      await expectNoSidewaysScroll(page, 'sources, connections listed')

      await page.getByRole('link', { name: 'Sign out' }).click()
      await expect(
        page.getByRole('heading', { name: 'Sign out' }),
      ).toBeVisible()
      await expectNoSidewaysScroll(page, 'sign-out')
    })
  })
}
