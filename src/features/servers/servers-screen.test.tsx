// @vitest-environment-options { "url": "https://plexkey.example/" }
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../testing/msw-server.ts'
import { fakePms } from '../../testing/pms-handlers.ts'
import { PMS_HTTPS_URL } from '../../testing/fixtures/pms.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { renderApp } from '../../testing/render-app.tsx'

describe('ServersScreen on an https page', () => {
  it('never calls plain http addresses, and says why', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    const pms = fakePms()
    const probed: string[] = []
    server.use(
      ...pms.handlers,
      http.get('*/identity', ({ request }) => {
        probed.push(request.url)
        return HttpResponse.error()
      }),
    )
    const { user } = renderApp('/servers')

    const card = await screen.findByRole('region', { name: 'Test Home Server' })
    expect(
      await within(card).findByText(`Reachable at`, { exact: false }),
    ).toHaveTextContent(PMS_HTTPS_URL)
    await user.click(within(card).getByText(/Addresses tried/))

    expect(
      within(card).getByText(/http:\/\/192\.168\.1\.20:32400/).parentElement,
    ).toHaveTextContent(/mixed content/)
    const allProbes = [...probed, ...pms.requests.map((request) => request.url)]
    expect(allProbes.filter((url) => url.startsWith('http:'))).toEqual([])
  })

  it('lists servers but not players, with who shared them', async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    server.use(http.get('*/identity', () => HttpResponse.error()))

    renderApp('/servers')

    const list = await screen.findByRole('list', { name: 'Servers' })
    const names = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent)
    expect(names).toContain('Test Home Server')
    expect(names).toContain('Old Server')
    expect(names).not.toContain('Living Room TV')
  })

  it("an address typed without scheme or port is previewed with Plex's port, and says so", async () => {
    sessionStorage.setItem('plexkey.token', TEST_TOKEN)
    server.use(http.get('*/identity', () => HttpResponse.error()))
    const { user } = renderApp('/servers')
    const field = await screen.findByLabelText('Server address')

    await user.type(field, '10.0.0.160')

    expect(field).toHaveAccessibleDescription(
      /^Plexkey will use http:\/\/10\.0\.0\.160:32400: no port was typed, so Plex's default, 32400\./,
    )

    await user.clear(field)
    await user.type(field, 'https://plex.example.org')

    expect(field).toHaveAccessibleDescription(
      'Plexkey will use https://plex.example.org: with https:// and no port, that is port 443. Plex servers usually listen on 32400: if yours does, type https://plex.example.org:32400.',
    )

    await user.type(field, ':443')

    expect(field).toHaveAccessibleDescription(
      'Plexkey will use https://plex.example.org.',
    )
  })
})
