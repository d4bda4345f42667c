import { setupServer } from 'msw/node'
import { plexTvHandlers } from './plex-tv-handlers.ts'
import { plexTvPinHandlers } from './plex-tv-pin-handlers.ts'
import { plexTvResourcesHandlers } from './plex-tv-resources-handlers.ts'

/** The unit tests' stand-in network; unhandled requests fail the test. */
export const server = setupServer(
  ...plexTvHandlers,
  ...plexTvResourcesHandlers,
  ...plexTvPinHandlers,
)
