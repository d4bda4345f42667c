import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { renderApp } from '../../testing/render-app.tsx'

function trackSignOutCalls() {
  const calls: (string | null)[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'DELETE') {
      calls.push(request.headers.get('X-Plex-Token'))
    }
  })
  return calls
}

describe('SignOutScreen', () => {
  it('signs out without calling plex.tv unless asked to revoke', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    const calls = trackSignOutCalls()
    const { user, history } = renderApp('/sign-out')

    await user.click(await screen.findByRole('button', { name: 'Sign out' }))

    expect(await screen.findByText(/You are signed out\./)).toBeInTheDocument()
    expect(history.at(-1)).toBe('/sign-in')
    expect(sessionStorage.getItem('plexkey.token')).toBeNull()
    expect(calls).toEqual([])
  })

  it('revokes the token at plex.tv when asked, then signs out', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    const calls = trackSignOutCalls()
    const { user } = renderApp('/sign-out')

    await user.click(
      await screen.findByLabelText(/Also revoke this token at plex\.tv/),
    )
    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    expect(
      await screen.findByText(/plex\.tv has revoked the token/),
    ).toBeInTheDocument()
    expect(calls).toEqual([TEST_TOKEN])
    expect(sessionStorage.getItem('plexkey.token')).toBeNull()
  })

  it('a double click revokes once and signs out as revoked', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    const calls = trackSignOutCalls()
    const { user } = renderApp('/sign-out')

    await user.click(
      await screen.findByLabelText(/Also revoke this token at plex\.tv/),
    )
    await user.dblClick(screen.getByRole('button', { name: 'Sign out' }))

    expect(
      await screen.findByText(/plex\.tv has revoked the token/),
    ).toBeInTheDocument()
    expect(calls).toEqual([TEST_TOKEN])
  })

  it('on a server error keeps the token and offers to try again', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    server.use(
      http.delete(
        plexTv('/api/v2/users/signout'),
        () => new HttpResponse(null, { status: 503 }),
        { once: true },
      ),
    )
    const { user } = renderApp('/sign-out')

    await user.click(
      await screen.findByLabelText(/Also revoke this token at plex\.tv/),
    )
    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The token was not revoked.',
    )
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)

    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByText(/plex\.tv has revoked the token/),
    ).toBeInTheDocument()
  })
})
