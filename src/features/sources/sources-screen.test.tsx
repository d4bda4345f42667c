import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { server } from '../../testing/msw-server.ts'
import { fakePms } from '../../testing/pms-handlers.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import {
  OWNED_SERVER_ID,
  SHARED_SERVER_ID,
  TEST_OWNED_SERVER_TOKEN,
} from '../../testing/fixtures/plex-resources.ts'
import { renderApp } from '../../testing/render-app.tsx'

function installServer(version?: string) {
  const pms = fakePms({ version })
  server.use(
    ...pms.handlers,
    http.get('*/identity', () => HttpResponse.error()),
  )
  return pms
}

describe('SourcesScreen', () => {
  beforeEach(() => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  })

  it('shows the source, its connections and its token, masked', async () => {
    const pms = installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/sources`)

    await user.type(
      await screen.findByLabelText('Source'),
      `server://${SHARED_SERVER_ID}`,
    )
    await user.click(screen.getByRole('button', { name: 'Look up' }))

    expect(await screen.findByRole('table')).toBeInTheDocument()
    expect(screen.getByText('Access token hidden')).toBeInTheDocument()
    expect(screen.getByText(/^A transient token for/)).toHaveTextContent(
      /works there only\. Plex does not say what rights it carries, so keep it as private as your own token\. It ends 48 hours after it was made at the latest, or when the server restarts\.$/,
    )
    const lookup = pms.requests.find((request) =>
      request.url.includes('/security/resources'),
    )
    expect(lookup?.headers.get('X-Plex-Token')).toBe(TEST_OWNED_SERVER_TOKEN)
  })

  it('a refused source takes the last answer away with it', async () => {
    installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/sources`)
    const field = await screen.findByLabelText('Source')
    await user.type(field, `server://${SHARED_SERVER_ID}`)
    await user.click(screen.getByRole('button', { name: 'Look up' }))
    await screen.findByRole('table')

    await user.clear(field)
    await user.type(field, 'not a source')
    await user.click(screen.getByRole('button', { name: 'Look up' }))

    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByText('Access token hidden')).not.toBeInTheDocument()
  })

  it('a server shared with you says only its owner can look up sources, and asks it nothing', async () => {
    installServer()
    const asked: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (!request.url.startsWith(plexTv('/'))) asked.push(request.url)
    })

    renderApp(`/servers/${SHARED_SERVER_ID}/sources`)

    const notice = await screen.findByText(
      "Sam's Server is shared with you, not yours.",
    )
    expect(notice.closest('[role="status"]')).toHaveTextContent(
      'Only test_sam, who owns it, can look up sources on it: the server refuses everyone else.',
    )
    expect(screen.queryByLabelText('Source')).not.toBeInTheDocument()
    expect(asked).toEqual([])
  })

  it('says so when the server is older than 1.15.4', async () => {
    installServer('1.15.3.876-ad6e39743')

    renderApp(`/servers/${OWNED_SERVER_ID}/sources`)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /1\.15\.3\.876.*needs 1\.15\.4 or newer/,
    )
    expect(screen.queryByLabelText('Source')).not.toBeInTheDocument()
  })
})
