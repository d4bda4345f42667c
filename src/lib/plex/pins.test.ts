import { http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import { allowConsole, consoleSpy } from '../../testing/console-guard.ts'
import { plexErrorBody } from '../../testing/fixtures/plex-errors.ts'
import {
  plexPinFixture,
  TEST_PIN_ID,
  TEST_SHORT_CODE,
  TEST_STRONG_CODE,
} from '../../testing/fixtures/plex-pins.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { log } from '../log.ts'
import { getClientIdentifier } from '../session/client-identifier.ts'
import { PlexError } from './plex-error.ts'
import { checkPin, createPin } from './pins.ts'

const PINS_URL = plexTv('/api/v2/pins')
const POLL_URL = plexTv(`/api/v2/pins/${TEST_PIN_ID}`)
const TEST_PIN_TOKEN = 'TESTxTOKENxPINxxx0042'

async function rejection(promise: Promise<unknown>): Promise<PlexError> {
  const error: unknown = await promise.catch((reason: unknown) => reason)
  expect(error).toBeInstanceOf(PlexError)
  return error as PlexError
}

test('a strong PIN is asked for with strong=true, the Plex headers and no token', async () => {
  let sent: Request | undefined
  server.use(
    http.post(PINS_URL, ({ request }) => {
      sent = request
      return HttpResponse.json(plexPinFixture(), { status: 201 })
    }),
  )

  const pin = await createPin({ strong: true })

  expect(pin).toMatchObject({ id: TEST_PIN_ID, code: TEST_STRONG_CODE })
  expect(new URL(sent!.url).searchParams.get('strong')).toBe('true')
  expect(sent!.headers.get('X-Plex-Client-Identifier')).toBe(
    getClientIdentifier(),
  )
  expect(sent!.headers.get('X-Plex-Product')).toBe('Plexkey')
  expect(sent!.headers.get('Accept')).toBe('application/json')
  expect(sent!.headers.has('X-Plex-Token')).toBe(false)
})

test('a short PIN is asked for without strong', async () => {
  let query: URLSearchParams | undefined
  server.use(
    http.post(PINS_URL, ({ request }) => {
      query = new URL(request.url).searchParams
      return HttpResponse.json(plexPinFixture({ code: TEST_SHORT_CODE }), {
        status: 201,
      })
    }),
  )

  const pin = await createPin({ strong: false })

  expect(pin.code).toBe(TEST_SHORT_CODE)
  expect(query?.has('strong')).toBe(false)
})

test('the PIN ends after the time plex.tv gives it, on this browser’s clock', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2020-06-01T00:00Z') })
  server.use(
    http.post(PINS_URL, () =>
      HttpResponse.json(plexPinFixture({ expiresIn: 600 }), { status: 201 }),
    ),
  )

  const pin = await createPin({ strong: true })

  expect(pin.expiresAt).toBe(Date.parse('2020-06-01T00:10Z'))
})

test('without expiresIn the lifetime comes from createdAt and expiresAt, else the default', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: 0 })
  server.use(
    http.post(PINS_URL, () =>
      HttpResponse.json(plexPinFixture({ expiresIn: 'soon' }), {
        status: 201,
      }),
    ),
  )
  expect((await createPin({ strong: true })).expiresAt).toBe(1800_000)

  server.use(
    http.post(PINS_URL, () =>
      HttpResponse.json(
        plexPinFixture({ expiresIn: null, createdAt: null, expiresAt: null }),
        { status: 201 },
      ),
    ),
  )
  expect((await createPin({ strong: false })).expiresAt).toBe(900_000)
})

test.each([
  ['no id', { id: undefined }],
  ['a text id', { id: 'abc' }],
  ['id 0', { id: 0 }],
  ['no code', { code: undefined }],
  ['an empty code', { code: '' }],
  ['a code with other characters', { code: 'ab&cd' }],
])('an answer with %s is unexpected-response', async (_, overrides) => {
  allowConsole('warn')
  server.use(
    http.post(PINS_URL, () =>
      HttpResponse.json(plexPinFixture(overrides), { status: 201 }),
    ),
  )

  const error = await rejection(createPin({ strong: true }))

  expect(error.kind).toBe('unexpected-response')
})

test('a waiting PIN has no token yet', async () => {
  expect(await checkPin(TEST_PIN_ID)).toBeNull()
})

test('an approved PIN gives its token, which the logger then redacts', async () => {
  server.use(
    http.get(POLL_URL, () =>
      HttpResponse.json(plexPinFixture({ authToken: TEST_PIN_TOKEN })),
    ),
  )

  const token = await checkPin(TEST_PIN_ID)

  expect(token).toBe(TEST_PIN_TOKEN)
  allowConsole('warn')
  log.warn('test', `token ${TEST_PIN_TOKEN}`)
  expect(String(consoleSpy('warn').mock.calls[0]?.[0])).not.toContain(
    TEST_PIN_TOKEN,
  )
})

test('a malformed token reads as not approved yet', async () => {
  server.use(
    http.get(POLL_URL, () =>
      HttpResponse.json(plexPinFixture({ authToken: 'has spaces in it' })),
    ),
  )

  expect(await checkPin(TEST_PIN_ID)).toBeNull()
})

test('404 code 1020 is pin-expired, with words for a person', async () => {
  server.use(
    http.get(POLL_URL, () =>
      HttpResponse.json(plexErrorBody(1020, 'Code not found or expired', 404), {
        status: 404,
      }),
    ),
  )

  const error = await rejection(checkPin(TEST_PIN_ID))

  expect(error).toMatchObject({ kind: 'pin-expired', status: 404 })
  expect(error.message).toBe('This sign-in expired. Start again.')
  expect(error.endsSession).toBe(false)
})

test('a network failure while polling is network', async () => {
  server.use(http.get(POLL_URL, () => HttpResponse.error()))

  const error = await rejection(checkPin(TEST_PIN_ID))

  expect(error.kind).toBe('network')
})
