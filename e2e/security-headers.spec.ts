import type { Page } from '@playwright/test'
import { securityHeaders } from '../security-headers.ts'
import {
  demoServer,
  expect,
  expectAccountScreen,
  plexTvUrl,
  signInWithPassword,
  test,
} from './stand-in.ts'

// What the e2e build's preview server must send: the set security-headers.ts
// defines for the stand-in's plex.tv.
const expectedHeaders = securityHeaders(plexTvUrl)

async function expectServedWithHeaders(page: Page, path: string) {
  const response = await page.goto(path)
  const headers = response?.headers() ?? {}
  for (const [name, value] of Object.entries(expectedHeaders)) {
    expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value)
  }
}

test('pages are served with the security headers', async ({ page }) => {
  const response = await page.goto('/account')
  const headers = response?.headers() ?? {}

  const policy = headers['content-security-policy'] ?? ''
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toContain("object-src 'none'")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups')
  expect(headers['permissions-policy']).toContain('camera=()')
})

test('signing in and out breaks no rule of the policy, and injected script does not run', async ({
  page,
  csp,
}) => {
  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  await expect(page.locator('img.avatar')).toHaveJSProperty('complete', true)
  expect(
    await page
      .locator('img.avatar')
      .evaluate((image: HTMLImageElement) => image.naturalWidth),
  ).toBeGreaterThan(0)
  await page.getByRole('link', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByText('You are signed out.')).toBeVisible()
  await csp.settle()
  expect(csp.violations).toEqual([])

  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__pwned = true'
    document.body.append(script)
  })
  expect(
    await page.evaluate(() => (window as { __pwned?: boolean }).__pwned),
  ).toBeUndefined()
  // The watch every test runs under sees the refusal (and so would see any
  // other); this one was provoked, so it is taken out of the count.
  await expect.poll(() => csp.violations.length).toBe(1)
  expect(csp.take()).toEqual([
    expect.objectContaining({
      directive: 'script-src-elem',
      page: expect.stringMatching(/\/sign-in$/),
    }),
  ])
})

test('every screen is served with the same headers and shows under the policy', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const signedOut: [path: string, heading: string][] = [
    ['/sign-in', 'Sign in to Plex'],
    ['/link-device', 'Use a code on another device'],
    ['/inspect', 'Inspect a token'],
    ['/no-such-screen', 'Page not found'],
  ]
  for (const [path, heading] of signedOut) {
    await expectServedWithHeaders(page, path)
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
    if (path === '/link-device') {
      await expect(page.getByRole('img', { name: /^QR code: / })).toBeVisible()
    }
  }
  await expectServedWithHeaders(page, '/sign-in-with-plex.html')
  await expect(
    page.getByRole('heading', { name: 'Sign in with Plex' }),
  ).toBeVisible()

  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  const signedIn: [path: string, shown: string][] = [
    ['/account', 'Your account'],
    ['/servers', 'Your servers'],
    [`/servers/${demoServer.id}/share`, 'Share access'],
    [`/servers/${demoServer.id}/sources`, 'Source connection information'],
    ['/inspect', 'Inspect a token'],
    ['/sign-out', 'Sign out'],
  ]
  for (const [path, heading] of signedIn) {
    await expectServedWithHeaders(page, path)
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
  }
  // The screens that load data have drawn it, avatar included.
  await page.goto('/servers')
  await expect(
    page
      .getByRole('region', { name: demoServer.name })
      .getByText('Reachable at'),
  ).toBeVisible()
  await page.goto('/account')
  await expect(page.locator('img.avatar')).toHaveJSProperty('complete', true)
})
