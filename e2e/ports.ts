import { existsSync } from 'node:fs'

// Where the e2e stand-in and the preview server listen. The defaults match
// .env.e2e; PLEXKEY_E2E_PORT and PLEXKEY_E2E_APP_PORT move both, so that two
// checkouts on one machine can run their e2e tests side by side without one
// reusing the other's servers (`npm test` builds the app for the moved ports).
function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback

  const port = Number(value)
  if (!Number.isInteger(port) || port < 1024 || port > 65_532) {
    throw new Error(`${name} must be a port number, not ${value}`)
  }
  return port
}

export const standInPort = portFromEnv('PLEXKEY_E2E_PORT', 32510)
export const appPort = portFromEnv('PLEXKEY_E2E_APP_PORT', 4174)
/** The relay build's preview server (VITE_PLEX_TV_RELAY=true). */
export const relayAppPort = portFromEnv(
  'PLEXKEY_E2E_RELAY_APP_PORT',
  appPort + 1,
)

/** The build settings that point an e2e build at this stand-in. */
export const e2eBuildEnv: Record<string, string> = {
  VITE_PLEX_TV_URL: `http://127.0.0.1:${standInPort}`,
  VITE_PLEX_APP_URL: `http://127.0.0.1:${standInPort + 1}`,
}

/** The same, for the build that relays plex.tv through its own origin. */
export const relayBuildEnv: Record<string, string> = {
  ...e2eBuildEnv,
  VITE_PLEX_TV_RELAY: 'true',
}

/**
 * Whether the relay build's tests run: always under `npm test` (which builds
 * it and sets PLEXKEY_E2E_RELAY=required), otherwise only when
 * dist-e2e-relay exists, so running a few specs needs just the one build.
 */
export const runsRelayTests =
  process.env.PLEXKEY_E2E_RELAY === 'required' ||
  existsSync('dist-e2e-relay/index.html')
