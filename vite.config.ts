import { defineConfig, loadEnv, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { headersFile, securityHeaders } from './security-headers.ts'

const packageJson = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string }

/** Writes the security headers to dist/_headers for static hosts. */
function staticHostHeaders(headers: Record<string, string>): Plugin {
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
  const headers = securityHeaders(env.VITE_PLEX_TV_URL || 'https://plex.tv')

  return {
    plugins: [react(), staticHostHeaders(headers)],
    define: {
      __APP_VERSION__: JSON.stringify(packageJson.version),
    },
    build: {
      sourcemap: false,
    },
    preview: {
      headers,
    },
  }
})
