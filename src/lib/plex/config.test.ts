import { expect, test, vi } from 'vitest'
import {
  appVersion,
  plexAppUrl,
  plexTvApiUrl,
  plexTvUrl,
  readBaseUrl,
  usesPlexTvRelay,
} from './config.ts'

test('without configuration the app talks to the real plex.tv over https', () => {
  expect(plexTvUrl).toBe('https://plex.tv')
  expect(plexAppUrl).toBe('https://app.plex.tv')
})

test('the version comes from package.json', () => {
  expect(appVersion).toMatch(/^\d+\.\d+\.\d+/)
})

test('a configured URL loses its trailing slashes', () => {
  expect(readBaseUrl('X', 'http://127.0.0.1:32410/', 'https://plex.tv')).toBe(
    'http://127.0.0.1:32410',
  )
  expect(readBaseUrl('X', 'https://proxy.example/plex//', 'https://a')).toBe(
    'https://proxy.example/plex',
  )
})

test('an unset or blank value falls back to the default', () => {
  expect(readBaseUrl('X', undefined, 'https://plex.tv')).toBe('https://plex.tv')
  expect(readBaseUrl('X', '  ', 'https://plex.tv')).toBe('https://plex.tv')
})

test.each([
  'plex.tv',
  'javascript:alert(1)',
  'ftp://plex.tv',
  'https://user:pw@plex.tv',
  'https://plex.tv/?x=1',
  'https://plex.tv/#x',
])('a malformed value (%s) fails loudly, naming the variable', (value) => {
  expect(() =>
    readBaseUrl('VITE_PLEX_TV_URL', value, 'https://plex.tv'),
  ).toThrow(/VITE_PLEX_TV_URL/)
})

test('without the relay, API calls go straight to plex.tv', () => {
  expect(usesPlexTvRelay).toBe(false)
  expect(plexTvApiUrl).toBe(plexTvUrl)
})

test('a relay build sends API calls to this page’s origin, and pages still to Plex', async () => {
  vi.stubEnv('VITE_PLEX_TV_RELAY', 'true')
  vi.resetModules()
  try {
    const relayed = await import('./config.ts')

    expect(relayed.usesPlexTvRelay).toBe(true)
    expect(relayed.plexTvApiUrl).toBe(`${window.location.origin}/plex-tv-relay`)
    expect(relayed.plexTvUrl).toBe('https://plex.tv')
    expect(relayed.plexAppUrl).toBe('https://app.plex.tv')
  } finally {
    vi.unstubAllEnvs()
    vi.resetModules()
  }
})
