import { getClientIdentifier } from '../session/client-identifier.ts'
import { plexAppUrl, plexProduct, plexTvUrl } from './config.ts'

/**
 * Plex's hosted sign-in page for a strong PIN's code. With `forwardUrl`
 * the page sends the browser there once the person approves.
 */
export function hostedSignInUrl(code: string, forwardUrl?: string): string {
  // NOTE: clientID must be the identifier that created the PIN and polls it,
  // or the approval lands on a PIN this browser can never read.
  const params = new URLSearchParams({
    clientID: getClientIdentifier(),
    code,
    'context[device][product]': plexProduct,
  })
  if (forwardUrl !== undefined) params.set('forwardUrl', forwardUrl)

  // In the fragment, as Plex's docs have it: it never reaches a server.
  return `${plexAppUrl}/auth#?${params.toString()}`
}

/** Where a person types a 4-character code on another device. */
export function linkPageUrl(): string {
  return `${plexTvUrl}/link`
}
