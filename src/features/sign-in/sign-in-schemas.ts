import * as z from 'zod/mini'

const hasText = (value: string) => value.trim().length > 0

// Nothing here trims or rewrites what was typed: plex.tv gets it byte for
// byte. The checks only stop empty submissions.
export const CredentialsSchema = z.object({
  login: z
    .string()
    .check(z.refine(hasText, 'Enter your e-mail address or username.')),
  password: z.string().check(z.minLength(1, 'Enter your password.')),
  rememberMe: z.boolean(),
})

export type Credentials = z.infer<typeof CredentialsSchema>

export const VerificationCodeSchema = z.object({
  code: z.string().check(
    z.refine(hasText, 'Enter the code from your authenticator app.'),
    z.refine(
      (value) => !/^\d+$/.test(compactCode(value)) || isSixDigits(value),
      'A code from an authenticator app has 6 digits.',
    ),
  ),
})

export type VerificationCode = z.infer<typeof VerificationCodeSchema>

// Full-width digits (from an East Asian keyboard) become ASCII, and the
// spaces or dash some apps show in the middle ("123 456", "123-456") go.
function compactCode(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]+/g, '')
}

function isSixDigits(value: string): boolean {
  return /^\d{6}$/.test(compactCode(value))
}

/**
 * What to send as `verificationCode`: six digits typed or pasted with
 * spaces, a dash or in full width lose all that; a recovery code is sent as
 * typed, less the whitespace around it.
 */
export function codeToSend(value: string): string {
  return isSixDigits(value) ? compactCode(value) : value.trim()
}

/** True for clipboard text that is a whole authenticator code. */
export function isWholeAuthenticatorCode(value: string): boolean {
  return isSixDigits(value)
}
