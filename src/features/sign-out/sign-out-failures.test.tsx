import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import {
  expectFailureExplained,
  expectSessionEndedByPlex,
} from '../../testing/failure-assertions.ts'
import { rowCells } from '../../testing/failure-matrix.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { failCall } from '../../testing/matrix-calls.ts'
import { server } from '../../testing/msw-server.ts'
import { renderApp } from '../../testing/render-app.tsx'

const cells = rowCells('sign-out')

async function revoke(options: { retries?: number } = {}) {
  const view = renderApp('/sign-out', options)
  await view.user.click(
    await screen.findByLabelText(/Also revoke this token at plex\.tv/),
  )
  await view.user.click(screen.getByRole('button', { name: 'Sign out' }))
  return view
}

describe('sign-out with revoking, for each failure of DELETE /api/v2/users/signout', () => {
  it.each(cells)('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    failCall('sign-out', mode)

    const { user } = await revoke()
    if (mode === 'hang') await act(() => vi.advanceTimersByTimeAsync(5_000))

    if (outcome === 'done') {
      expect(
        await screen.findByText(/plex\.tv has revoked the token/),
      ).toBeInTheDocument()
      expect(sessionStorage.getItem('plexkey.token')).toBeNull()
      return
    }
    if (outcome === 'session-ended') {
      await expectSessionEndedByPlex()
      return
    }
    const alert = await screen.findByRole('alert')
    expectFailureExplained(alert, outcome, {
      title: 'The token was not revoked.',
      also: ['You are still signed in.'],
    })
    if (outcome === 'rate-limited') {
      expect(alert).toHaveTextContent(/You can try again in (2 min|30 s)\./)
    }
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
    expect(
      screen.getByRole('button', { name: 'Sign out without revoking' }),
    ).toBeInTheDocument()

    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(
      await screen.findByText(/plex\.tv has revoked the token/),
    ).toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.token')).toBeNull()
  })

  it('is never retried: a 503 reaches plex.tv once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const seen = failCall('sign-out', '503')

    await revoke({ retries: 2 })

    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503')
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(seen).toHaveLength(1)
  })
})
