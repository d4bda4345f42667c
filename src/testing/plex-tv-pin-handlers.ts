import { http, HttpResponse } from 'msw'
import {
  plexPinFixture,
  TEST_PIN_ID,
  TEST_SHORT_CODE,
} from './fixtures/plex-pins.ts'
import { plexTv } from './plex-tv-handlers.ts'

/**
 * plex.tv's PINs for unit tests: creation answers a new PIN (strong or
 * short, as asked), and every poll says it still waits. Tests override the
 * poll with `server.use(...)` to approve or expire it.
 */
export const plexTvPinHandlers = [
  http.post(plexTv('/api/v2/pins'), ({ request }) => {
    const isStrong = new URL(request.url).searchParams.get('strong') === 'true'
    return HttpResponse.json(
      plexPinFixture(isStrong ? {} : { code: TEST_SHORT_CODE, expiresIn: 900 }),
      { status: 201 },
    )
  }),

  http.get(plexTv(`/api/v2/pins/${TEST_PIN_ID}`), () =>
    HttpResponse.json(plexPinFixture()),
  ),
]
