import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import {
  announceSignOut,
  onSignOutElsewhere,
} from '../lib/session/session-channel.ts'
import { TEST_TOKEN } from '../testing/fixtures/plex-account.ts'
import { server } from '../testing/msw-server.ts'
import { plexTv } from '../testing/plex-tv-handlers.ts'
import { renderApp } from '../testing/render-app.tsx'

/** What the other Plexkey tabs of this browser hear on the session channel. */
function listenAsAnotherTab() {
  const heard: string[] = []
  const stop = onSignOutElsewhere(() => heard.push('signed out'))
  return { heard, stop }
}

test('a token plex.tv rejects signs out this tab only', async () => {
  sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  server.use(
    http.get(plexTv('/api/v2/user'), () =>
      HttpResponse.json(
        { errors: [{ code: 1001, message: 'Unauthorized', status: 401 }] },
        { status: 401 },
      ),
    ),
  )
  const otherTab = listenAsAnotherTab()

  renderApp('/account')

  expect(
    await screen.findByText(/plex\.tv no longer accepts this token/),
  ).toBeInTheDocument()
  expect(sessionStorage.getItem('plexkey.token')).toBeNull()
  // A witness tab opened now hears only what is sent next: by the time it
  // has, the other tab has heard everything sent before it too.
  const witness = listenAsAnotherTab()
  announceSignOut()
  await waitFor(() => expect(witness.heard).toEqual(['signed out']))
  expect(otherTab.heard).toEqual(['signed out'])
  witness.stop()
  otherTab.stop()
})

test('signing out still signs out every other tab', async () => {
  sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  const otherTab = listenAsAnotherTab()
  const { user } = renderApp('/sign-out')

  await user.click(await screen.findByRole('button', { name: 'Sign out' }))

  await waitFor(() => expect(otherTab.heard).toEqual(['signed out']))
  otherTab.stop()
})
