import { holdSecrets } from '../log.ts'
import { type PlexAccount, PlexAccountSchema } from './account-schema.ts'
import { plexRequest } from './request.ts'

/** What the person typed on the sign-in form. */
export interface SignInInput {
  /** E-mail or username, exactly as typed. */
  login: string
  /** Exactly as typed: never trimmed or normalised. */
  password: string
  rememberMe: boolean
  /** A 6-digit code or a recovery code, for accounts with 2FA. */
  verificationCode?: string
}

/**
 * Signs in at plex.tv with a password (and 2FA code) and returns the account
 * with its token; throws PlexError bad-credentials, code-required,
 * code-invalid, username-not-allowed, ip-blocked, rate-limited, network,
 * timeout, server or unexpected-response. Never retried here: each attempt
 * counts towards plex.tv's lock-out.
 */
export async function signIn(
  input: SignInInput,
  options: { signal?: AbortSignal } = {},
): Promise<PlexAccount> {
  const form = new URLSearchParams()
  form.set('login', input.login)
  form.set('password', input.password)
  form.set('rememberMe', String(input.rememberMe))
  if (input.verificationCode) {
    form.set('verificationCode', input.verificationCode)
  }

  // Redacted from logs while the request is in flight, then forgotten.
  const release = holdSecrets([input.password, input.verificationCode ?? ''])
  try {
    return await plexRequest({
      method: 'POST',
      path: '/api/v2/users/signin',
      form,
      token: 'none',
      isSignIn: true,
      signal: options.signal,
      schema: PlexAccountSchema,
    })
  } finally {
    release()
  }
}
