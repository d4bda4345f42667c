import { expect, type Page } from '@playwright/test'

/**
 * Fails when the page scrolls sideways, naming the screen and the element
 * that sticks out furthest (one whose box does, or whose own text runs
 * past its box); and when a part of it does (a table in a scrolling box).
 * Form fields are left out: their text scrolls by design.
 */
export async function expectNoSidewaysScroll(page: Page, screen: string) {
  const problems = await page.evaluate(() => {
    const root = document.documentElement
    const describe = (element: Element, right: number) =>
      `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className)}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 80)}" reaching ${Math.round(right)} px`
    const scrollsSideways = (element: Element) =>
      !element.matches('input, textarea, select') &&
      ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) &&
      element.scrollWidth > element.clientWidth + 1

    const found: string[] = []
    let widest: { right: number; element: Element } | null = null
    // What a scrolling box holds is reported as that box, not one by one.
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_ELEMENT,
      (node) =>
        node.parentElement !== document.body &&
        node.parentElement !== null &&
        getComputedStyle(node.parentElement).overflowX !== 'visible'
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    )
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element
      if (scrollsSideways(element)) {
        found.push(
          `a part scrolls sideways, ${element.scrollWidth} px in ${element.clientWidth} px: ${describe(element, element.getBoundingClientRect().right)}`,
        )
      }
      const box = element.getBoundingClientRect()
      const hasOwnText = [...element.childNodes].some(
        (child) =>
          child.nodeType === Node.TEXT_NODE && child.textContent?.trim(),
      )
      const textRunsOver =
        hasOwnText && element.scrollWidth > element.clientWidth + 1
      const right =
        box.left + Math.max(box.width, textRunsOver ? element.scrollWidth : 0)
      if (right <= root.clientWidth + 0.5) continue
      if (!widest || right >= widest.right) widest = { right, element }
    }

    if (root.scrollWidth > root.clientWidth) {
      found.unshift(
        `the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window; widest: ${widest ? describe(widest.element, widest.right) : 'no single element'}`,
      )
    }
    return found
  })

  // Soft: one run names every screen that scrolls, not just the first.
  expect.soft(problems, `${screen}: ${problems.join('; ')}`).toEqual([])
}
