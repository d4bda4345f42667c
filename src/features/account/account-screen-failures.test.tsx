import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import {
  expectFailureExplained,
  expectSessionEndedByPlex,
} from '../../testing/failure-assertions.ts'
import { rowCells } from '../../testing/failure-matrix.ts'
import {
  plexAccountFixture,
  TEST_TOKEN,
} from '../../testing/fixtures/plex-account.ts'
import { failCall } from '../../testing/matrix-calls.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

const cells = rowCells('user')

function answerAccount() {
  server.use(
    http.get(plexTv('/api/v2/user'), () =>
      HttpResponse.json(plexAccountFixture()),
    ),
  )
}

describe('the account screen, for each failure of GET /api/v2/user', () => {
  it.each(cells)('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    failCall('user', mode)

    const { user } = renderApp('/account')
    if (mode === 'hang') {
      await act(() => vi.advanceTimersByTimeAsync(15_000))
    }

    if (outcome === 'data') {
      expect(await screen.findByText('owner@example.com')).toBeVisible()
      return
    }
    if (outcome === 'session-ended') {
      expect(
        await screen.findByRole('heading', { name: 'Sign in to Plex' }),
      ).toBeInTheDocument()
      await expectSessionEndedByPlex()
      return
    }
    const alert = await screen.findByRole('alert')
    expectFailureExplained(alert, outcome, {
      title: 'Account details are unavailable.',
      also: ['You are still signed in.'],
    })
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)

    answerAccount()
    await user.click(screen.getByRole('button', { name: 'Retry' }))

    expect(await screen.findByText('owner@example.com')).toBeVisible()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('the account screen while a read is retried', () => {
  it('waits out a 429 of two minutes with a countdown, then shows the account', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const seen = failCall('user', '429-seconds')

    renderApp('/account', { retries: 2 })

    const title = await screen.findByText(
      'Still trying to get your account details.',
    )
    const notice = title.closest('[role="status"]')
    expect(notice).toHaveTextContent('asked for a pause of 2 minutes')
    expect(notice).toHaveTextContent('Trying again in 2 min.')
    await act(() => vi.advanceTimersByTimeAsync(61_000))
    expect(notice).toHaveTextContent(/Trying again in 5\d s\./)
    expect(seen).toHaveLength(1)

    answerAccount()
    await act(() => vi.advanceTimersByTimeAsync(60_000))

    expect(await screen.findByText('owner@example.com')).toBeVisible()
    expect(seen).toHaveLength(1)
    expect(screen.queryByText(/Still trying/)).not.toBeInTheDocument()
  })

  it('says it is trying again after a 503, and shows the last failure once it gives up', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const seen = failCall('user', '503')

    renderApp('/account', { retries: 2 })

    expect(
      await screen.findByText('Still trying to get your account details.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Trying again…')).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(3_000))

    const alert = await screen.findByRole('alert')
    expect(seen).toHaveLength(3)
    expect(alert).toHaveTextContent('Account details are unavailable.')
    expect(alert).toHaveTextContent('plex.tv had a problem (HTTP 503).')
  })
})
