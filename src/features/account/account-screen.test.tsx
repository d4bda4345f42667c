import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import {
  plexAccountFixture,
  TEST_MANAGED_TOKEN,
  TEST_TOKEN,
} from '../../testing/fixtures/plex-account.ts'
import { INVALID_TOKEN_XML } from '../../testing/fixtures/plex-errors.ts'
import { renderApp } from '../../testing/render-app.tsx'

describe('AccountScreen', () => {
  it('loads the card from a stored token after a reload', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)

    renderApp('/account')

    expect(await screen.findByText('owner@example.com')).toBeInTheDocument()
    expect(screen.getByText('Active — yearly')).toBeInTheDocument()
    expect(screen.getByText('Plex Home admin')).toBeInTheDocument()
  })

  it('renders an account with odd fields plex.tv really sends', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    server.use(
      http.get(plexTv('/api/v2/user'), () =>
        HttpResponse.json(
          plexAccountFixture({
            profile: { autoSelectSubtitle: 1 },
            entitlements: ['ios', 'some-platform-nobody-lists'],
            subscription: { active: false, features: [] },
          }),
        ),
      ),
    )

    renderApp('/account')

    expect(await screen.findByText('owner@example.com')).toBeInTheDocument()
    expect(screen.getByText('Not active')).toBeInTheDocument()
  })

  it('says a managed profile has no e-mail', async () => {
    sessionStorage.setItem('plexkey.token', TEST_MANAGED_TOKEN)

    renderApp('/account')

    expect(
      await screen.findByText('Managed profile, no e-mail'),
    ).toBeInTheDocument()
    expect(screen.getByText('Managed profile')).toBeInTheDocument()
  })

  it('on a 500 stays signed in, says details are unavailable, and Retry works', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    server.use(
      http.get(
        plexTv('/api/v2/user'),
        () => new HttpResponse('<html>oops</html>', { status: 500 }),
        { once: true },
      ),
    )
    const { user } = renderApp('/account')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Account details are unavailable.')
    expect(alert).toHaveTextContent('still signed in')
    expect(alert).not.toHaveTextContent('oops')
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)

    await user.click(screen.getByRole('button', { name: 'Retry' }))

    expect(await screen.findByText('owner@example.com')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('when plex.tv cannot be reached, keeps the token and says why', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    server.use(http.get(plexTv('/api/v2/user'), () => HttpResponse.error()))

    renderApp('/account')

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /could not reach plex\.tv/i,
    )
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
  })

  it.each([
    ['401', () => HttpResponse.json({}, { status: 401 })],
    [
      '422 Invalid token',
      () =>
        new HttpResponse(INVALID_TOKEN_XML, {
          status: 422,
          headers: { 'Content-Type': 'application/xml' },
        }),
    ],
  ])(
    'a %s for the session token signs out with a message',
    async (_, answer) => {
      sessionStorage.setItem('plexkey.token', TEST_TOKEN)
      server.use(http.get(plexTv('/api/v2/user'), answer))

      const { history } = renderApp('/account')

      expect(
        await screen.findByText(/plex\.tv no longer accepts this token/),
      ).toBeInTheDocument()
      expect(history.at(-1)).toBe('/sign-in')
      expect(sessionStorage.getItem('plexkey.token')).toBeNull()
    },
  )

  it('does not load a thumb from outside plex.tv', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    server.use(
      http.get(plexTv('/api/v2/user'), () =>
        HttpResponse.json(
          plexAccountFixture({ thumb: 'https://evil.example/a.png' }),
        ),
      ),
    )

    const { container } = renderApp('/account')

    await screen.findByText('owner@example.com')
    expect(container.querySelector('img.avatar')).toBeNull()
  })
})
