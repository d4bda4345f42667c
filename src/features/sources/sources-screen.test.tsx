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

  it('the picker is labelled for what it lists: your other servers and those shared with you', async () => {
    installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/sources`)

    const picker = await screen.findByLabelText(
      'Pick another server on your account, yours or shared with you',
    )
    const offered = Array.from(
      picker.querySelectorAll('option'),
      (option) => option.textContent,
    )
    expect(offered).toEqual(['Choose a server…', "Sam's Server", 'Old Server'])

    await user.selectOptions(picker, "Sam's Server")
    expect(screen.getByLabelText('Source')).toHaveValue(
      `server://${SHARED_SERVER_ID}`,
    )
  })

  it('an identifier typed in capitals that finds nothing: sent as typed, and the lower-case form suggested', async () => {
    const pms = installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/sources`)
    const typed = `server://${SHARED_SERVER_ID.toUpperCase()}`

    await user.type(await screen.findByLabelText('Source'), typed)
    await user.click(screen.getByRole('button', { name: 'Look up' }))

    const notice = await screen.findByText('Nothing known about that source.')
    expect(notice.closest('[role="status"]')).toHaveTextContent(
      `Test Home Server knows no source with that identifier. It is matched exactly as typed, and Plex server identifiers are in lower case: try server://${SHARED_SERVER_ID}.`,
    )
    const asked = pms.requests.find((request) =>
      request.url.includes('/security/resources'),
    )
    expect(new URL(asked!.url).searchParams.get('source')).toBe(typed)
  })

  it('a lower-case identifier that finds nothing suggests nothing', async () => {
    installServer()
    const { user } = renderApp(`/servers/${OWNED_SERVER_ID}/sources`)

    await user.type(
      await screen.findByLabelText('Source'),
      'server://0123456789abcdef0123456789abcdef01234567',
    )
    await user.click(screen.getByRole('button', { name: 'Look up' }))

    const notice = await screen.findByText('Nothing known about that source.')
    expect(notice.closest('[role="status"]')).not.toHaveTextContent(
      /lower case/,
    )
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
