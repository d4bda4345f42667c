import { usesPlexTvRelay } from '../../lib/plex/config.ts'
import type { PlexError, PlexErrorKind } from '../../lib/plex/plex-error.ts'
import { DEFAULT_RATE_LIMIT_WAIT_SECONDS } from '../../lib/plex/retry-after.ts'

// plex.tv says neither how long an IP block lasts nor, without Retry-After,
// how long a rate limit does. The button still waits, so that a hurried
// retry does not add to the failures it counts.
const IP_BLOCK_HOLD_SECONDS = 60

export interface SignInFailure {
  /** A few words for the alert's title. */
  title: string
  /** What happened and what to do, a paragraph each. */
  details: string[]
  /** The one field plex.tv rejected; everything else typed is kept. */
  clearField?: 'password' | 'code'
  /** Seconds before another attempt may be sent. */
  wait?: {
    seconds: number
    /** plex.tv said how long (Retry-After), rather than Plexkey guessing. */
    isPlexTvs: boolean
  }
}

/** What was sent, as far as the words for a failure need it. */
export interface SignInAttempt {
  login: string
}

const SHORT_TITLES: Partial<Record<PlexErrorKind, string>> = {
  timeout: 'plex.tv took too long to answer.',
  server: 'A problem at plex.tv, not with your account.',
  'unexpected-response': 'An answer Plexkey could not read.',
}

/** Words for a failed sign-in, from the error kind and what was sent. */
export function describeSignInFailure(
  error: PlexError,
  attempt: SignInAttempt,
): SignInFailure {
  switch (error.kind) {
    case 'bad-credentials':
      return {
        title: 'E-mail, username or password not accepted.',
        details: [
          ...(hasSpaceAtEitherEnd(attempt.login)
            ? [
                'The e-mail or username you entered starts or ends with a space, and plex.tv got it just as typed. Remove the space if it should not be there.',
              ]
            : []),
          'Accounts made with Google, Apple or Facebook have no Plex password: use Sign in with Plex, just below.',
        ],
        clearField: 'password',
      }
    case 'code-invalid':
    case 'code-required':
      return {
        title: 'That code was not accepted.',
        details: [
          'Enter the current code from your authenticator app, or an unused recovery code.',
        ],
        clearField: 'code',
      }
    case 'username-not-allowed':
      return {
        title: 'This account signs in with its e-mail address only.',
        details: ['Enter the e-mail address instead of the username.'],
      }
    case 'ip-blocked':
      return {
        title: 'plex.tv has paused sign-ins from this network.',
        details: [
          'It does this after repeated failed sign-ins, and does not say for how long. Wait a few minutes before trying again, or use Sign in with Plex below.',
        ],
        wait: { seconds: IP_BLOCK_HOLD_SECONDS, isPlexTvs: false },
      }
    case 'rate-limited':
      return {
        title: 'Too many sign-in attempts.',
        details: ['plex.tv asks us to slow down.'],
        wait:
          error.retryAfterSeconds === undefined
            ? { seconds: DEFAULT_RATE_LIMIT_WAIT_SECONDS, isPlexTvs: false }
            : { seconds: error.retryAfterSeconds, isPlexTvs: true },
      }
    case 'network':
      return {
        title: 'No answer from plex.tv.',
        // A relay build already sends sign-ins through its own site.
        details: usesPlexTvRelay
          ? [error.message]
          : [
              error.message,
              'If plex.tv opens fine in another tab, it may be refusing this page’s requests. Whoever hosts this Plexkey can turn on its plex.tv relay (see the README), which sends sign-ins through this site instead.',
            ],
      }
    default:
      return {
        title: SHORT_TITLES[error.kind] ?? 'The sign-in did not go through.',
        details: [error.message],
      }
  }
}

// trim() knows every kind of space, the no-break one pasted from a web page
// included.
function hasSpaceAtEitherEnd(login: string): boolean {
  return login.trim() !== login
}
