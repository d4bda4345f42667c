import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import {
  expectFailureExplained,
  expectNoBodyEchoed,
} from '../../testing/failure-assertions.ts'
import { rowCells } from '../../testing/failure-matrix.ts'
import { failCall } from '../../testing/matrix-calls.ts'
import { server } from '../../testing/msw-server.ts'
import { TEST_ACCOUNTS } from '../../testing/plex-tv-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

const cells = rowCells('sign-in')
const { login, password } = TEST_ACCOUNTS.owner

describe('the sign-in form, for each failure of POST /api/v2/users/signin', () => {
  it.each(cells)('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    failCall('sign-in', mode)
    sessionStorage.clear()
    const { user } = renderApp('/sign-in')
    const loginField = await screen.findByLabelText('Email or username')
    const passwordField = screen.getByLabelText('Password', { exact: true })
    const submit = screen.getByRole('button', { name: 'Sign in' })

    await user.type(loginField, login)
    await user.type(passwordField, password)
    await user.click(screen.getByLabelText('Remember me'))
    await user.click(submit)
    if (mode === 'hang') {
      await act(() => vi.advanceTimersByTimeAsync(15_000))
    }

    if (outcome === 'data') {
      expect(
        await screen.findByRole('heading', { name: 'Your account' }),
      ).toBeInTheDocument()
      expect(sessionStorage.getItem('plexkey.token')).not.toBeNull()
      return
    }
    const alert = await screen.findByRole('alert')
    expectNoBodyEchoed(alert)
    expect(alert).toHaveFocus()
    expect(sessionStorage.getItem('plexkey.token')).toBeNull()
    expect(loginField).toHaveValue(login)
    expect(screen.getByLabelText('Remember me')).toBeChecked()
    if (outcome === 'bad-credentials') {
      expect(alert).toHaveTextContent(
        'E-mail, username or password not accepted.',
      )
      expect(passwordField).toHaveValue('')
      return
    }
    expect(passwordField).toHaveValue(password)
    if (outcome === 'rate-limited') {
      expect(alert).toHaveTextContent('Too many sign-in attempts.')
      // plex.tv's own wait is counted down as its; without one, Plexkey's
      // short hold is worded as Plexkey's.
      expect(alert).toHaveTextContent(
        mode === '429-bare'
          ? 'The button waits 30 s'
          : /Try again in (2 min|1 min 5\d s)/,
      )
      expect(submit).toHaveAttribute('aria-disabled', 'true')
      return
    }
    expectFailureExplained(alert, outcome)

    server.resetHandlers()
    await user.click(submit)

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
  })

  it('is never retried: a 503 reaches plex.tv once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const seen = failCall('sign-in', '503')
    sessionStorage.clear()
    const { user } = renderApp('/sign-in', { retries: 2 })

    await user.type(await screen.findByLabelText('Email or username'), login)
    await user.type(
      screen.getByLabelText('Password', { exact: true }),
      password,
    )
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503')
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(seen).toHaveLength(1)
  })
})
