import { expect, test } from 'vitest'
import { getClientIdentifier } from '../session/client-identifier.ts'
import { plexAppUrl, plexTvUrl } from './config.ts'
import { hostedSignInUrl, linkPageUrl } from './pin-urls.ts'

function fragmentParams(url: string): URLSearchParams {
  return new URLSearchParams(new URL(url).hash.replace(/^#\??/, ''))
}

test('the hosted page gets client id, code and product in the fragment', () => {
  const url = hostedSignInUrl('abc123')

  expect(url.startsWith(`${plexAppUrl}/auth#?`)).toBe(true)
  expect(url).toContain('context%5Bdevice%5D%5Bproduct%5D=Plexkey')
  const params = fragmentParams(url)
  expect(params.get('clientID')).toBe(getClientIdentifier())
  expect(params.get('code')).toBe('abc123')
  expect(params.has('forwardUrl')).toBe(false)
  expect(new URL(url).search).toBe('')
})

test('a forward URL is passed on, encoded', () => {
  const url = hostedSignInUrl('abc123', 'https://plexkey.example/sign-in')

  expect(fragmentParams(url).get('forwardUrl')).toBe(
    'https://plexkey.example/sign-in',
  )
})

test('the link page is plex.tv/link', () => {
  expect(linkPageUrl()).toBe(`${plexTvUrl}/link`)
})
