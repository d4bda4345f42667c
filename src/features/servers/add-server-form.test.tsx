import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { server } from '../../testing/msw-server.ts'
import { fakePms } from '../../testing/pms-handlers.ts'
import { PMS_HTTPS_URL } from '../../testing/fixtures/pms.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
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

function openServersScreen() {
  sessionStorage.setItem('plexkey.token', TEST_TOKEN)
  server.use(
    ...fakePms().handlers,
    http.get('*/identity', () => HttpResponse.error()),
  )
  return renderApp('/servers')
}

test('an address that reaches one of your servers says which', async () => {
  const { user } = openServersScreen()

  await checkAddress(user, PMS_HTTPS_URL)

  expect(
    await screen.findByText(`${PMS_HTTPS_URL} reaches Test Home Server.`),
  ).toBeInTheDocument()
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
