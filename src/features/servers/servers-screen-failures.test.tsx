import { act, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import {
  expectFailureExplained,
  expectSessionEndedByPlex,
} from '../../testing/failure-assertions.ts'
import { rowCells } from '../../testing/failure-matrix.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { PMS_HTTPS_URL } from '../../testing/fixtures/pms.ts'
import { failCall } from '../../testing/matrix-calls.ts'
import { server } from '../../testing/msw-server.ts'
import { installReachableServer } from '../../testing/pms-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

describe('the servers screen, for each failure of GET /api/v2/resources', () => {
  it.each(rowCells('resources'))('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    installReachableServer()
    failCall('resources', mode)

    const { user } = renderApp('/servers')
    if (mode === 'hang') {
      await act(() => vi.advanceTimersByTimeAsync(15_000))
    }

    if (outcome === 'data') {
      expect(
        await screen.findByRole('region', { name: 'Test Home Server' }),
      ).toBeInTheDocument()
      return
    }
    if (outcome === 'session-ended') {
      await expectSessionEndedByPlex()
      return
    }
    const alert = await screen.findByRole('alert')
    expectFailureExplained(alert, outcome, {
      title: 'Your servers could not be listed.',
    })
    expect(screen.queryByText(/lists no server/)).not.toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)

    server.resetHandlers()
    installReachableServer()
    await user.click(screen.getByRole('button', { name: 'Retry' }))

    expect(
      await screen.findByRole('region', { name: 'Test Home Server' }),
    ).toBeInTheDocument()
  })

  it('counts down a 429 while it waits, then lists the servers', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    installReachableServer()
    failCall('resources', '429-date', { retryAfterSeconds: 45 })

    renderApp('/servers', { retries: 2 })

    const title = await screen.findByText('Still trying to get your servers.')
    const notice = title.closest('[role="status"]')
    expect(notice).toHaveTextContent(/Trying again in 4\d s\./)
    server.resetHandlers()
    installReachableServer()
    await act(() => vi.advanceTimersByTimeAsync(45_000))

    expect(
      await screen.findByRole('region', { name: 'Test Home Server' }),
    ).toBeInTheDocument()
  })
})

describe("a server's card, for each failure of its plex.direct /identity", () => {
  it.each(rowCells('identity'))('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    installReachableServer()
    failCall('identity', mode)

    const { user } = renderApp('/servers')
    const card = await screen.findByRole('region', { name: 'Test Home Server' })
    if (mode === 'hang') {
      await act(() => vi.advanceTimersByTimeAsync(5_000))
    }

    if (outcome === 'data') {
      expect(await within(card).findByText(/Reachable at/)).toHaveTextContent(
        PMS_HTTPS_URL,
      )
      return
    }
    expect(
      await within(card).findByText('Not reachable from this browser.'),
    ).toBeInTheDocument()
    await user.click(within(card).getByText(/Addresses tried/))
    const line = within(card).getByText(PMS_HTTPS_URL).parentElement
    // A race's line is short: its own words for the two ways of not answering.
    expectFailureExplained(line!, outcome, {
      why:
        outcome === 'timeout'
          ? 'No answer in time.'
          : outcome === 'network'
            ? 'Refused or blocked.'
            : undefined,
    })
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
  })
})
