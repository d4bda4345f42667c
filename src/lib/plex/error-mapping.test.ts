import { afterEach, expect, test, vi } from 'vitest'
import {
  classifyAnswer,
  kindOfAnswer,
  messageFor,
  type FailedAnswer,
  type PlexHost,
} from './error-mapping.ts'
import type { PlexErrorKind } from './plex-error.ts'

const signIn = (answer: Omit<FailedAnswer, 'isSignIn'>) =>
  kindOfAnswer({ ...answer, isSignIn: true })
const elsewhere = (answer: Omit<FailedAnswer, 'isSignIn'>) =>
  kindOfAnswer({ ...answer, isSignIn: false })

test.each([
  [1001, 'bad-credentials'],
  [1028, 'code-invalid'],
  [1029, 'code-required'],
  [1030, 'username-not-allowed'],
  [1031, 'ip-blocked'],
  [1003, 'rate-limited'],
  [9999, 'bad-credentials'],
])('on sign-in, a 401 with code %i is %s', (plexCode, kind) => {
  expect(signIn({ status: 401, plexCode })).toBe(kind)
})

test('on sign-in, a 401 without a readable code is bad-credentials', () => {
  expect(signIn({ status: 401 })).toBe('bad-credentials')
  expect(signIn({ status: 401, text: 'User could not be authenticated' })).toBe(
    'bad-credentials',
  )
})

test('on sign-in, codeless text about the verification code still counts', () => {
  expect(
    signIn({ status: 401, text: 'Please enter the Verification Code' }),
  ).toBe('code-required')
  expect(signIn({ status: 401, text: 'Invalid verification code' })).toBe(
    'code-invalid',
  )
  expect(
    signIn({ status: 401, plexCode: 1001, text: 'verification code' }),
  ).toBe('bad-credentials')
})

test('elsewhere, any 401 is unauthorized, whatever its code says', () => {
  expect(elsewhere({ status: 401 })).toBe('unauthorized')
  expect(elsewhere({ status: 401, plexCode: 1001 })).toBe('unauthorized')
  expect(elsewhere({ status: 401, text: 'verification code' })).toBe(
    'unauthorized',
  )
})

test('422 "Invalid token" is unauthorized; other 422s are not understood', () => {
  expect(elsewhere({ status: 422, text: 'Invalid token' })).toBe('unauthorized')
  expect(elsewhere({ status: 422, text: 'Name is too long' })).toBe(
    'unexpected-response',
  )
})

test('429 is rate-limited everywhere; 408 is a timeout; 5xx is server', () => {
  expect(signIn({ status: 429 })).toBe('rate-limited')
  expect(elsewhere({ status: 429, plexCode: 1003 })).toBe('rate-limited')
  expect(elsewhere({ status: 408 })).toBe('timeout')
  expect(elsewhere({ status: 500 })).toBe('server')
  expect(elsewhere({ status: 503 })).toBe('server')
  expect(elsewhere({ status: 599 })).toBe('server')
})

test.each([409, 302, 600])(
  'status %i with no known code is unexpected-response',
  (status) => {
    expect(classifyAnswer({ status, isSignIn: false })).toEqual({
      kind: 'unexpected-response',
      reason: 'unknown-status',
    })
  },
)

test('code 1020 (PIN unknown or expired) is pin-expired', () => {
  expect(elsewhere({ status: 404, plexCode: 1020 })).toBe('pin-expired')
  expect(messageFor('pin-expired', { host: 'plex.tv' })).toBe(
    'This sign-in expired. Start again.',
  )
})

test('the missing-client-identifier 400 (code 1000) is a bad request', () => {
  expect(signIn({ status: 400, plexCode: 1000 })).toBe('bad-request')
})

test('a 401 or 422 to a call sent without a token says nothing about a token', () => {
  for (const host of ['plex.tv', 'server'] as const) {
    expect(
      classifyAnswer({ status: 401, isSignIn: false, host, sentToken: false }),
    ).toEqual({ kind: 'unexpected-response', reason: 'unknown-status' })
    expect(
      kindOfAnswer({
        status: 422,
        text: 'Invalid token',
        isSignIn: false,
        host,
        sentToken: false,
      }),
    ).toBe('unexpected-response')
  }
  expect(signIn({ status: 401, sentToken: false })).toBe('bad-credentials')
})

test("plex.tv's 4xx as an HTML page is a web page in the way; a server's is its verdict", () => {
  const page = { isSignIn: false, isWebPage: true } as const

  for (const status of [400, 401, 403, 404, 422]) {
    expect(classifyAnswer({ ...page, status, host: 'plex.tv' })).toEqual({
      kind: 'unexpected-response',
      reason: 'web-page',
    })
  }
  expect(kindOfAnswer({ ...page, status: 401, host: 'server' })).toBe(
    'unauthorized',
  )
  expect(kindOfAnswer({ ...page, status: 429, host: 'plex.tv' })).toBe(
    'rate-limited',
  )
  expect(kindOfAnswer({ ...page, status: 502, host: 'plex.tv' })).toBe('server')
  expect(signIn({ status: 401, isWebPage: true })).toBe('bad-credentials')
})

const KINDS: PlexErrorKind[] = [
  'network',
  'timeout',
  'unauthorized',
  'bad-credentials',
  'code-required',
  'code-invalid',
  'username-not-allowed',
  'ip-blocked',
  'rate-limited',
  'forbidden',
  'not-found',
  'bad-request',
  'mixed-content',
  'pin-expired',
  'server',
  'unexpected-response',
]

test.each(
  KINDS.flatMap((kind) =>
    (['plex.tv', 'server'] as PlexHost[]).map((host) => [kind, host] as const),
  ),
)('the %s message for %s is a plain sentence', (kind, host) => {
  const message = messageFor(kind, { host, status: 500, timeoutMs: 15_000 })

  expect(message).toMatch(/^(?:[A-Z]|plex\.tv ).*\.$/s)
  expect(message).not.toMatch(/unknown error|undefined|http:|https:/i)
})

test('the network message says plex.tv could not be reached and why it may look so', () => {
  const message = messageFor('network', { host: 'plex.tv' })

  expect(message).toMatch(/^could not reach plex\.tv/i)
  expect(message).toMatch(/CORS/)
})

test('messages carry the status, the wait and the timeout', () => {
  expect(messageFor('server', { host: 'plex.tv', status: 503 })).toContain(
    'HTTP 503',
  )
  expect(
    messageFor('rate-limited', { host: 'plex.tv', retryAfterSeconds: 42 }),
  ).toContain('42 seconds')
  expect(
    messageFor('rate-limited', { host: 'plex.tv', retryAfterSeconds: 600 }),
  ).toContain('10 minutes')
  expect(
    messageFor('timeout', { host: 'plex.tv', timeoutMs: 15_000 }),
  ).toContain('15 seconds')
})

test('the session-ending message asks to sign in again', () => {
  expect(
    messageFor('unauthorized', { host: 'plex.tv', endsSession: true }),
  ).toMatch(/sign in again/)
})

test('400, 403 and 404 have kinds, from plex.tv and media servers alike', () => {
  for (const host of ['plex.tv', 'server'] as const) {
    const from = (status: number) =>
      kindOfAnswer({ status, isSignIn: false, host })

    expect(from(400)).toBe('bad-request')
    expect(from(403)).toBe('forbidden')
    expect(from(404)).toBe('not-found')
    expect(from(401)).toBe('unauthorized')
  }
})

test('server messages name the server when its name is known', () => {
  const named = {
    host: 'server',
    serverName: '  Test\nHome   Server ',
  } as const

  expect(messageFor('unauthorized', named)).toMatch(
    /^The Plex server “Test Home Server” refused this token\./,
  )
  expect(messageFor('network', named)).toMatch(
    /^Could not reach the Plex server “Test Home Server”\./,
  )
  expect(messageFor('unauthorized', { host: 'server' })).toMatch(
    /^The Plex server refused this token\./,
  )
})

test("a media server's network message says what a page cannot tell apart", () => {
  const message = messageFor('network', { host: 'server' })

  expect(message).toMatch(/refused connection/)
  expect(message).toMatch(/CORS/)
  expect(message).toMatch(/extension or firewall/)
})

test('the mixed-content message points to https and nothing weaker', () => {
  const message = messageFor('mixed-content', { host: 'server' })

  expect(message).toMatch(/mixed content/)
  expect(message).toMatch(/https address/)
  expect(message).not.toMatch(/insecure|certificate|allow/i)
})

afterEach(() => {
  vi.unstubAllEnvs()
})

test('in a demo build, plex.tv out of reach asks whether the stand-in is running', () => {
  vi.stubEnv('VITE_DEMO', 'true')

  expect(messageFor('network', { host: 'plex.tv' })).toMatch(
    /looks exactly the same to this page\. Demo: is the stand-in running\? Start it with npm run stand-in in another terminal\.$/,
  )
  expect(
    messageFor('network', { host: 'server', serverName: 'Demo Server' }),
  ).not.toMatch(/stand-in/)
})

test('outside demo builds, the plex.tv message never mentions the stand-in', () => {
  vi.stubEnv('VITE_DEMO', '')

  expect(messageFor('network', { host: 'plex.tv' })).not.toMatch(/stand-in/)
})
