import { randomUUID } from 'node:crypto'
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
} from '@playwright/test'
import { relayAppPort, standInPort } from './ports.ts'
import { globalStateProject } from './projects.ts'

/** The e2e stand-in's plex.tv part (see playwright.config.ts). */
export const plexTvUrl = `http://127.0.0.1:${standInPort}`

/** The stand-in's hosted sign-in page (app.plex.tv). */
export const plexAppUrl = `http://127.0.0.1:${standInPort + 1}`

/** The relay build's preview server (VITE_PLEX_TV_RELAY=true). */
export const relayAppUrl = `http://127.0.0.1:${relayAppPort}`

export const demoPassword = 'plexkey-demo'

/** The e2e stand-in's media servers. */
export const demoServer = {
  name: 'Demo Server',
  url: `http://127.0.0.1:${standInPort + 2}`,
  id: 'dec0de00dec0de00dec0de00dec0de00dec0de01',
}
export const friendServer = {
  name: "Friend's Server",
  url: `http://127.0.0.1:${standInPort + 3}`,
  id: 'fa11bacc0fa11bacc0fa11bacc0fa11bacc00002',
}

/** Listed by plex.tv for the owner, offline, with no address at all. */
export const atticServer = {
  name: 'Attic Server',
  id: 'a771c000a771c000a771c000a771c000a771c003',
}

export const demoTokens = {
  owner: 'DEMOxOWNERxTOKENxxx1',
  managedHomeUser: 'DEMOxMANAGEDxHOMEx01',
  revoked: 'DEMOxREVOKEDxTOKENx1',
}

/** The stand-in's failure modes (see stand-in/README.md). */
export type FailureMode =
  | 'dropped'
  | 'hang'
  | '400'
  | '401-json'
  | '401-html'
  | '403-html'
  | '404'
  | '422-xml'
  | '429-seconds'
  | '429-date'
  | '429-bare'
  | '500-html'
  | '502'
  | '503'
  | '200-empty'
  | '200-malformed-json'
  | '200-wrong-shape'
  | '200-xml'
  | '200-html'
  | '200-5mb'

export interface InjectedAnswer {
  /** The stand-in part that answers; plex.tv unless said. */
  part?: 'plex.tv' | 'app' | 'demo-server' | 'friend-server'
  method: string
  path: string
  /** A whole answer by name; leaves out status, body and the rest. */
  mode?: FailureMode
  /** For the 429-seconds and 429-date modes; 120 unless given. */
  retryAfterSeconds?: number
  status?: number
  body?: string
  contentType?: string
  headers?: Record<string, string>
  delayMs?: number
  drop?: boolean
  times?: number
}

export interface JournalEntry {
  part: string
  method: string
  path: string
  hasToken: boolean
  origin: string | null
  hasCookie: boolean
  status: number | null
  at: string
  outcome: 'pending' | 'answered' | 'injected' | 'dropped' | 'hung'
}

async function control(path: string, init: RequestInit = {}) {
  const response = await fetch(`${plexTvUrl}/__standin${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })
  if (!response.ok) {
    throw new Error(`stand-in control ${path}: HTTP ${response.status}`)
  }
  return response
}

/**
 * The stand-in's test controls, scoped to one browser's client identifier so
 * tests running side by side never see each other's failures.
 */
export class StandIn {
  constructor(
    readonly clientIdentifier: string,
    /** Whether this test runs alone, so it may change the stand-in for all. */
    private readonly runsAlone = false,
  ) {}

  private requireRunningAlone(what: string) {
    if (this.runsAlone) return
    throw new Error(
      `${what} changes the stand-in for every test running beside this one: move the test to e2e/${globalStateProject.folder}/`,
    )
  }

  async failNext(answer: InjectedAnswer) {
    await control('/failures', {
      method: 'POST',
      body: JSON.stringify({
        clientIdentifier: this.clientIdentifier,
        ...answer,
      }),
    })
  }

  async clearFailures() {
    await control(
      `/failures?clientIdentifier=${encodeURIComponent(this.clientIdentifier)}`,
      { method: 'DELETE' },
    )
  }

  /** Adds a free account; answers its fixed token. */
  async addAccount(account: {
    email: string
    password: string
    username?: string
    twoFactorCode?: string
  }): Promise<{ token: string }> {
    const response = await control('/accounts', {
      method: 'POST',
      body: JSON.stringify(account),
    })
    return (await response.json()) as { token: string }
  }

  /**
   * Restarts one part (a media server forgets its transient tokens). Only
   * in e2e/global-state/: it is not scoped to this client.
   */
  async restart(part: 'plex.tv' | 'demo-server' | 'friend-server') {
    this.requireRunningAlone(`Restarting ${part}`)
    await control('/restart', {
      method: 'POST',
      body: JSON.stringify({ part }),
    })
  }

  /**
   * Changes a media server's settings for everyone (not scoped to this
   * client), so only in e2e/global-state/; reset them in the same test.
   */
  async setServer(
    part: 'demo-server' | 'friend-server',
    settings: { appPlexTvOnly?: boolean; version?: string | null },
  ) {
    this.requireRunningAlone(`Changing ${part}'s settings`)
    await control('/servers', {
      method: 'POST',
      body: JSON.stringify({ part, ...settings }),
    })
  }

  /** Ends this client's open PINs now, as if their time had run out. */
  async expirePins() {
    await control('/pins/expire', {
      method: 'POST',
      body: JSON.stringify({ clientIdentifier: this.clientIdentifier }),
    })
  }

  /**
   * Makes plex.tv answer this client without CORS headers, as a plex.tv
   * that refuses this page would (`false` lifts it).
   */
  async refuseCors(refuse = true) {
    await control('/cors', {
      method: 'POST',
      body: JSON.stringify({ refuse, clientIdentifier: this.clientIdentifier }),
    })
  }

  /** How many times this client has polled a PIN at plex.tv so far. */
  async pinPolls(): Promise<number> {
    const entries = await this.journal()
    return entries.filter(
      (entry) =>
        entry.part === 'plex.tv' &&
        entry.method === 'GET' &&
        /^\/api\/v2\/pins\/\d+$/.test(entry.path),
    ).length
  }

  /** How many PINs this client has made at plex.tv so far. */
  async pinsMade(): Promise<number> {
    const entries = await this.journal()
    return entries.filter(
      (entry) =>
        entry.part === 'plex.tv' &&
        entry.method === 'POST' &&
        entry.path === '/api/v2/pins',
    ).length
  }

  async journal(): Promise<JournalEntry[]> {
    const response = await control(
      `/requests?clientIdentifier=${encodeURIComponent(this.clientIdentifier)}`,
    )
    return (await response.json()) as JournalEntry[]
  }
}

/** A fresh address nobody else uses, for throwaway accounts. */
export function uniqueEmail(label: string) {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`
}

/** One `securitypolicyviolation` event, in whichever page or popup. */
export interface CspViolation {
  page: string
  directive: string
  blocked: string
  source: string
}

const REPORT_BINDING = '__plexkeyReportCspViolation'

/**
 * Collects the CSP violations of every page and popup of a browser
 * context. The fixture below fails a test that leaves any behind; a test
 * that provokes one on purpose takes it with `take()`.
 */
export class CspWatch {
  private seen: CspViolation[] = []

  constructor(private readonly context: BrowserContext) {}

  get violations(): readonly CspViolation[] {
    return this.seen
  }

  /** Returns the violations so far and forgets them. */
  take(): CspViolation[] {
    const taken = this.seen
    this.seen = []
    return taken
  }

  async start() {
    await this.context.exposeBinding(
      REPORT_BINDING,
      ({ page }, violation: Omit<CspViolation, 'page'>) => {
        this.seen.push({ page: page.url(), ...violation })
      },
    )
    await this.context.addInitScript((binding) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as Record<string, unknown>)[binding]
        if (typeof report !== 'function') return
        void report({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
        })
      })
    }, REPORT_BINDING)
  }

  /** Lets events already raised in open pages reach the binding. */
  async settle() {
    await Promise.all(
      this.context
        .pages()
        .map((page) =>
          page
            .evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)))
            .catch(() => undefined),
        ),
    )
  }
}

/**
 * Every test gets a browser with its own known client identifier, set before
 * the app first runs, and the stand-in controls scoped to it; and fails if
 * any page or popup of its browser broke the Content-Security-Policy.
 */
export const test = base.extend<{ standIn: StandIn; csp: CspWatch }>({
  csp: [
    async ({ context }, use) => {
      const watch = new CspWatch(context)
      await watch.start()
      await use(watch)
      await watch.settle()
      expect(
        watch.violations,
        'no page or popup may break the Content-Security-Policy',
      ).toEqual([])
    },
    { auto: true },
  ],
  standIn: [
    async ({ page }, use, testInfo) => {
      const clientIdentifier = randomUUID()
      await page.addInitScript((id) => {
        if (!localStorage.getItem('plexkey.clientIdentifier')) {
          localStorage.setItem('plexkey.clientIdentifier', id)
        }
      }, clientIdentifier)
      const runsAlone = testInfo.project.name === globalStateProject.name
      await use(new StandIn(clientIdentifier, runsAlone))
    },
    { auto: true },
  ],
})

export { expect }

/** Signs in through the form, as a person would. */
export async function signInWithPassword(
  page: Page,
  login: string,
  password = demoPassword,
) {
  await page.goto('/sign-in')
  await page.getByLabel('Email or username').fill(login)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

/**
 * Waits for the account screen with `email`'s card. The heading comes first:
 * a demo build's sign-in page lists the same addresses, so the address alone
 * would match before the sign-in had even been answered.
 */
export async function expectAccountScreen(page: Page, email: string) {
  await expect(
    page.getByRole('heading', { name: 'Your account' }),
  ).toBeVisible()
  await expect(page.getByText(email, { exact: true })).toBeVisible()
}

/** Puts a token in this tab's session, as if signed in before a reload. */
export async function seedSessionToken(page: Page, token: string) {
  await page.addInitScript((value) => {
    sessionStorage.setItem('plexkey.token', value)
  }, token)
}
