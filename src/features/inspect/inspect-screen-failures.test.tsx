import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import { expectFailureExplained } from '../../testing/failure-assertions.ts'
import { rowCells } from '../../testing/failure-matrix.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { failCall, PASTED_TOKEN } from '../../testing/matrix-calls.ts'
import { server } from '../../testing/msw-server.ts'
import { renderApp } from '../../testing/render-app.tsx'

async function inspectPasted() {
  const view = renderApp('/inspect')
  const field = await screen.findByLabelText(
    'Token or link',
    {},
    {
      timeout: 3_000,
    },
  )
  await view.user.click(field)
  await view.user.paste(PASTED_TOKEN)
  await view.user.click(screen.getByRole('button', { name: 'Inspect' }))
  return { ...view, field }
}

describe('inspecting a pasted token, for each failure of GET /api/v2/user', () => {
  it.each(rowCells('user-pasted'))('%s: %s', async (mode, outcome) => {
    allowConsole('warn')
    if (mode === 'hang') vi.useFakeTimers({ shouldAdvanceTime: true })
    failCall('user-pasted', mode)

    const { user, field } = await inspectPasted()
    if (mode === 'hang') {
      await act(() => vi.advanceTimersByTimeAsync(15_000))
    }

    if (outcome === 'data') {
      expect(await screen.findByText('owner@example.com')).toBeVisible()
      return
    }
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Your own session is not affected: you are still signed in.',
    )
    expect(field).toHaveValue(PASTED_TOKEN)
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
    if (outcome === 'token-refused') {
      expect(alert).toHaveTextContent('Revoked or not accepted by plex.tv.')
      return
    }
    expectFailureExplained(alert, outcome, {
      title: 'Could not inspect this token.',
      also: ['This says nothing about whether the token works.'],
    })

    server.resetHandlers()
    failCall('user-pasted', '200-xml')
    await user.click(screen.getByRole('button', { name: 'Inspect' }))

    expect(await screen.findByText('owner@example.com')).toBeVisible()
  })
})
