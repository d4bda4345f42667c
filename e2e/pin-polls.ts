import type { Page } from '@playwright/test'
import { expect, type StandIn } from './stand-in.ts'

/**
 * Lets ten seconds of the page's clock (page.clock, installed) pass, and a
 * real one for requests under way, and fails if any PIN poll reached
 * plex.tv meanwhile.
 */
export async function expectNoMorePolls(page: Page, standIn: StandIn) {
  const before = await standIn.pinPolls()
  await page.clock.runFor(10_000)
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  expect(await standIn.pinPolls(), 'PIN polls after the expiry').toBe(before)
}
