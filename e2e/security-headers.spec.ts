import {
  expect,
  expectAccountScreen,
  signInWithPassword,
  test,
} from './stand-in.ts'

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
}) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })

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

  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  )
  expect(violations).toEqual([])

  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__pwned = true'
    document.body.append(script)
  })
  expect(
    await page.evaluate(() => (window as { __pwned?: boolean }).__pwned),
  ).toBeUndefined()
})
