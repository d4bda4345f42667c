import { http, HttpResponse } from 'msw'
import { TEST_TOKEN } from './fixtures/plex-account.ts'
import { plexErrorBody } from './fixtures/plex-errors.ts'
import { plexResourcesFixture } from './fixtures/plex-resources.ts'
import { plexTv } from './plex-tv-handlers.ts'

/** plex.tv's device list for the test account; 401 for any other token. */
export const plexTvResourcesHandlers = [
  http.get(plexTv('/api/v2/resources'), ({ request }) =>
    request.headers.get('X-Plex-Token') === TEST_TOKEN
      ? HttpResponse.json(plexResourcesFixture())
      : HttpResponse.json(
          plexErrorBody(1001, 'User could not be authenticated', 401),
          { status: 401 },
        ),
  ),
]
