import { expect, type Page, type Request } from '@playwright/test'

/** One request the page sent, as the browser sent it. */
export interface SeenRequest {
  method: string
  url: URL
  resourceType: string
}

// How long the page must send nothing before a count is read: long enough
// for a second fetch started by a render or an effect to show.
const QUIET_MS = 1_000

/**
 * Every request a page sends from now on, as Playwright sees them. Unlike
 * the stand-in's journal, this also holds requests that carry no client
 * identifier (images, a stray fetch) and those to other hosts.
 */
export class RequestLog {
  #requests: SeenRequest[] = []
  #inFlight = new Set<Request>()
  #lastActivity = Date.now()

  constructor(page: Page) {
    page.on('request', (request) => {
      this.#requests.push({
        method: request.method(),
        url: new URL(request.url()),
        resourceType: request.resourceType(),
      })
      this.#inFlight.add(request)
      this.#lastActivity = Date.now()
    })
    const settled = (request: Request) => {
      this.#inFlight.delete(request)
      this.#lastActivity = Date.now()
    }
    page.on('requestfinished', settled)
    page.on('requestfailed', settled)
  }

  /** Forgets what was seen so far, e.g. before opening the next screen. */
  clear() {
    this.#requests = []
  }

  /** Waits until nothing has been in flight for a second. */
  async settle() {
    await expect
      .poll(
        () =>
          this.#inFlight.size === 0 &&
          Date.now() - this.#lastActivity >= QUIET_MS,
        { message: 'the page kept sending requests', timeout: 15_000 },
      )
      .toBe(true)
  }

  /**
   * The app's calls — fetches, preflights aside (the browser sends those,
   * not the app) — as `METHOD origin/path`, query left out, oldest first.
   */
  apiCalls(): string[] {
    return this.#requests
      .filter(
        (request) =>
          (request.resourceType === 'fetch' ||
            request.resourceType === 'xhr') &&
          request.method !== 'OPTIONS',
      )
      .map(
        (request) =>
          `${request.method} ${request.url.origin}${request.url.pathname}`,
      )
  }

  /** The calls sent more than once, with their count. */
  repeatedApiCalls(): string[] {
    const counts = new Map<string, number>()
    for (const call of this.apiCalls()) {
      counts.set(call, (counts.get(call) ?? 0) + 1)
    }
    return [...counts]
      .filter(([, count]) => count > 1)
      .map(([call, count]) => `${call} (${count} times)`)
  }
}
