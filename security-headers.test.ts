import type { Plugin, UserConfig } from 'vite'
import { describe, expect, test } from 'vitest'
import { headersFile, securityHeaders } from './security-headers.ts'
import viteConfig from './vite.config.ts'

/** Reads a Netlify-style `_headers` file back into name → value. */
function parseHeadersFile(
  text: string,
): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {}
  let current: Record<string, string> | undefined
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    if (!line.startsWith(' ')) {
      current = {}
      rules[line.trim()] = current
      continue
    }
    const colon = line.indexOf(':')
    if (!current || colon === -1) throw new Error(`stray line: ${line}`)
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return rules
}

/** The config `vite build` / `vite preview` would use in `mode`. */
async function resolvedConfig(mode: string): Promise<UserConfig> {
  const config =
    typeof viteConfig === 'function'
      ? await viteConfig({ mode, command: 'build' })
      : viteConfig
  return config
}

/** What the build's `_headers` plugin writes. */
function emittedHeadersFile(config: UserConfig): string {
  const plugin = config.plugins
    ?.flat()
    .find(
      (candidate): candidate is Plugin =>
        typeof candidate === 'object' &&
        candidate !== null &&
        'name' in candidate &&
        candidate.name === 'plexkey-static-host-headers',
    )
  const generateBundle = plugin?.generateBundle
  if (typeof generateBundle !== 'function') {
    throw new Error('the _headers plugin is missing')
  }
  let source = ''
  const context = {
    emitFile: (file: { fileName: string; source: string }) => {
      if (file.fileName === '_headers') source = file.source
      return file.fileName
    },
  }
  // generateBundle's other arguments are unused by the plugin.
  ;(generateBundle as (this: unknown, ...args: unknown[]) => void).call(
    context,
    {},
    {},
    false,
  )
  return source
}

describe('static hosts get the headers vite preview sends', () => {
  test.each(['production', 'e2e'])(
    'in %s builds, dist/_headers carries the same policy as preview, for every path',
    async (mode) => {
      const config = await resolvedConfig(mode)
      const previewHeaders = config.preview?.headers

      const rules = parseHeadersFile(emittedHeadersFile(config))

      expect(Object.keys(rules)).toEqual(['/*'])
      expect(rules['/*']).toEqual(previewHeaders)
      expect(rules['/*']?.['Content-Security-Policy']).toMatch(
        /script-src 'self'/,
      )
    },
  )

  test('the production policy names no loopback address; the e2e one names the stand-in', async () => {
    const production = await resolvedConfig('production')
    const e2e = await resolvedConfig('e2e')

    const productionPolicy =
      production.preview?.headers?.['Content-Security-Policy']
    expect(productionPolicy).not.toMatch(/127\.0\.0\.1|localhost/)
    expect(productionPolicy).toContain('img-src')
    expect(e2e.preview?.headers?.['Content-Security-Policy']).toMatch(
      /img-src[^;]*http:\/\/127\.0\.0\.1:\d+/,
    )
  })
})

describe('the header set', () => {
  const headers = securityHeaders('https://plex.tv')
  const policy = headers['Content-Security-Policy'] ?? ''
  const directives = Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/)
      return [name, values]
    }),
  )

  test('allows no inline script, no eval and no framing', () => {
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|upgrade-insecure/)
  })

  test('connects to itself, plex.tv and any http(s) server; shows plex.tv avatars', () => {
    expect(directives['connect-src']).toEqual(["'self'", 'https:', 'http:'])
    expect(directives['img-src']).toEqual(
      expect.arrayContaining(['https://plex.tv', 'https://*.plex.tv']),
    )
  })

  test('the other headers', () => {
    expect(headers).toMatchObject({
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    })
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/)
  })

  test('the _headers format round-trips', () => {
    expect(parseHeadersFile(headersFile(headers))).toEqual({ '/*': headers })
  })
})
