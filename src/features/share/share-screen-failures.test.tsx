import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import { expectFailureExplained } from '../../testing/failure-assertions.ts'
import { rowCells } from '../../testing/failure-matrix.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { OWNED_SERVER_ID } from '../../testing/fixtures/plex-resources.ts'
import { failCall } from '../../testing/matrix-calls.ts'
import { server } from '../../testing/msw-server.ts'
import { installReachableServer } from '../../testing/pms-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

const RESULT = 'Your transient token for Test Home Server'

async function openShareScreen(options: { retries?: number } = {}) {
  const view = renderApp(`/servers/${OWNED_SERVER_ID}/share`, options)
  await view.user.click(await screen.findByLabelText(/I understand/))
  await view.user.click(
    screen.getByRole('button', { name: 'Create transient token' }),
  )
  return view
}

describe('the share screen, for each failure of GET /security/token', () => {
  it.each(rowCells('transient-token'))('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    installReachableServer()
    failCall('transient-token', mode)

    const { user } = await openShareScreen()
    if (mode === 'hang') {
      await act(() => vi.advanceTimersByTimeAsync(10_000))
    }

    if (outcome === 'data') {
      expect(
        await screen.findByRole('heading', { name: RESULT }),
      ).toBeInTheDocument()
      return
    }
    const alert = await screen.findByRole('alert')
    expectFailureExplained(alert, outcome, {
      title: 'No token was made.',
      also: ['“Test Home Server”'],
    })
    if (outcome === 'rate-limited') {
      expect(alert).toHaveTextContent(/You can try again in (2 min|30 s)\./)
    }
    expect(screen.getByLabelText(/I understand/)).toBeChecked()
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)

    server.resetHandlers()
    installReachableServer()
    await user.click(
      screen.getByRole('button', { name: 'Create transient token' }),
    )

    expect(
      await screen.findByRole('heading', { name: RESULT }),
    ).toBeInTheDocument()
  })

  it('is never retried: a 503 reaches the server once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    installReachableServer()
    const seen = failCall('transient-token', '503')

    await openShareScreen({ retries: 2 })

    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503')
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(seen).toHaveLength(1)
  })
})
