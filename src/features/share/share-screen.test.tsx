import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { holdAnswer } from '../../testing/held-answer.ts'
import { server } from '../../testing/msw-server.ts'
import { fakePms, htmlError } from '../../testing/pms-handlers.ts'
import { PMS_HTTPS_URL } from '../../testing/fixtures/pms.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import {
  connectionFixture,
  OWNED_HASH,
  OWNED_SERVER_ID,
  ownedServerFixture,
  TEST_OWNED_SERVER_TOKEN,
} from '../../testing/fixtures/plex-resources.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { renderApp } from '../../testing/render-app.tsx'

// Only the plex.direct address answers; the others fail fast, as addresses
// out of reach do.
function installServer() {
  const pms = fakePms()
  server.use(
    ...pms.handlers,
    http.get('*/identity', () => HttpResponse.error()),
  )
  return pms
}

async function confirmAndCreate(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByLabelText(/I understand/))
  await user.click(
    screen.getByRole('button', { name: 'Create transient token' }),
  )
}

const tokenRequests = (requests: Request[]) =>
  requests.filter((request) => request.url.includes('/security/token'))

describe('ShareScreen', () => {
  beforeEach(() => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  })

  it('makes nothing until the owner confirms', async () => {
    const pms = installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/share`)

    await user.click(
      await screen.findByRole('button', { name: 'Create transient token' }),
    )

    expect(
      await screen.findByText(/Tick the box to confirm/),
    ).toBeInTheDocument()
    expect(tokenRequests(pms.requests)).toEqual([])
  })

  it("calls the server with the server's own token and shows the result masked", async () => {
    const pms = installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/share`)
    expect(
      await screen.findByText(/Full owner rights on Test Home Server/),
    ).toBeInTheDocument()

    await confirmAndCreate(user)

    expect(
      await screen.findByRole('heading', {
        name: 'Your transient token for Test Home Server',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText('Token hidden')).toBeInTheDocument()
    expect(screen.queryByText(/^transient-/)).not.toBeInTheDocument()
    const [request] = tokenRequests(pms.requests)
    expect(request?.url.startsWith(PMS_HTTPS_URL)).toBe(true)
    expect(request?.headers.get('X-Plex-Token')).toBe(TEST_OWNED_SERVER_TOKEN)
  })

  it('a double click makes one token, not two', async () => {
    const pms = installServer()
    // The second click lands while the first request is still out, as it
    // does against a real server.
    const answer = holdAnswer()
    server.use(
      http.get('*/security/token', async () => {
        await answer.released
      }),
    )
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/share`)

    await user.click(await screen.findByLabelText(/I understand/))
    await user.dblClick(
      screen.getByRole('button', { name: 'Create transient token' }),
    )
    answer.release()

    await screen.findByRole('heading', {
      name: 'Your transient token for Test Home Server',
    })
    expect(tokenRequests(pms.requests)).toHaveLength(1)
  })

  it('on a server error says so and sends exactly one request', async () => {
    const pms = installServer()
    let attempts = 0
    server.use(
      http.get(`${PMS_HTTPS_URL}/security/token`, () => {
        attempts += 1
        return new HttpResponse(null, { status: 503 })
      }),
    )
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/share`)

    await confirmAndCreate(user)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No token was made.',
    )
    expect(attempts).toBe(1)
    expect(tokenRequests(pms.requests)).toEqual([])
  })

  it('a 401 HTML page reads as the server refusing the token', async () => {
    installServer()
    server.use(
      http.get(`${PMS_HTTPS_URL}/security/token`, () => htmlError(401)),
    )
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/share`)

    await confirmAndCreate(user)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/refused this token/)
    expect(alert).not.toHaveTextContent('<html')
    expect(sessionStorage.getItem('plexkey.token')).toBe(TEST_TOKEN)
  })

  it("Copy link gives the server's remote address, not the local one that answered here", async () => {
    installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/share`)
    await confirmAndCreate(user)
    await screen.findByRole('heading', {
      name: 'Your transient token for Test Home Server',
    })

    await user.click(screen.getByRole('button', { name: 'Copy link' }))

    const remote = `https://203-0-113-5.${OWNED_HASH}.plex.direct:32400`
    const link = new URL(await navigator.clipboard.readText())
    expect(link.origin).toBe(remote)
    expect(link.searchParams.get('X-Plex-Token')).toMatch(/^transient-/)
    expect(screen.getByText(/It leads to/)).toHaveTextContent(
      `It leads to ${remote}, Test Home Server’s address for use over the internet.`,
    )
    const guide = screen.getByRole('region', {
      name: 'What your friend does with it',
    })
    expect(guide).toHaveTextContent(
      'leads to Test Home Server’s address for use over the internet, meant to work from wherever they are',
    )
    expect(guide).toHaveTextContent(
      'for tools and apps that talk to a Plex server directly: ones that ask for a server address and a token (X-Plex-Token), or take a URL carrying X-Plex-Token',
    )
    expect(guide).toHaveTextContent(
      'Opened in a browser, the link shows the server’s answer as XML: that proves the token works, nothing more. It is not a way into the Plex apps',
    )
    expect(guide).toHaveTextContent(
      'It ends 48 hours after it was made at the latest, or when the server restarts.',
    )
    expect(guide).not.toHaveTextContent(/asks for a Plex server address/)
  })

  it("Test token names the address it asked, and says the link's address was not checked from here", async () => {
    const pms = installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/share`)
    await confirmAndCreate(user)
    await screen.findByRole('heading', {
      name: 'Your transient token for Test Home Server',
    })
    const remote = `https://203-0-113-5.${OWNED_HASH}.plex.direct:32400`
    expect(screen.getByText(/It leads to/)).toHaveTextContent(
      `This browser has not checked that address: Test token asks ${PMS_HTTPS_URL}, where Test Home Server answered here. That is normal: the link’s address is the one for use from outside your network`,
    )

    await user.click(screen.getByRole('button', { name: 'Test token' }))

    expect(
      await screen.findByText(/^The token works on Test Home Server at/),
    ).toHaveTextContent(
      `The token works on Test Home Server at ${PMS_HTTPS_URL}.`,
    )
    const checked = pms.requests.filter(
      (request) => new URL(request.url).pathname === '/',
    )
    expect(checked.map((request) => new URL(request.url).origin)).toEqual([
      PMS_HTTPS_URL,
    ])
    expect(pms.requests.some((request) => request.url.startsWith(remote))).toBe(
      false,
    )
  })

  it('a server with local addresses only: the link is said to work on your network only', async () => {
    installServer()
    server.use(
      http.get(plexTv('/api/v2/resources'), () =>
        HttpResponse.json([
          ownedServerFixture({
            connections: [
              connectionFixture(),
              connectionFixture({
                protocol: 'http',
                uri: 'http://192.168.1.20:32400',
              }),
            ],
          }),
        ]),
      ),
    )
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/share`)
    await confirmAndCreate(user)
    await screen.findByRole('heading', {
      name: 'Your transient token for Test Home Server',
    })

    await user.click(screen.getByRole('button', { name: 'Copy link' }))

    expect(new URL(await navigator.clipboard.readText()).origin).toBe(
      PMS_HTTPS_URL,
    )
    expect(
      screen.getByText('This link works only on your own network.'),
    ).toBeVisible()
    // The link goes where Test token asks: nothing unchecked to own up to.
    expect(
      screen.queryByText(/has not checked that address/),
    ).not.toBeInTheDocument()
    expect(
      screen.getByRole('region', { name: 'What your friend does with it' }),
    ).toHaveTextContent('works only there')
    expect(screen.getByRole('button', { name: 'Copy token' })).toBeVisible()
  })
})
