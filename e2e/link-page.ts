import type { Browser } from '@playwright/test'
import { demoPassword, expect, plexTvUrl } from './stand-in.ts'

/**
 * Enters a link code at plex.tv/link from another browser, as the owner,
 * the way a person does with their phone.
 */
export async function enterCodeOnAnotherDevice(browser: Browser, code: string) {
  const otherDevice = await browser.newContext()
  const phone = await otherDevice.newPage()
  await phone.goto(`${plexTvUrl}/link`)
  await phone.getByLabel('Email or username').fill('owner@example.com')
  await phone.getByLabel('Password', { exact: true }).fill(demoPassword)
  await phone.getByRole('button', { name: 'Sign in' }).click()
  await phone.getByLabel('Code', { exact: true }).fill(code)
  await phone.getByRole('button', { name: 'Link' }).click()
  await expect(phone.getByText(/^Linked:/)).toBeVisible()
  await otherDevice.close()
}
