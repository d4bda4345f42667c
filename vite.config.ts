import { defineConfig, loadEnv, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { isRelayOn, plexTvRelay, plexTvRelayPath } from './plex-tv-relay.ts'
import { headersFile, securityHeaders } from './security-headers.ts'

const packageJson = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string }

/** Writes the security headers to dist/_headers for static hosts. */
export function staticHostHeaders(headers: Record<string, string>): Plugin {
  return {
    name: 'plexkey-static-host-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile(headers),
      })
    },
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const plexTvUrl = env.VITE_PLEX_TV_URL || 'https://plex.tv'
  const headers = securityHeaders(plexTvUrl)
  // Off unless the build asks: see docs/decisions/005-opt-in-relay.md.
  const proxy = isRelayOn(env.VITE_PLEX_TV_RELAY)
    ? plexTvRelay(plexTvUrl)
    : undefined

  return {
    plugins: [react(), staticHostHeaders(headers)],
    define: {
      __APP_VERSION__: JSON.stringify(packageJson.version),
      __PLEX_TV_RELAY_PATH__: JSON.stringify(plexTvRelayPath),
    },
    build: {
      sourcemap: false,
    },
    server: {
      proxy,
    },
    preview: {
      headers,
      proxy,
    },
  }
})
