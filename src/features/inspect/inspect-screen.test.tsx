import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { consoleSpy } from '../../testing/console-guard.ts'
import {
  plexAccountFixture,
  TEST_TOKEN,
} from '../../testing/fixtures/plex-account.ts'
import { INVALID_TOKEN_XML } from '../../testing/fixtures/plex-errors.ts'
import { holdAnswer } from '../../testing/held-answer.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

const PASTED_TOKEN = 'AbCdEfGh1234567890xy'
const PLEX_DIRECT_URL = `https://192-168-1-20.0123456789abcdef0123456789abcdef.plex.direct:32400/library/sections?X-Plex-Token=${PASTED_TOKEN}`

let requests: Request[] = []
const recordRequest = ({ request }: { request: Request }) => {
  requests.push(request)
}

/** plex.tv knows the pasted token as a second account's, and no other. */
function answerForPastedToken() {
  server.use(
    http.get(plexTv('/api/v2/user'), ({ request }) => {
      const token = request.headers.get('X-Plex-Token')
      if (token === TEST_TOKEN) return HttpResponse.json(plexAccountFixture())
      if (token !== PASTED_TOKEN) {
        return HttpResponse.json({ errors: [] }, { status: 401 })
      }
      return HttpResponse.json(
        plexAccountFixture({
          authToken: PASTED_TOKEN,
          username: 'pasted_friend',
          title: 'pasted_friend',
          email: 'pasted@example.com',
        }),
      )
    }),
  )
}

/** The field, once the screen's lazy chunk has loaded. */
function findField() {
  return screen.findByLabelText('Token or link')
}

async function paste(text: string, path = '/inspect') {
  const view = renderApp(path)
  const field = await findField()
  await view.user.click(field)
  await view.user.paste(text)
  await view.user.click(screen.getByRole('button', { name: 'Inspect' }))
  return view
}

function tokensSentToPlexTv() {
  return requests
    .filter((request) => request.url.endsWith('/api/v2/user'))
    .map((request) => request.headers.get('X-Plex-Token'))
}

describe('InspectScreen', () => {
  beforeEach(() => {
    requests = []
    server.events.on('request:start', recordRequest)
  })

  afterEach(() => {
    server.events.removeListener('request:start', recordRequest)
  })

  it('explains a claim code and sends nothing', async () => {
    await paste('claim-AbCdEfGhIjKlMnOpQrSt')

    expect(
      await screen.findByText('A server claim code, not a sign-in token.'),
    ).toBeInTheDocument()
    expect(screen.getByText(/has not sent it anywhere/)).toBeInTheDocument()
    expect(requests).toEqual([])
  })

  it('explains a transient token from a link, naming its server, and sends nothing', async () => {
    await paste(
      'http://10.0.0.2:32400/?X-Plex-Token=transient-0a1b2c3d-4e5f-6a7b-8c9d',
    )

    expect(
      await screen.findByText(/works only on the server that made it/),
    ).toBeInTheDocument()
    expect(screen.getByText(/probably the one at/)).toHaveTextContent(
      '10.0.0.2:32400',
    )
    expect(screen.getByText('Token hidden')).toBeInTheDocument()
    expect(requests).toEqual([])
  })

  it('takes the token out of a plex.direct link and shows the host, not the link', async () => {
    answerForPastedToken()

    await paste(PLEX_DIRECT_URL)

    expect(await screen.findByText('pasted@example.com')).toBeInTheDocument()
    expect(
      screen.getByText(
        '192-168-1-20.0123456789abcdef0123456789abcdef.plex.direct:32400',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/library\/sections/)).not.toBeInTheDocument()
    expect(tokensSentToPlexTv()).toEqual([PASTED_TOKEN])
  })

  it.each([
    ['with a trailing newline', `${PASTED_TOKEN}\n`],
    ['in quotes', `"${PASTED_TOKEN}"`],
    [
      'percent-encoded in a link',
      'https://plex.example.com/?X-Plex-Token=AbCdEfGh1234567890x%79',
    ],
    ['in a bare query string', `?X-Plex-Token=${PASTED_TOKEN}&foo=1`],
  ])('sends just the token when it is pasted %s', async (_, pasted) => {
    answerForPastedToken()

    await paste(pasted)

    expect(await screen.findByText('pasted@example.com')).toBeInTheDocument()
    expect(tokensSentToPlexTv()).toEqual([PASTED_TOKEN])
  })

  it('refuses a line break inside, says why, and sends nothing', async () => {
    await paste('AbCdEfGh12\n34567890xy')

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is a line break inside what you pasted.',
    )
    expect(screen.getByLabelText('Token or link')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    expect(requests).toEqual([])
  })

  it('says what it recognised before anything is sent', async () => {
    const { user } = renderApp('/inspect')
    const field = await findField()

    await user.click(field)
    await user.paste(PLEX_DIRECT_URL)

    expect(field).toHaveAccessibleDescription(
      /Recognised: a Plex account token, taken out of a link to 192-168-1-20\./,
    )
    expect(requests).toEqual([])
  })

  it('inspects on Enter, since a token never needs a new line', async () => {
    answerForPastedToken()
    const { user } = renderApp('/inspect')

    await user.type(await findField(), `${PASTED_TOKEN}{Enter}`)

    expect(await screen.findByText('pasted@example.com')).toBeInTheDocument()
  })

  it('sends one request for a double click', async () => {
    let calls = 0
    const answer = holdAnswer()
    server.use(
      http.get(plexTv('/api/v2/user'), async () => {
        calls += 1
        await answer.released
        return HttpResponse.json(plexAccountFixture())
      }),
    )
    const { user } = renderApp('/inspect')
    await user.click(await findField())
    await user.paste(PASTED_TOKEN)

    await user.dblClick(screen.getByRole('button', { name: 'Inspect' }))
    answer.release()

    expect(await screen.findByText('owner@example.com')).toBeInTheDocument()
    expect(calls).toBe(1)
  })

  it.each([
    ['401', () => HttpResponse.json({ errors: [] }, { status: 401 })],
    [
      '422 "Invalid token"',
      () =>
        HttpResponse.text(INVALID_TOKEN_XML, {
          status: 422,
          headers: { 'Content-Type': 'application/xml' },
        }),
    ],
  ])(
    'a %s for a pasted token says so and keeps the session',
    async (_, rejection) => {
      sessionStorage.setItem('plexkey.token', TEST_TOKEN)
      server.use(
        http.get(plexTv('/api/v2/user'), ({ request }) =>
          request.headers.get('X-Plex-Token') === TEST_TOKEN
            ? HttpResponse.json(plexAccountFixture())
            : rejection(),
        ),
      )

      const { history } = await paste('DEMOxREVOKEDxTOKENx1')

      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('Revoked or not accepted by plex.tv.')
      expect(alert).toHaveTextContent('you are still signed in')
      expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
      expect(history.at(-1)).toBe('/inspect')
      expect(screen.getByRole('link', { name: 'Sign out' })).toBeVisible()
    },
  )

  it('uses an inspected token as the session and opens the account', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    answerForPastedToken()
    const { user, history } = await paste(PASTED_TOKEN)
    await screen.findByText('pasted@example.com')

    await user.click(screen.getByRole('button', { name: 'Use this token' }))

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(screen.getByText('pasted@example.com')).toBeInTheDocument()
    expect(history.at(-1)).toBe('/account')
    expect(sessionStorage.getItem('plexkey.token')).toBe(PASTED_TOKEN)
  })

  it('says so when the pasted token is the one this tab is signed in with', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    answerForPastedToken()

    await paste(TEST_TOKEN)

    expect(
      await screen.findByText(/This is the token this tab is signed in with/),
    ).toBeInTheDocument()
    expect(screen.getByText('owner@example.com')).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Use this token' }),
    ).not.toBeInTheDocument()
    expect(screen.queryByText(/replaces the account/)).not.toBeInTheDocument()
  })

  it('refuses a bare transient- prefix and sends nothing', async () => {
    await paste('transient-')

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'only the start of a transient token',
    )
    expect(requests).toEqual([])
  })

  it('works signed out, reached from the header', async () => {
    answerForPastedToken()
    const { user } = renderApp('/sign-in')
    const nav = await screen.findByRole('navigation', { name: 'Main' })

    await user.click(within(nav).getByRole('link', { name: 'Inspect a token' }))
    await user.click(await findField())
    await user.paste(PASTED_TOKEN)
    await user.click(screen.getByRole('button', { name: 'Inspect' }))

    expect(await screen.findByText('pasted@example.com')).toBeInTheDocument()
    expect(sessionStorage.getItem('plexkey.token')).toBeNull()
  })

  it('a refused paste takes the last result away with it', async () => {
    answerForPastedToken()
    const { user } = await paste(PASTED_TOKEN)
    await screen.findByText('pasted@example.com')
    const field = screen.getByLabelText('Token or link')

    await user.clear(field)
    await user.paste('AbCdEfGh12 34567890xy')
    await user.click(screen.getByRole('button', { name: 'Inspect' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is a space inside what you pasted.',
    )
    expect(screen.queryByText('pasted@example.com')).not.toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Use this token' }),
    ).not.toBeInTheDocument()
    expect(tokensSentToPlexTv()).toEqual([PASTED_TOKEN])
  })

  it('an edit to the field takes the last result away until it is inspected', async () => {
    answerForPastedToken()
    const { user } = await paste(PASTED_TOKEN)
    await screen.findByText('pasted@example.com')

    await user.type(screen.getByLabelText('Token or link'), 'z')

    expect(screen.queryByText('pasted@example.com')).not.toBeInTheDocument()
    expect(
      screen.queryByRole('region', { name: 'What was pasted' }),
    ).not.toBeInTheDocument()
  })

  it('keeps the pasted token out of the console, the address and storage', async () => {
    answerForPastedToken()

    const { history } = await paste(PLEX_DIRECT_URL)
    await screen.findByText('pasted@example.com')

    const logged = (['debug', 'info', 'warn', 'error'] as const)
      .flatMap((method) => consoleSpy(method).mock.calls)
      .map((call) => JSON.stringify(call))
      .join('\n')
    expect(logged).not.toContain(PASTED_TOKEN)
    expect(history.join(' ')).not.toContain(PASTED_TOKEN)
    expect(
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    ).not.toContain(PASTED_TOKEN)
  })
})
