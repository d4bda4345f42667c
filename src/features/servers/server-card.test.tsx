import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { server } from '../../testing/msw-server.ts'
import { fakePms } from '../../testing/pms-handlers.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { OFFLINE_SERVER_ID } from '../../testing/fixtures/plex-resources.ts'
import { renderApp } from '../../testing/render-app.tsx'

function openServersScreen() {
  sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  server.use(
    ...fakePms().handlers,
    http.get('*/identity', () => HttpResponse.error()),
  )
  return renderApp('/servers')
}

async function card(name: string) {
  return screen.findByRole('region', { name })
}

test('your own online server offers sharing and a source lookup as links', async () => {
  openServersScreen()

  const own = await card('Test Home Server')

  expect(
    within(own).getByRole('link', { name: 'Share access to Test Home Server' }),
  ).toHaveAttribute('href', expect.stringMatching(/\/share$/))
  expect(
    within(own).getByRole('link', {
      name: 'Look up sources from Test Home Server',
    }),
  ).toHaveAttribute('href', expect.stringMatching(/\/sources$/))
})

test('a shared server offers sharing, but says why sources cannot be looked up', async () => {
  const { user, history } = openServersScreen()
  const shared = await card("Sam's Server")

  const lookup = within(shared).getByRole('button', {
    name: "Look up sources from Sam's Server",
  })
  await user.click(lookup)

  expect(lookup).toHaveAttribute('aria-disabled', 'true')
  expect(lookup).toHaveAccessibleDescription(
    'Only test_sam, who owns it, can look up sources on it: the server refuses everyone else.',
  )
  expect(within(shared).getByText(/Only test_sam, who owns it/)).toBeVisible()
  expect(history.at(-1)).toBe('/servers')
  expect(
    within(shared).getByRole('link', { name: "Share access to Sam's Server" }),
  ).toBeInTheDocument()
})

test('a server with no address to try offers neither, and says why', async () => {
  openServersScreen()
  const offline = await card('Old Server')

  const share = within(offline).getByRole('button', {
    name: 'Share access to Old Server',
  })
  const lookup = within(offline).getByRole('button', {
    name: 'Look up sources from Old Server',
  })

  for (const action of [share, lookup]) {
    expect(action).toHaveAttribute('aria-disabled', 'true')
    expect(action).toHaveAccessibleDescription(
      /^plex\.tv lists no address for this server, so Plexkey cannot share it or look up sources on it/,
    )
  }
  expect(within(offline).queryByRole('link')).not.toBeInTheDocument()
})

test.each(['share', 'sources'])(
  'opened by link, /%s on a server with no address gives the servers screen reason and the way there, and nothing that cannot help',
  async (action) => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    server.use(
      ...fakePms().handlers,
      http.get('*/identity', () => HttpResponse.error()),
    )
    const asked: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (!request.url.includes('plex.tv')) asked.push(request.url)
    })
    const { user, history } = renderApp(
      `/servers/${OFFLINE_SERVER_ID}/${action}`,
    )

    const reason = await screen.findByText(/^plex\.tv lists no address/)
    expect(reason).toHaveTextContent(
      'plex.tv lists no address for this server, so Plexkey cannot share it or look up sources on it: it is probably offline. If you know an address where it answers, add it on the servers screen.',
    )
    expect(screen.getByText('Old Server has no address to try.')).toBeVisible()
    expect(screen.queryByText(/Full owner rights/)).not.toBeInTheDocument()
    expect(screen.queryByText(/another address/)).not.toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: /Try again/ }),
    ).not.toBeInTheDocument()
    expect(asked).toEqual([])

    await user.click(
      screen.getByRole('link', { name: 'add it on the servers screen' }),
    )
    expect(history.at(-1)).toBe('/servers')
    expect(
      await screen.findByRole('textbox', { name: 'Server address' }),
    ).toBeInTheDocument()
  },
)

test('an address added for a server plex.tv lists none for makes it usable', async () => {
  const lanUrl = 'http://old-server.home.arpa:32400'
  sessionStorage.setItem(
    'plexkey.addedAddresses',
    JSON.stringify({ [OFFLINE_SERVER_ID]: [lanUrl] }),
  )
  sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  server.use(
    ...fakePms({ baseUrl: lanUrl, machineIdentifier: OFFLINE_SERVER_ID })
      .handlers,
    http.get('*/identity', () => HttpResponse.error()),
  )
  renderApp('/servers')

  const offline = await card('Old Server')

  expect(await within(offline).findByText(/Reachable at/)).toHaveTextContent(
    lanUrl,
  )
  expect(
    within(offline).getByRole('link', { name: 'Share access to Old Server' }),
  ).toBeInTheDocument()
})
