import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

async function axeViolations(page: Page, rules?: string[]) {
  const builder = new AxeBuilder({ page })
  const results = await (rules ? builder.withRules(rules) : builder).analyze()
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }))
}

/** Fails with the rule ids and elements of every axe violation on the page. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([])
}

// Only colours differ between the schemes: the dark pass needs no more.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/**
 * Scans the page as it is now with every rule in the light colour scheme,
 * then the colour rules in the dark one (alerts and fields change colour),
 * naming the state in any failure. Soft, so one visit reports every state
 * it scans in turn.
 */
export async function expectNoAxeViolationsInBothSchemes(
  page: Page,
  state: string,
) {
  await page.emulateMedia({ colorScheme: 'light' })
  expect.soft(await axeViolations(page), `${state}, light scheme`).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect
    .soft(await axeViolations(page, COLOUR_RULES), `${state}, dark scheme`)
    .toEqual([])
  await page.emulateMedia({ colorScheme: 'light' })
}
