import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import { expectFailureExplained } from '../../testing/failure-assertions.ts'
import { rowCells } from '../../testing/failure-matrix.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import {
  OWNED_SERVER_ID,
  SHARED_SERVER_ID,
} from '../../testing/fixtures/plex-resources.ts'
import { failCall } from '../../testing/matrix-calls.ts'
import { server } from '../../testing/msw-server.ts'
import { installReachableServer } from '../../testing/pms-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

const SOURCE = `server://${SHARED_SERVER_ID}`

async function lookUp(options: { retries?: number } = {}) {
  const view = renderApp(`/servers/${OWNED_SERVER_ID}/sources`, options)
  await view.user.type(await screen.findByLabelText('Source'), SOURCE)
  await view.user.click(screen.getByRole('button', { name: 'Look up' }))
  return view
}

describe('the sources screen, for each failure of GET /security/resources', () => {
  it.each(rowCells('source-lookup'))('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    installReachableServer()
    failCall('source-lookup', mode)

    const { user } = await lookUp()
    if (mode === 'hang') {
      await act(() => vi.advanceTimersByTimeAsync(10_000))
    }

    if (outcome === 'data') {
      expect(await screen.findByRole('table')).toBeInTheDocument()
      return
    }
    const alert = await screen.findByRole('alert')
    expectFailureExplained(alert, outcome, {
      title: 'No answer for that source.',
      why:
        outcome === 'forbidden'
          ? "Only the server's owner can look this up."
          : undefined,
    })
    expect(screen.getByLabelText('Source')).toHaveValue(SOURCE)
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)

    server.resetHandlers()
    installReachableServer()
    await user.click(screen.getByRole('button', { name: 'Look up' }))

    expect(await screen.findByRole('table')).toBeInTheDocument()
  })

  it('tries a 503 again by itself, saying so, and then shows the source', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    installReachableServer()
    const seen = failCall('source-lookup', '503')

    await lookUp({ retries: 2 })

    expect(
      await screen.findByText(
        'Still trying to get an answer from Test Home Server.',
      ),
    ).toBeInTheDocument()
    server.resetHandlers()
    installReachableServer()
    await act(() => vi.advanceTimersByTimeAsync(3_000))

    expect(await screen.findByRole('table')).toBeInTheDocument()
    expect(seen).toHaveLength(1)
  })
})
