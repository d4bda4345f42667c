import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { announceSignOut } from '../../lib/session/session-channel.ts'
import { server } from '../../testing/msw-server.ts'
import { fakePms } from '../../testing/pms-handlers.ts'
import { PMS_HTTPS_URL } from '../../testing/fixtures/pms.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { OWNED_SERVER_ID } from '../../testing/fixtures/plex-resources.ts'
import { renderApp } from '../../testing/render-app.tsx'

async function checkAddress(
  user: ReturnType<typeof renderApp>['user'],
  address: string,
) {
  const field = await screen.findByLabelText('Server address')
  await user.clear(field)
  await user.type(field, address)
  await user.click(screen.getByRole('button', { name: 'Check this address' }))
  return field
}

// Where Test Home Server also answers on this network, unknown to plex.tv.
const LAN_NAME = 'plex.home.arpa'
const LAN_URL = `http://${LAN_NAME}:32400`

function openServersScreen() {
  sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  server.use(
    ...fakePms().handlers,
    ...fakePms({ baseUrl: LAN_URL }).handlers,
    http.get('*/identity', () => HttpResponse.error()),
  )
  return renderApp('/servers')
}

async function addressesTried(user: ReturnType<typeof renderApp>['user']) {
  const card = await screen.findByRole('region', { name: 'Test Home Server' })
  await within(card).findByText(/Reachable at/)
  const summary = within(card).getByText(/Addresses tried/)
  await user.click(summary)
  return summary.closest('details')?.textContent
}

test('an address that reaches one of your servers says which', async () => {
  const { user } = openServersScreen()

  await checkAddress(user, LAN_NAME)

  const found = await screen.findByText(`${LAN_URL} reaches Test Home Server.`)
  expect(found.closest('[role="status"]')).toHaveTextContent(
    'Plexkey will try this address for it too, in this tab, until you sign out.',
  )
  expect(sessionStorage.getItem('plexkey.addedAddresses')).toContain(LAN_URL)
})

test('an address added earlier in this tab is said to be tried already', async () => {
  const { user } = openServersScreen()
  const field = await checkAddress(user, LAN_NAME)
  await screen.findByText(`${LAN_URL} reaches Test Home Server.`)
  await user.clear(field)

  await checkAddress(user, `${LAN_URL}/`)

  const found = await screen.findByText(`${LAN_URL} reaches Test Home Server.`)
  expect(found.closest('[role="status"]')).toHaveTextContent(
    'It is already among the addresses Plexkey tries for it: you added it earlier in this tab.',
  )
  expect(
    JSON.parse(sessionStorage.getItem('plexkey.addedAddresses') ?? '{}'),
  ).toEqual({ [OWNED_SERVER_ID]: [LAN_URL] })
})

test('an address plex.tv already lists is said to be among those tried, and not stored again', async () => {
  const { user } = openServersScreen()

  await checkAddress(user, `${PMS_HTTPS_URL}/`)

  const found = await screen.findByText(
    `${PMS_HTTPS_URL} reaches Test Home Server.`,
  )
  expect(found.closest('[role="status"]')).toHaveTextContent(
    'It is already among the addresses Plexkey tries for it: plex.tv lists it, so nothing was added.',
  )
  expect(screen.queryByText(/will try this address/)).not.toBeInTheDocument()
  expect(sessionStorage.getItem('plexkey.addedAddresses')).toBeNull()
})

test.each([
  [
    'garbage!!',
    '“garbage!!” cannot be a host name: “!” cannot be in one. A host name holds only letters, digits and hyphens, in parts separated by dots, like plex.example.org.',
  ],
  [
    'http://127.0.0.1:0',
    "Port 0 cannot be a server's: ports go from 1 to 65535. Type the port your server listens on, for example http://192.168.1.20:32400.",
  ],
])(
  '%j is refused up front, with what is wrong, and nothing is asked',
  async (address, reason) => {
    const { user } = openServersScreen()
    const asked: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('127.0.0.1') || request.url.includes('garbage'))
        asked.push(request.url)
    })

    const field = await checkAddress(user, address)

    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(expect.stringContaining(reason))
    expect(field).toHaveValue(address)
    expect(screen.queryByText(/Plexkey will use/)).not.toBeInTheDocument()
    expect(asked).toEqual([])
  },
)

test('port 443 with http: the preview says 443 almost always means https', async () => {
  const { user } = openServersScreen()
  const field = await screen.findByLabelText('Server address')

  await user.type(field, 'plex.example.org:443')

  expect(field).toHaveAccessibleDescription(
    'Plexkey will use http://plex.example.org:443. Port 443 almost always means https: if the server there uses https, type https://plex.example.org.',
  )
})

test('an https address that is refused or blocked suggests http://, an http one does not suggest https://', async () => {
  const { user } = openServersScreen()

  await checkAddress(user, 'https://10.0.0.160:32400')

  const failure = await screen.findByRole('alert')
  expect(failure).toHaveTextContent('Refused or blocked.')
  expect(failure).toHaveTextContent(
    'An https address fails like this too when the server there speaks plain http, or when its certificate is for another name (a Plex server’s is for its plex.direct names only). If so, try http://10.0.0.160:32400.'.replace(
      '’',
      "'",
    ),
  )

  await checkAddress(user, 'http://10.0.0.160:32400')

  const plain = await screen.findByRole('alert')
  expect(plain).toHaveTextContent('Refused or blocked.')
  expect(plain).not.toHaveTextContent(/try https:/)
})

test('a refused address takes the last check away with it', async () => {
  const { user } = openServersScreen()
  await checkAddress(user, PMS_HTTPS_URL)
  await screen.findByText(/reaches Test Home Server/)

  const field = await checkAddress(user, 'ftp://x')

  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(screen.queryByText(/reaches Test Home Server/)).not.toBeInTheDocument()
})

test('an edit to the address takes the last check away', async () => {
  const { user } = openServersScreen()
  const field = await checkAddress(user, PMS_HTTPS_URL)
  await screen.findByText(/reaches Test Home Server/)

  await user.type(field, '/web')

  expect(screen.queryByText(/reaches Test Home Server/)).not.toBeInTheDocument()
})

test('a scheme without a port: the preview names the port and Plex’s usual 32400', async () => {
  const { user } = openServersScreen()
  const field = await screen.findByLabelText('Server address')

  await user.type(field, 'http://10.0.0.160')

  expect(field).toHaveAccessibleDescription(
    'Plexkey will use http://10.0.0.160: with http:// and no port, that is port 80. Plex servers usually listen on 32400: if yours does, type http://10.0.0.160:32400.',
  )
})

test('when a scheme-only address does not answer, the failure repeats the port hint', async () => {
  const { user } = openServersScreen()

  await checkAddress(user, 'http://10.0.0.160')

  const failure = await screen.findByRole('alert')
  expect(failure).toHaveTextContent(
    'No Plex server answered at http://10.0.0.160.',
  )
  expect(failure).toHaveTextContent(
    'With http:// and no port, Plexkey asked on port 80. Plex servers usually listen on 32400: if yours does, try http://10.0.0.160:32400.',
  )
})

test('an address typed with its port fails without a port hint', async () => {
  const { user } = openServersScreen()

  await checkAddress(user, 'http://10.0.0.160:8080')

  const failure = await screen.findByRole('alert')
  expect(failure).toHaveTextContent('No Plex server answered')
  expect(failure).not.toHaveTextContent(/no port|usually listen/)
})

test('an added address is still tried after a reload, and forgotten at sign-out', async () => {
  const first = openServersScreen()
  await checkAddress(first.user, LAN_NAME)
  expect(
    await screen.findByText(`${LAN_URL} reaches Test Home Server.`),
  ).toBeInTheDocument()
  first.unmount()

  const reloaded = renderApp('/servers')

  expect(await addressesTried(reloaded.user)).toContain(LAN_URL)
  reloaded.unmount()

  const signOut = renderApp('/sign-out')
  await signOut.user.click(
    await screen.findByRole('button', { name: 'Sign out' }),
  )
  await screen.findByText(/You are signed out\./)
  expect(sessionStorage.getItem('plexkey.addedAddresses')).toBeNull()
  signOut.unmount()

  sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  const signedInAgain = renderApp('/servers')

  expect(await addressesTried(signedInAgain.user)).not.toContain(LAN_URL)
})

test('a sign-out in another tab forgets the addresses added in this one', async () => {
  const { user } = openServersScreen()
  await checkAddress(user, LAN_NAME)
  await screen.findByText(`${LAN_URL} reaches Test Home Server.`)
  expect(sessionStorage.getItem('plexkey.addedAddresses')).toContain(LAN_URL)

  announceSignOut()

  expect(
    await screen.findByText('You signed out of Plexkey in another tab.'),
  ).toBeInTheDocument()
  expect(sessionStorage.getItem('plexkey.addedAddresses')).toBeNull()
})
