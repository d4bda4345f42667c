// The HTTP headers Plexkey's pages are served with: by `vite preview` (and so
// in every e2e test), and written to dist/_headers for static hosts that read
// that file. Not applied to the dev server, whose hot reload needs inline
// script. Trade-offs are settled in ../shared SECURITY.md §0 and recorded in
// docs/decisions/003-security-headers.md.

const plexAvatarHosts = ['https://plex.tv', 'https://*.plex.tv']

/**
 * The header set. `plexTvUrl` is the configured plex.tv (the local stand-in
 * in demo and e2e builds), whose avatars the account card shows.
 */
export function securityHeaders(plexTvUrl: string): Record<string, string> {
  const plexTvOrigin = new URL(plexTvUrl).origin
  const imageSources = [
    ...new Set(["'self'", plexTvOrigin, ...plexAvatarHosts]),
  ]

  const contentSecurityPolicy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${imageSources.join(' ')}`,
    "font-src 'self'",
    // People's own servers live at any address, on http (a LAN, from an
    // http page) or https; plex.tv is covered by https:.
    `connect-src 'self' https: http:`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')

  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // The "Sign in with Plex" window needs its opener.
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  }
}

/** The same headers in the `_headers` format of Netlify-style hosts. */
export function headersFile(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(
    ([name, value]) => `  ${name}: ${value}`,
  )
  return `/*\n${lines.join('\n')}\n`
}
