import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, expect, test, vi } from 'vitest'
import {
  openPlaceholderWindow,
  sendThisTabTo,
} from '../features/sign-in/sign-in-window.ts'
import { TEST_TOKEN } from '../testing/fixtures/plex-account.ts'
import { plexPinFixture, TEST_PIN_ID } from '../testing/fixtures/plex-pins.ts'
import {
  OWNED_SERVER_ID,
  plexResourcesFixture,
} from '../testing/fixtures/plex-resources.ts'
import { server } from '../testing/msw-server.ts'
import { plexTv, TEST_ACCOUNTS } from '../testing/plex-tv-handlers.ts'
import type * as SignInWindow from '../features/sign-in/sign-in-window.ts'
import { renderApp } from '../testing/render-app.tsx'

vi.mock('../features/sign-in/sign-in-window.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof SignInWindow>()),
  openPlaceholderWindow: vi.fn(),
  sendThisTabTo: vi.fn(),
}))

const SHARE_PATH = `/servers/${OWNED_SERVER_ID}/share`

beforeEach(() => {
  // The share screen lists this account's servers, whoever signed in, and
  // finds none of them reachable: what it shows is not the point here.
  server.use(
    http.get(plexTv('/api/v2/resources'), () =>
      HttpResponse.json(plexResourcesFixture()),
    ),
    http.get('*/identity', () => HttpResponse.error()),
  )
  vi.mocked(openPlaceholderWindow).mockReset()
  // Closed already as far as Plexkey can tell, as once Plex's page is in it:
  // each test opens its own.
  vi.mocked(openPlaceholderWindow).mockReturnValue({
    location: { href: '' },
    closed: true,
    close: vi.fn(),
    focus: vi.fn(),
  } as unknown as Window)
  vi.mocked(sendThisTabTo).mockReset()
})

/** Opens `path` signed out, which asks for a sign-in first. */
async function openSignedOut(path: string) {
  const view = renderApp(path)
  await screen.findByRole('heading', { name: 'Sign in to Plex' })
  expect(view.history.at(-1)).toBe('/sign-in')
  return view
}

async function expectShareScreen(history: readonly string[]) {
  expect(
    await screen.findByRole('heading', { name: 'Share access' }),
  ).toBeInTheDocument()
  expect(history.at(-1)).toBe(SHARE_PATH)
  expect(sessionStorage.getItem('plexkey.token')).toBeTruthy()
}

async function signInWithPassword(
  user: ReturnType<typeof renderApp>['user'],
  { login, password }: { login: string; password: string },
) {
  await user.type(screen.getByLabelText('Email or username'), login)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

function approvePin() {
  server.use(
    http.get(plexTv(`/api/v2/pins/${TEST_PIN_ID}`), () =>
      HttpResponse.json(plexPinFixture({ authToken: TEST_TOKEN })),
    ),
  )
}

test('a deep link signed out comes back after a password sign-in', async () => {
  const { user, history } = await openSignedOut(SHARE_PATH)

  await signInWithPassword(user, TEST_ACCOUNTS.owner)

  await expectShareScreen(history)
})

test('it comes back after two-step verification too', async () => {
  const { user, history } = await openSignedOut(SHARE_PATH)
  await signInWithPassword(user, TEST_ACCOUNTS.twoFactor)

  await user.type(
    await screen.findByRole('textbox', { name: 'Verification code' }),
    TEST_ACCOUNTS.twoFactor.code,
  )
  await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))

  await expectShareScreen(history)
})

test('it comes back after Sign in with Plex in a window', async () => {
  approvePin()
  const { user, history } = await openSignedOut(SHARE_PATH)

  await user.click(screen.getByRole('button', { name: 'Sign in with Plex' }))

  await expectShareScreen(history)
})

test('it survives the same-tab trip to Plex’s page and back', async () => {
  vi.mocked(openPlaceholderWindow).mockReturnValue(null)
  const first = await openSignedOut(SHARE_PATH)
  await first.user.click(
    screen.getByRole('button', { name: 'Sign in with Plex' }),
  )
  await waitFor(() => expect(sendThisTabTo).toHaveBeenCalledOnce())
  first.unmount()

  approvePin()
  const { history } = renderApp('/sign-in')

  await expectShareScreen(history)
})

test('it comes back after a code entered on another device', async () => {
  approvePin()
  const { user, history } = await openSignedOut(SHARE_PATH)

  await user.click(
    screen.getByRole('link', { name: 'Use a code on another device' }),
  )

  await expectShareScreen(history)
})

test('it comes back after "Use this token"', async () => {
  const { user, history } = await openSignedOut(SHARE_PATH)

  await user.click(screen.getByRole('link', { name: 'Inspect a token' }))
  await user.click(await screen.findByLabelText('Token or link'))
  await user.paste(TEST_TOKEN)
  await user.click(screen.getByRole('button', { name: 'Inspect' }))
  await user.click(
    await screen.findByRole('button', { name: 'Use this token' }),
  )

  await expectShareScreen(history)
})

test('once there, a later sign-in opens the account again', async () => {
  const first = await openSignedOut(SHARE_PATH)
  await signInWithPassword(first.user, TEST_ACCOUNTS.owner)
  await expectShareScreen(first.history)
  first.unmount()
  sessionStorage.removeItem('plexkey.token')

  const { user, history } = renderApp('/sign-in')
  await screen.findByRole('heading', { name: 'Sign in to Plex' })
  await signInWithPassword(user, TEST_ACCOUNTS.owner)

  expect(
    await screen.findByRole('heading', { name: 'Your account' }),
  ).toBeInTheDocument()
  expect(history.at(-1)).toBe('/account')
})

test.each([
  ['another site', '//evil.example/account'],
  ['a full address', 'https://evil.example/account'],
  ['a path with a query', `${SHARE_PATH}?next=https://evil.example`],
  ['a path out of the server', '/servers/../../evil/share'],
  ['the sign-out screen', '/sign-out'],
  ['an unknown screen', '/nowhere'],
])('a stored target that is %s is never followed', async (_, storedTarget) => {
  sessionStorage.setItem('plexkey.returnTo', storedTarget)
  const { user, history } = renderApp('/sign-in')
  await screen.findByRole('heading', { name: 'Sign in to Plex' })

  await signInWithPassword(user, TEST_ACCOUNTS.owner)

  expect(
    await screen.findByRole('heading', { name: 'Your account' }),
  ).toBeInTheDocument()
  expect(history.at(-1)).toBe('/account')
})
