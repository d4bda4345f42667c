import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { plexAppUrl } from '../../lib/plex/config.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { plexErrorBody } from '../../testing/fixtures/plex-errors.ts'
import {
  plexPinFixture,
  TEST_PIN_ID,
  TEST_STRONG_CODE,
} from '../../testing/fixtures/plex-pins.ts'
import { allowConsole } from '../../testing/console-guard.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import type * as SignInWindow from './sign-in-window.ts'
import { renderApp } from '../../testing/render-app.tsx'
import { closePlexWindow } from './plex-window.ts'
import {
  openPlaceholderWindow,
  sendThisTabTo,
  windowReturnUrl,
} from './sign-in-window.ts'

vi.mock('./sign-in-window.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof SignInWindow>()),
  openPlaceholderWindow: vi.fn(),
  sendThisTabTo: vi.fn(),
}))

const PINS_URL = plexTv('/api/v2/pins')
const POLL_URL = plexTv(`/api/v2/pins/${TEST_PIN_ID}`)
const WAITING_HEADING = 'Finish signing in on Plex’s page'

interface FakeWindow {
  location: { href: string }
  closed: boolean
  close: ReturnType<typeof vi.fn>
  focus: ReturnType<typeof vi.fn>
}

function fakeWindow(): FakeWindow {
  const opened: FakeWindow = {
    location: { href: '' },
    closed: false,
    close: vi.fn(() => {
      opened.closed = true
    }),
    focus: vi.fn(),
  }
  return opened
}

let signInWindow: FakeWindow

beforeEach(() => {
  signInWindow = fakeWindow()
  vi.mocked(openPlaceholderWindow).mockReset()
  vi.mocked(openPlaceholderWindow).mockReturnValue(
    signInWindow as unknown as Window,
  )
  vi.mocked(sendThisTabTo).mockReset()
})

afterEach(() => {
  // The window outlives a screen, so a test's window would be the next's.
  closePlexWindow()
})

function countPolls(answer: () => Response) {
  const polls = { count: 0 }
  server.use(
    http.get(POLL_URL, () => {
      polls.count += 1
      return answer()
    }),
  )
  return polls
}

const approved = () =>
  HttpResponse.json(plexPinFixture({ authToken: TEST_TOKEN }))
const expired = () =>
  HttpResponse.json(plexErrorBody(1020, 'Code not found or expired', 404), {
    status: 404,
  })

async function startPlexSignIn(
  user: ReturnType<typeof renderApp>['user'],
  { holdingTheClock = false } = {},
) {
  const start = await screen.findByRole('button', { name: 'Sign in with Plex' })
  // Only now: the screen's chunk loads on real time. From here on the
  // clock moves only when the test moves it, however busy the machine is.
  if (holdingTheClock) vi.useFakeTimers()
  await user.click(start)
}

describe('PlexSignIn', () => {
  it('opens the window within the click, then sends it to Plex’s page with the PIN', async () => {
    let windowsOpenAtRequest = -1
    server.use(
      http.post(PINS_URL, () => {
        windowsOpenAtRequest = vi.mocked(openPlaceholderWindow).mock.calls
          .length
        return HttpResponse.json(plexPinFixture(), { status: 201 })
      }),
    )
    const { user } = renderApp('/sign-in')

    await startPlexSignIn(user)

    const heading = await screen.findByRole('heading', {
      name: WAITING_HEADING,
    })
    expect(windowsOpenAtRequest).toBe(1)
    const sent = new URL(signInWindow.location.href)
    expect(`${sent.origin}${sent.pathname}`).toBe(`${plexAppUrl}/auth`)
    const params = new URLSearchParams(sent.hash.replace(/^#\??/, ''))
    expect(params.get('code')).toBe(TEST_STRONG_CODE)
    expect(params.get('context[device][product]')).toBe('Plexkey')
    // Once approved, Plex's page sends the window to our page, which says
    // what became of the sign-in.
    expect(params.get('forwardUrl')).toBe(windowReturnUrl(TEST_PIN_ID))
    await waitFor(() => expect(heading).toHaveFocus())
    // Kept (no token, only what polling needs) so a reload waits on.
    expect(
      JSON.parse(sessionStorage.getItem('plexkey.pendingPin') ?? 'null'),
    ).toMatchObject({ id: TEST_PIN_ID, code: TEST_STRONG_CODE })
  })

  it('signs in once the poll finds the PIN approved', async () => {
    countPolls(approved)
    const { user, history } = renderApp('/sign-in')

    await startPlexSignIn(user)

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(history.at(-1)).toBe('/account')
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
    expect(sessionStorage.getItem('plexkey.pendingPin')).toBeNull()
  })

  it('without a window it sends this tab to Plex and resumes on return', async () => {
    vi.mocked(openPlaceholderWindow).mockReturnValue(null)
    const first = renderApp('/sign-in')

    await startPlexSignIn(first.user)

    await waitFor(() => expect(sendThisTabTo).toHaveBeenCalledOnce())
    const sent = new URL(vi.mocked(sendThisTabTo).mock.calls[0]![0])
    const params = new URLSearchParams(sent.hash.replace(/^#\??/, ''))
    expect(params.get('forwardUrl')).toBe(`${location.origin}/sign-in`)
    const pending = sessionStorage.getItem('plexkey.pendingPin') ?? ''
    expect(JSON.parse(pending)).toMatchObject({
      id: TEST_PIN_ID,
      code: TEST_STRONG_CODE,
    })
    first.unmount()

    countPolls(approved)
    renderApp('/sign-in')

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.pendingPin')).toBeNull()
  })

  it('back from Plex’s page in this tab, the wait speaks of this tab, not a window', async () => {
    vi.mocked(openPlaceholderWindow).mockReturnValue(null)
    countPolls(() => HttpResponse.json(plexPinFixture()))
    const first = renderApp('/sign-in')
    await startPlexSignIn(first.user)
    await waitFor(() => expect(sendThisTabTo).toHaveBeenCalledOnce())
    first.unmount()

    renderApp('/sign-in')

    await screen.findByRole('heading', { name: WAITING_HEADING })
    expect(
      screen.getByText(/The browser opened no window, so Plex’s page showed/),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/“Open Plex’s page again” takes this tab back/),
    ).toBeInTheDocument()
    expect(screen.queryByText(/window out of Plexkey’s reach/)).toBeNull()
  })

  it('Cancel after Plex’s page showed in this tab speaks of no window', async () => {
    vi.mocked(openPlaceholderWindow).mockReturnValue(null)
    countPolls(() => HttpResponse.json(plexPinFixture()))
    const { user } = renderApp('/sign-in')
    await startPlexSignIn(user)
    await waitFor(() => expect(sendThisTabTo).toHaveBeenCalledOnce())
    await screen.findByRole('heading', { name: WAITING_HEADING })

    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(screen.getByText('Sign-in cancelled.')).toBeInTheDocument()
    expect(
      screen.getByText('Approving it on Plex’s page now signs nothing in.'),
    ).toBeInTheDocument()
    expect(screen.queryByText(/another window/)).toBeNull()
  })

  it('with Plex’s page in a window, the wait says the window is out of reach', async () => {
    countPolls(() => HttpResponse.json(plexPinFixture()))
    const { user } = renderApp('/sign-in')
    await startPlexSignIn(user)

    await screen.findByRole('heading', { name: WAITING_HEADING })
    expect(
      screen.getByText(/window out of Plexkey’s reach/),
    ).toBeInTheDocument()
    expect(screen.queryByText(/opened no window/)).toBeNull()
  })

  it('Open Plex’s page again brings the one window forward while it can', async () => {
    let pinsMade = 0
    server.use(
      http.post(PINS_URL, () => {
        pinsMade += 1
        return HttpResponse.json(plexPinFixture(), { status: 201 })
      }),
    )
    const { user } = renderApp('/sign-in')
    await startPlexSignIn(user)
    await screen.findByRole('heading', { name: WAITING_HEADING })
    const firstPage = signInWindow.location.href
    const reopen = screen.getByRole('button', {
      name: 'Open Plex’s page again',
    })

    await user.click(reopen)
    await user.click(reopen)

    expect(openPlaceholderWindow).toHaveBeenCalledOnce()
    expect(signInWindow.focus).toHaveBeenCalledTimes(2)
    expect(signInWindow.close).not.toHaveBeenCalled()
    expect(signInWindow.location.href).toBe(firstPage)
    expect(pinsMade).toBe(1)
  })

  it('opens the same PIN’s page in a new window once the first is gone', async () => {
    let pinsMade = 0
    server.use(
      http.post(PINS_URL, () => {
        pinsMade += 1
        return HttpResponse.json(plexPinFixture(), { status: 201 })
      }),
    )
    const { user } = renderApp('/sign-in')
    await startPlexSignIn(user)
    await screen.findByRole('heading', { name: WAITING_HEADING })
    signInWindow.closed = true
    const reopened = fakeWindow()
    vi.mocked(openPlaceholderWindow).mockReturnValue(
      reopened as unknown as Window,
    )

    await user.click(
      screen.getByRole('button', { name: 'Open Plex’s page again' }),
    )

    expect(openPlaceholderWindow).toHaveBeenCalledTimes(2)
    expect(reopened.location.href).toBe(signInWindow.location.href)
    expect(reopened.location.href).toContain(`code=${TEST_STRONG_CODE}`)
    expect(pinsMade).toBe(1)
    expect(
      screen.getByRole('heading', { name: WAITING_HEADING }),
    ).toBeInTheDocument()
  })

  it('a reload while Plex’s window is open waits for the same PIN', async () => {
    let pinsMade = 0
    server.use(
      http.post(PINS_URL, () => {
        pinsMade += 1
        return HttpResponse.json(plexPinFixture(), { status: 201 })
      }),
    )
    countPolls(() => HttpResponse.json(plexPinFixture()))
    const first = renderApp('/sign-in')
    await startPlexSignIn(first.user)
    await screen.findByRole('heading', { name: WAITING_HEADING })
    first.unmount()

    renderApp('/sign-in')

    expect(
      await screen.findByRole('heading', { name: WAITING_HEADING }),
    ).toBeInTheDocument()
    countPolls(approved)
    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(pinsMade).toBe(1)
    expect(sessionStorage.getItem('plexkey.pendingPin')).toBeNull()
  })

  it('an approval while another screen shows signs this tab in', async () => {
    countPolls(() => HttpResponse.json(plexPinFixture()))
    const { user, history } = renderApp('/sign-in')
    await startPlexSignIn(user)
    await screen.findByRole('heading', { name: WAITING_HEADING })

    await user.click(screen.getByRole('link', { name: 'Inspect a token' }))
    await screen.findByLabelText('Token or link')
    countPolls(approved)

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(history.at(-1)).toBe('/account')
  })

  it('back from Plex’s page in this tab, it can send the tab there again', async () => {
    sessionStorage.setItem(
      'plexkey.pendingPin',
      JSON.stringify({
        id: TEST_PIN_ID,
        code: TEST_STRONG_CODE,
        expiresAt: Date.now() + 600_000,
      }),
    )
    vi.mocked(openPlaceholderWindow).mockReturnValue(null)
    const { user } = renderApp('/sign-in')

    await user.click(
      await screen.findByRole('button', { name: 'Open Plex’s page again' }),
    )

    expect(sendThisTabTo).toHaveBeenCalledOnce()
    const sent = new URL(vi.mocked(sendThisTabTo).mock.calls[0]![0])
    const params = new URLSearchParams(sent.hash.replace(/^#\??/, ''))
    expect(params.get('code')).toBe(TEST_STRONG_CODE)
    expect(params.get('forwardUrl')).toBe(`${location.origin}/sign-in`)
    expect(sessionStorage.getItem('plexkey.pendingPin')).toContain(
      TEST_STRONG_CODE,
    )
  })

  it('a PIN answer without an id closes the window unvisited and polls nothing', async () => {
    allowConsole('warn')
    server.use(
      http.post(PINS_URL, () =>
        HttpResponse.json(plexPinFixture({ id: null }), { status: 201 }),
      ),
    )
    const polls = countPolls(approved)
    const { user } = renderApp('/sign-in')

    await startPlexSignIn(user)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'in a form Plexkey does not know',
    )
    expect(signInWindow.close).toHaveBeenCalledOnce()
    expect(signInWindow.location.href).toBe('')
    expect(polls.count).toBe(0)
    expect(
      screen.getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument()
  })

  it('an expired PIN (1020) stops polling and offers to start again', async () => {
    const polls = countPolls(expired)
    const { user } = renderApp('/sign-in')

    await startPlexSignIn(user, { holdingTheClock: true })

    expect(
      await screen.findByText('This sign-in expired. Start again.'),
    ).toBeInTheDocument()
    // The other ways in stay in reach in this state too.
    expect(
      screen.getByRole('link', { name: 'Use a code on another device' }),
    ).toBeInTheDocument()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(polls.count).toBe(1)

    countPolls(approved)
    // Plex's page in the first window keeps it out of Plexkey's reach.
    signInWindow.closed = true
    // The account screen's chunk loads on real time.
    vi.useRealTimers()
    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(openPlaceholderWindow).toHaveBeenCalledTimes(2)
  })

  it('counts down, speaks only now and then, and expires on time', async () => {
    server.use(
      http.post(PINS_URL, () =>
        HttpResponse.json(plexPinFixture({ expiresIn: 90 }), { status: 201 }),
      ),
    )
    const polls = countPolls(() => HttpResponse.json(plexPinFixture()))
    const { user } = renderApp('/sign-in')

    await startPlexSignIn(user, { holdingTheClock: true })

    expect(await screen.findByText('1 min 30 s')).toBeInTheDocument()
    // The true time left, not rounded up to the next step.
    expect(screen.getByText('1 min 30 s left.')).toBeInTheDocument()
    await vi.advanceTimersByTimeAsync(45_000)
    expect(screen.getByText('45 s')).toBeInTheDocument()
    expect(screen.getByText('45 s left.')).toBeInTheDocument()
    // Once a second: the look when the PIN came, and one per second since.
    expect(polls.count).toBe(46)
    await vi.advanceTimersByTimeAsync(45_000)
    expect(
      screen.getByText('This sign-in expired. Start again.'),
    ).toBeInTheDocument()
    const pollsAtExpiry = polls.count
    await vi.advanceTimersByTimeAsync(5_000)
    expect(polls.count).toBe(pollsAtExpiry)
  })

  it('Cancel stops polling, closes the window and goes back to the start', async () => {
    const polls = countPolls(() => HttpResponse.json(plexPinFixture()))
    const { user } = renderApp('/sign-in')
    await startPlexSignIn(user, { holdingTheClock: true })
    await screen.findByRole('heading', { name: WAITING_HEADING })

    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    const heading = screen.getByRole('heading', { name: 'Sign in with Plex' })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(signInWindow.close).toHaveBeenCalledOnce()
    expect(screen.queryByText('Sign-in cancelled.')).not.toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.pendingPin')).toBeNull()
    const pollsAtCancel = polls.count
    await vi.advanceTimersByTimeAsync(5_000)
    expect(polls.count).toBe(pollsAtCancel)
  })

  it('a sign-out in another tab stops the wait, forgets the PIN and says why', async () => {
    const polls = countPolls(() => HttpResponse.json(plexPinFixture()))
    const { user } = renderApp('/sign-in')
    await startPlexSignIn(user)
    await screen.findByRole('heading', { name: WAITING_HEADING })
    const otherTab = new BroadcastChannel('plexkey-session')

    otherTab.postMessage({ type: 'signed-out' })

    const heading = await screen.findByRole('heading', {
      name: 'Sign in with Plex',
    })
    otherTab.close()
    await waitFor(() => expect(heading).toHaveFocus())
    expect(
      screen.getByText(
        'You signed out in another Plexkey tab, so this sign-in was stopped.',
      ),
    ).toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.pendingPin')).toBeNull()
    const pollsAtStop = polls.count
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(polls.count).toBe(pollsAtStop)
  })

  it('Cancel says so when Plex’s page keeps its window out of reach', async () => {
    countPolls(() => HttpResponse.json(plexPinFixture()))
    const { user } = renderApp('/sign-in')
    await startPlexSignIn(user)
    await screen.findByRole('heading', { name: WAITING_HEADING })
    // As once Plex's page (Cross-Origin-Opener-Policy) is in the window.
    signInWindow.closed = true

    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(screen.getByText('Sign-in cancelled.')).toBeInTheDocument()
    expect(screen.getByText(/Approving there now signs/)).toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.pendingPin')).toBeNull()
  })

  it('a failed poll shows a message and polling goes on', async () => {
    let answers = 0
    server.use(
      http.get(POLL_URL, () => {
        answers += 1
        return answers === 1 ? HttpResponse.error() : approved()
      }),
    )
    const { user } = renderApp('/sign-in')

    await startPlexSignIn(user, { holdingTheClock: true })

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not check the sign-in just now.',
    )
    expect(answers).toBe(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(answers).toBe(2)
    // The account screen's chunk loads on real time.
    vi.useRealTimers()
    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
  })
})
