/** Every way a Plex call can fail, as the screens need to tell them apart. */
export type PlexErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'bad-credentials'
  | 'code-required'
  | 'code-invalid'
  | 'username-not-allowed'
  | 'ip-blocked'
  | 'rate-limited'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'mixed-content'
  | 'pin-expired'
  | 'server'
  | 'unexpected-response'

/** Where and how an answer failed its schema; never the offending value. */
export interface SchemaIssue {
  /** Dotted path into the body, e.g. `subscription.active`; '' for the root. */
  path: string
  /** The zod issue code, e.g. `invalid_type`. */
  code: string
}

export interface PlexErrorDetails {
  kind: PlexErrorKind
  message: string
  /** The request path without its query string. */
  path: string
  status?: number
  /** Plex's numeric error code from the body, when there was one. */
  plexCode?: number
  /** For `rate-limited`: how long to wait, when the answer said. */
  retryAfterSeconds?: number
  /**
   * True only when plex.tv rejected the session's own token (401, or 422
   * "Invalid token"): the one failure that signs the user out. A media
   * server's 401 never ends the session.
   */
  endsSession?: boolean
  /** For `unexpected-response` after a schema check failed. */
  issues?: readonly SchemaIssue[]
}

/** The one error type that leaves `lib/plex`. Its message is safe to show. */
export class PlexError extends Error {
  override readonly name = 'PlexError'
  readonly kind: PlexErrorKind
  readonly path: string
  readonly status: number | undefined
  readonly plexCode: number | undefined
  readonly retryAfterSeconds: number | undefined
  readonly endsSession: boolean
  readonly issues: readonly SchemaIssue[]

  constructor(details: PlexErrorDetails) {
    super(details.message)
    this.kind = details.kind
    this.path = details.path
    this.status = details.status
    this.plexCode = details.plexCode
    this.retryAfterSeconds = details.retryAfterSeconds
    this.endsSession = details.endsSession ?? false
    this.issues = details.issues ?? []
  }
}

export function isPlexError(value: unknown): value is PlexError {
  return value instanceof PlexError
}
