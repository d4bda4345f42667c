import { StrictMode } from 'react'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { memoryLocation } from 'wouter/memory-location'
import { TEST_TOKEN } from '../testing/fixtures/plex-account.ts'
import { App } from './app.tsx'

// As main.tsx renders it: StrictMode runs every effect twice on mounting.
function renderAppStrictly(path: string) {
  const location = memoryLocation({ path })
  render(
    <StrictMode>
      <App routerHook={location.hook} />
    </StrictMode>,
  )
  return userEvent.setup()
}

test.each([
  ['the sign-in screen', '/sign-in', 'Sign in to Plex'],
  ['a redirect to sign-in', '/', 'Sign in to Plex'],
  ['the inspect screen', '/inspect', 'Inspect a token'],
])(
  'the first screen of a load, %s, keeps focus at the start of the page',
  async (_, path, heading) => {
    const user = renderAppStrictly(path)

    await screen.findByRole('heading', { level: 1, name: heading })

    expect(document.body).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus()
  },
)

test('a move to another screen focuses its heading', async () => {
  sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  const user = renderAppStrictly('/account')
  await screen.findByRole('heading', { level: 1, name: 'Your account' })
  const nav = screen.getByRole('navigation', { name: 'Main' })

  await user.click(within(nav).getByRole('link', { name: 'Inspect a token' }))

  const heading = await screen.findByRole('heading', {
    level: 1,
    name: 'Inspect a token',
  })
  await waitFor(() => expect(heading).toHaveFocus())
})
