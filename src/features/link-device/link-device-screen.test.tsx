import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { plexTvUrl } from '../../lib/plex/config.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { plexErrorBody } from '../../testing/fixtures/plex-errors.ts'
import {
  plexPinFixture,
  TEST_PIN_ID,
  TEST_SHORT_CODE,
} from '../../testing/fixtures/plex-pins.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

const PINS_URL = plexTv('/api/v2/pins')
const POLL_URL = plexTv(`/api/v2/pins/${TEST_PIN_ID}`)

function answerPolls(answer: () => Response) {
  const polls = { count: 0 }
  server.use(
    http.get(POLL_URL, () => {
      polls.count += 1
      return answer()
    }),
  )
  return polls
}

const waiting = () =>
  HttpResponse.json(plexPinFixture({ code: TEST_SHORT_CODE }))

describe('LinkDeviceScreen', () => {
  it('asks for a short code once and shows it with the link page and its QR code', async () => {
    const strongFlags: (string | null)[] = []
    server.use(
      http.post(PINS_URL, ({ request }) => {
        strongFlags.push(new URL(request.url).searchParams.get('strong'))
        return HttpResponse.json(
          plexPinFixture({ code: TEST_SHORT_CODE, expiresIn: 900 }),
          { status: 201 },
        )
      }),
    )
    answerPolls(waiting)
    // The code is asked for as the screen opens, so only the clock's reading
    // is held: the time left shown must not depend on how busy the machine is.
    vi.useFakeTimers({ toFake: ['Date'] })
    const { container } = renderApp('/link-device')

    const heading = await screen.findByRole('heading', { name: 'Your code' })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(strongFlags).toEqual([null])
    expect(screen.getByText('T S T 4')).toBeInTheDocument()
    expect(screen.getByText('15 min')).toBeInTheDocument()
    const link = screen.getByRole('link', { name: /\/link$/ })
    expect(link).toHaveAttribute('href', `${plexTvUrl}/link`)
    const qr = screen.getByRole('img', { name: /^QR code: / })
    expect(qr.tagName.toLowerCase()).toBe('svg')
    expect(within(qr).queryByRole('img')).toBeNull()
    expect(container.querySelector('img[src^="data:"], canvas')).toBeNull()
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d/)
  })

  it('signs in once someone enters the code elsewhere', async () => {
    answerPolls(() =>
      HttpResponse.json(
        plexPinFixture({ code: TEST_SHORT_CODE, authToken: TEST_TOKEN }),
      ),
    )
    const { history } = renderApp('/link-device')

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(history.at(-1)).toBe('/account')
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
  })

  it('an expired code stops polling; Start again makes a new one', async () => {
    const polls = answerPolls(() =>
      HttpResponse.json(plexErrorBody(1020, 'Code not found or expired', 404), {
        status: 404,
      }),
    )
    const { user } = renderApp('/link-device')

    expect(
      await screen.findByText('This code expired. Start again.'),
    ).toBeInTheDocument()
    vi.useFakeTimers()
    await vi.advanceTimersByTimeAsync(3_000)
    expect(polls.count).toBe(1)

    answerPolls(waiting)
    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(
      await screen.findByRole('heading', { name: 'Your code' }),
    ).toBeInTheDocument()
  })

  it('Cancel stops polling and offers a new code', async () => {
    const polls = answerPolls(waiting)
    const { user } = renderApp('/link-device')
    await screen.findByRole('heading', { name: 'Your code' })
    vi.useFakeTimers()

    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(
      screen.getByRole('heading', { name: 'Get a code' }),
    ).toBeInTheDocument()
    const pollsAtCancel = polls.count
    await vi.advanceTimersByTimeAsync(3_000)
    expect(polls.count).toBe(pollsAtCancel)
  })

  it('Cancel says the code may still link at plex.tv, until when, and that it signs nothing in here', async () => {
    server.use(
      http.post(PINS_URL, () =>
        HttpResponse.json(
          plexPinFixture({ code: TEST_SHORT_CODE, expiresIn: 900 }),
          { status: 201 },
        ),
      ),
    )
    answerPolls(waiting)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2030, 0, 1, 9, 0))
    const { user } = renderApp('/link-device')
    await screen.findByRole('heading', { name: 'Your code' })

    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    const heading = screen.getByRole('heading', { name: 'Get a code' })
    await waitFor(() => expect(heading).toHaveFocus())
    const notice = screen.getByText('Sign-in cancelled.').closest('.alert')
    expect(notice).toHaveTextContent('Sign-in cancelled.')
    const expiry = new Intl.DateTimeFormat(undefined, {
      timeStyle: 'short',
    }).format(new Date(2030, 0, 1, 9, 15))
    expect(notice).toHaveTextContent(
      `plex.tv may still accept the code TST4 at its link page until it expires at ${expiry}, but entering it now signs nothing in here.`,
    )
  })

  it('a sign-out in another tab stops the code and says why', async () => {
    const polls = answerPolls(waiting)
    renderApp('/link-device')
    await screen.findByRole('heading', { name: 'Your code' })
    const otherTab = new BroadcastChannel('plexkey-session')

    otherTab.postMessage({ type: 'signed-out' })

    const heading = await screen.findByRole('heading', { name: 'Get a code' })
    otherTab.close()
    await waitFor(() => expect(heading).toHaveFocus())
    expect(
      screen.getByText(
        'You signed out in another Plexkey tab, so this sign-in was stopped.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/signs nothing in here/)).toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.pendingLinkCode')).toBeNull()
    const pollsAtStop = polls.count
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(polls.count).toBe(pollsAtStop)
  })

  it('a reload shows the same code again, and it still signs in', async () => {
    let codesMade = 0
    server.use(
      http.post(PINS_URL, () => {
        codesMade += 1
        return HttpResponse.json(plexPinFixture({ code: TEST_SHORT_CODE }), {
          status: 201,
        })
      }),
    )
    answerPolls(waiting)
    const first = renderApp('/link-device')
    await screen.findByRole('heading', { name: 'Your code' })
    first.unmount()

    const { history } = renderApp('/link-device')

    expect(
      await screen.findByRole('heading', { name: 'Your code' }),
    ).toBeInTheDocument()
    expect(screen.getByText('T S T 4')).toBeInTheDocument()
    expect(codesMade).toBe(1)
    answerPolls(() =>
      HttpResponse.json(
        plexPinFixture({ code: TEST_SHORT_CODE, authToken: TEST_TOKEN }),
      ),
    )
    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(history.at(-1)).toBe('/account')
    expect(sessionStorage.getItem('plexkey.pendingLinkCode')).toBeNull()
  })

  it('a code entered while another screen shows still signs this tab in', async () => {
    answerPolls(waiting)
    const { user, history } = renderApp('/link-device')
    await screen.findByRole('heading', { name: 'Your code' })

    await user.click(screen.getByRole('link', { name: 'Inspect a token' }))
    await screen.findByLabelText('Token or link')
    answerPolls(() =>
      HttpResponse.json(
        plexPinFixture({ code: TEST_SHORT_CODE, authToken: TEST_TOKEN }),
      ),
    )

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(history.at(-1)).toBe('/account')
  })

  it('Cancel forgets the code: the next visit gets a new one', async () => {
    answerPolls(waiting)
    const first = renderApp('/link-device')
    await screen.findByRole('heading', { name: 'Your code' })
    await first.user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(sessionStorage.getItem('plexkey.pendingLinkCode')).toBeNull()
  })

  it('is reached from the sign-in screen', async () => {
    const { user, history } = renderApp('/sign-in')

    await user.click(
      await screen.findByRole('link', { name: 'Use a code on another device' }),
    )

    expect(history.at(-1)).toBe('/link-device')
    expect(
      await screen.findByRole('heading', { name: 'Your code' }),
    ).toBeInTheDocument()
  })
})
