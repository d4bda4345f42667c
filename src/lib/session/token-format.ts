export const TOKEN_MIN_LENGTH = 8
// Plex JWTs run to ~600 characters; leave room without accepting megabytes.
export const TOKEN_MAX_LENGTH = 4096
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/

/**
 * Whether a value can be a Plex token: printable ASCII without whitespace,
 * 8–4096 characters. Anything else cannot go into an HTTP header anyway.
 */
export function isWellFormedToken(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= TOKEN_MIN_LENGTH &&
    value.length <= TOKEN_MAX_LENGTH &&
    PRINTABLE_ASCII.test(value)
  )
}
