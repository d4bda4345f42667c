import type { BrowserContext, Page } from '@playwright/test'
import type { Needle, Place } from './find-leaks.ts'

/** The e2e build's hook (src/app/expose-cache-keys.ts). */
const CACHE_KEYS_PROPERTY = '__plexkeyCacheKeys'

/**
 * Everything a leak could hide in during one run: console output of every
 * page and popup, every URL requested or navigated to (workers and
 * websockets too), and the snapshots a test takes of storage, page text and
 * React Query keys. Also the secrets the run handled.
 */
export class LeakRecord {
  readonly places: Place[] = []
  readonly needles: Needle[] = []
  private readonly pending: Promise<unknown>[] = []

  constructor(private readonly context: BrowserContext) {
    context.on('page', (page) => this.watchPage(page))
    for (const page of context.pages()) this.watchPage(page)
    context.on('request', (request) => {
      this.add(`${request.method()} request`, request.url())
    })
  }

  /** A secret to look for; empty values are ignored. */
  secret(label: string, value: string | null | undefined) {
    if (!value) throw new Error(`the leak scan has no value for ${label}`)
    this.needles.push({ label, value })
  }

  async localStorage(page: Page, moment: string) {
    const entries = await page.evaluate(() => Object.entries(localStorage))
    this.add(`localStorage ${moment}`, JSON.stringify(entries))
  }

  async sessionStorage(page: Page, moment: string) {
    const entries = await page.evaluate(() => Object.entries(sessionStorage))
    this.add(`sessionStorage ${moment}`, JSON.stringify(entries))
  }

  async cookies(moment: string) {
    this.add(`cookies ${moment}`, JSON.stringify(await this.context.cookies()))
  }

  /**
   * The page as a person (or a screenshot, or a screen reader) gets it: its
   * text and markup, attributes included, but not what is typed into
   * fields, which is the person's own input.
   */
  async pageText(page: Page, moment: string) {
    const text = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement
      for (const field of copy.querySelectorAll('input, textarea, select')) {
        field.removeAttribute('value')
        if (field instanceof HTMLTextAreaElement) field.textContent = ''
      }
      return `${document.body.innerText}\n${copy.outerHTML}`
    })
    this.add(`page text ${moment} (${page.url()})`, text)
  }

  /** The React Query keys (queries and mutations), via the e2e hook. */
  async cacheKeys(page: Page, moment: string) {
    const keys = await page.evaluate((property) => {
      const read = (window as unknown as Record<string, unknown>)[property]
      if (typeof read !== 'function') return null
      return JSON.stringify((read as () => unknown)())
    }, CACHE_KEYS_PROPERTY)
    // Without the hook the scan would pass on nothing.
    if (keys === null)
      throw new Error(`the e2e build lacks ${CACHE_KEYS_PROPERTY}`)
    this.add(`React Query keys ${moment}`, keys)
  }

  /** Waits for console arguments still being read. */
  async settle() {
    await Promise.allSettled(this.pending)
  }

  private watchPage(page: Page) {
    page.on('console', (message) => {
      const where = `console.${message.type()} of ${page.url()}`
      this.add(where, message.text())
      this.pending.push(
        Promise.all(message.args().map((arg) => arg.jsonValue())).then(
          (values) => this.add(`${where} (arguments)`, JSON.stringify(values)),
          () => undefined,
        ),
      )
    })
    page.on('pageerror', (error) => {
      this.add(`uncaught error in ${page.url()}`, String(error.stack ?? error))
    })
    page.on('framenavigated', (frame) => this.add('navigation', frame.url()))
    page.on('worker', (worker) => this.add('worker', worker.url()))
    page.on('websocket', (socket) => this.add('websocket', socket.url()))
  }

  private add(where: string, text: string) {
    this.places.push({ where, text })
  }
}
