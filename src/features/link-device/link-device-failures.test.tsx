import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import { expectFailureExplained } from '../../testing/failure-assertions.ts'
import { rowCells } from '../../testing/failure-matrix.ts'
import {
  plexAccountFixture,
  TEST_TOKEN,
} from '../../testing/fixtures/plex-account.ts'
import {
  plexPinFixture,
  TEST_PIN_ID,
  TEST_SHORT_CODE,
} from '../../testing/fixtures/plex-pins.ts'
import { failCall, PASTED_TOKEN } from '../../testing/matrix-calls.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

/** The PIN calls carry no token: nobody is signed in for them. */
function failSignedOut(...args: Parameters<typeof failCall>) {
  const seen = failCall(...args)
  sessionStorage.clear()
  return seen
}

function approvePin() {
  server.use(
    http.get(plexTv(`/api/v2/pins/${TEST_PIN_ID}`), () =>
      HttpResponse.json(
        plexPinFixture({ code: TEST_SHORT_CODE, authToken: TEST_TOKEN }),
      ),
    ),
  )
}

describe('the link-code screen, for each failure of POST /api/v2/pins', () => {
  it.each(rowCells('pin-create'))('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    failSignedOut('pin-create', mode)

    const { user } = renderApp('/link-device')
    if (mode === 'hang') {
      await act(() => vi.advanceTimersByTimeAsync(15_000))
    }

    if (outcome === 'data') {
      expect(
        await screen.findByRole('heading', { name: 'Your code' }),
      ).toBeInTheDocument()
      return
    }
    expect(
      await screen.findByRole('heading', { name: 'No code this time' }),
    ).toBeInTheDocument()
    const alert = screen.getByRole('alert')
    expectFailureExplained(alert, outcome)
    if (outcome === 'rate-limited') {
      expect(alert).toHaveTextContent(/You can try again in (2 min|30 s)\./)
    }

    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(
      await screen.findByRole('heading', { name: 'Your code' }),
    ).toBeInTheDocument()
  })
})

describe('a link code being polled, for each failure of GET /api/v2/pins/{id}', () => {
  it.each(rowCells('pin-poll'))('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    vi.useFakeTimers({ shouldAdvanceTime: true })
    failSignedOut('pin-poll', mode)
    // Whatever token the PIN brings opens an account.
    server.use(
      http.get(plexTv('/api/v2/user'), ({ request }) =>
        HttpResponse.json(
          plexAccountFixture({
            authToken: request.headers.get('X-Plex-Token'),
          }),
        ),
      ),
    )

    renderApp('/link-device')
    if (mode === 'hang') {
      await screen.findByRole('heading', { name: 'Your code' })
      await act(() => vi.advanceTimersByTimeAsync(15_000))
    }

    if (outcome === 'data') {
      expect(
        await screen.findByRole('heading', { name: 'Your account' }),
      ).toBeInTheDocument()
      expect(sessionStorage.getItem('plexkey.token')).toBe(PASTED_TOKEN)
      return
    }
    const alert = await screen.findByRole('alert')
    expectFailureExplained(alert, outcome, {
      title: 'Could not check the code just now.',
      also: ['Plexkey keeps trying until the time runs out.'],
    })
    if (outcome === 'rate-limited') {
      expect(alert).toHaveTextContent(/Trying again in (2 min|30 s)\./)
    }
    expect(screen.getByText('T S T 4')).toBeInTheDocument()

    approvePin()
    await act(() => vi.advanceTimersByTimeAsync(120_000))

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
  })
})
