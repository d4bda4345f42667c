import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import { plexErrorBody } from '../../testing/fixtures/plex-errors.ts'
import {
  plexPinFixture,
  TEST_PIN_ID,
} from '../../testing/fixtures/plex-pins.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { POLL_INTERVAL_MS, pollPinOnce } from './poll-pin-once.ts'

const POLL_URL = plexTv(`/api/v2/pins/${TEST_PIN_ID}`)
const openPin = () => ({
  id: TEST_PIN_ID,
  code: 'abc123',
  expiresAt: Date.now() + 60_000,
})
const look = () => pollPinOnce(openPin(), new AbortController().signal)

test('a PIN past its time is expired without asking plex.tv', async () => {
  const pin = { ...openPin(), expiresAt: Date.now() - 1 }

  const outcome = await pollPinOnce(pin, new AbortController().signal)

  expect(outcome).toEqual({ kind: 'expired' })
})

test('an approved PIN gives the account its token opens', async () => {
  server.use(
    http.get(POLL_URL, () =>
      HttpResponse.json(plexPinFixture({ authToken: TEST_TOKEN })),
    ),
  )

  const outcome = await look()

  expect(outcome.kind).toBe('approved')
  expect(outcome.kind === 'approved' && outcome.account.authToken).toBe(
    TEST_TOKEN,
  )
})

test('a token plex.tv then refuses leaves the PIN waiting, with the reason', async () => {
  server.use(
    http.get(POLL_URL, () =>
      HttpResponse.json(plexPinFixture({ authToken: 'TESTxTOKENxREFUSEDx1' })),
    ),
  )

  const outcome = await look()

  expect(outcome).toMatchObject({
    kind: 'waiting',
    problem: expect.objectContaining({
      kind: 'unauthorized',
      message: expect.stringMatching(/did not accept this token/),
    }),
    nextLookInMs: POLL_INTERVAL_MS,
  })
})

test('a rate limit waits as long as plex.tv asked', async () => {
  server.use(
    http.get(POLL_URL, () =>
      HttpResponse.json(plexErrorBody(1003, 'API rate limit exceeded', 429), {
        status: 429,
        headers: { 'Retry-After': '5' },
      }),
    ),
  )

  const outcome = await look()

  expect(outcome).toMatchObject({ kind: 'waiting', nextLookInMs: 5_000 })
})
