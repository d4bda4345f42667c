import { expect, test } from 'vitest'
import { describeBrowser, plexHeaders } from './plex-headers.ts'

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const EDGE_WINDOWS = `${CHROME_WINDOWS} Edg/131.0.2903.86`
const FIREFOX_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'
const SAFARI_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'

test.each([
  [CHROME_WINDOWS, { browser: 'Chrome', browserVersion: '131', os: 'Windows' }],
  [EDGE_WINDOWS, { browser: 'Edge', browserVersion: '131', os: 'Windows' }],
  [FIREFOX_LINUX, { browser: 'Firefox', browserVersion: '133', os: 'Linux' }],
  [SAFARI_MAC, { browser: 'Safari', browserVersion: '18', os: 'macOS' }],
  [SAFARI_IPHONE, { browser: 'Safari', browserVersion: '18', os: 'iOS' }],
  [CHROME_ANDROID, { browser: 'Chrome', browserVersion: '131', os: 'Android' }],
  ['curl/8.0', { browser: 'Web', browserVersion: '', os: 'Unknown' }],
])('describes %s coarsely', (userAgent, expected) => {
  expect(describeBrowser(userAgent)).toEqual(expected)
})

test('sends JSON Accept, the client identifier and a readable device name', () => {
  const headers = plexHeaders(CHROME_WINDOWS)

  expect(headers).toEqual({
    Accept: 'application/json',
    'X-Plex-Client-Identifier': expect.stringMatching(/^[0-9a-f-]{36}$/),
    'X-Plex-Product': 'Plexkey',
    'X-Plex-Version': expect.stringMatching(/^\d+\.\d+\.\d+/),
    'X-Plex-Platform': 'Chrome',
    'X-Plex-Platform-Version': '131',
    'X-Plex-Device': 'Windows',
    'X-Plex-Device-Name': 'Plexkey (Chrome)',
  })
})

test('keeps the same client identifier across calls', () => {
  expect(plexHeaders(CHROME_WINDOWS)['X-Plex-Client-Identifier']).toBe(
    plexHeaders(FIREFOX_LINUX)['X-Plex-Client-Identifier'],
  )
})

test('every header value is printable ASCII, whatever the user agent says', () => {
  const headers = plexHeaders('Mozilla/5.0 (Wíndows\u2028) Chrome/1ß0')

  for (const value of Object.values(headers)) {
    expect(value).toMatch(/^[\x20-\x7e]*$/)
  }
})
