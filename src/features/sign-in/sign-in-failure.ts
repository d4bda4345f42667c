import { usesPlexTvRelay } from '../../lib/plex/config.ts'
import type { PlexError } from '../../lib/plex/plex-error.ts'
import { DEFAULT_RATE_LIMIT_WAIT_SECONDS } from '../../lib/plex/retry-after.ts'

/** How long to hold the button when plex.tv blocks sign-ins. */
const IP_BLOCK_WAIT_SECONDS = 300

export interface SignInFailure {
  title: string
  hint?: string
  /** The one field plex.tv rejected; everything else typed is kept. */
  clearField?: 'password' | 'code'
  /** Seconds before another attempt may be sent. */
  waitSeconds?: number
}

/** Words for a failed sign-in, from the error kind alone. */
export function describeSignInFailure(error: PlexError): SignInFailure {
  switch (error.kind) {
    case 'bad-credentials':
      return {
        title: 'E-mail, username or password not accepted.',
        hint: 'Accounts made with Google, Apple or Facebook have no Plex password: sign in at plex.tv with that service and set a password there, or use a token.',
        clearField: 'password',
      }
    case 'code-invalid':
    case 'code-required':
      return {
        title: 'That code was not accepted.',
        hint: 'Enter the current code from your authenticator app, or an unused recovery code.',
        clearField: 'code',
      }
    case 'username-not-allowed':
      return {
        title: 'This account signs in with its e-mail address only.',
        hint: 'Enter the e-mail address instead of the username.',
      }
    case 'ip-blocked':
      return {
        title: 'plex.tv has paused sign-ins from this network.',
        hint: 'It does this after repeated failures. Wait a few minutes before trying again, or try Sign in with Plex below.',
        waitSeconds: IP_BLOCK_WAIT_SECONDS,
      }
    case 'rate-limited':
      return {
        title: 'Too many sign-in attempts.',
        hint: 'plex.tv asks us to slow down.',
        waitSeconds: error.retryAfterSeconds ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS,
      }
    case 'network':
      // A relay build already sends sign-ins through its own site.
      return usesPlexTvRelay
        ? { title: error.message }
        : {
            title: error.message,
            hint: 'If plex.tv opens fine in another tab, it may be refusing this page’s requests. Whoever hosts this Plexkey can turn on its plex.tv relay (see the README), which sends sign-ins through this site instead.',
          }
    default:
      return { title: error.message }
  }
}
