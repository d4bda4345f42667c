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

/**
 * For `unexpected-response`: what was wrong with the answer. `web-page`
 * means an HTML page came back where Plex's answer belonged (a Wi-Fi
 * sign-in page, a proxy, a filter); `unknown-status` an error status that
 * means nothing known for this call.
 */
export type AnswerProblem =
  | 'empty'
  | 'unreadable'
  | 'wrong-shape'
  | 'web-page'
  | 'too-large'
  | 'unknown-status'

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
   * For `rate-limited`: when another attempt may go (ms since the epoch),
   * from `Retry-After` or, when it was absent or unreadable, a default wait.
   */
  waitUntil?: number
  /** For `unexpected-response`: what was wrong with the answer. */
  reason?: AnswerProblem
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
  readonly waitUntil: number | undefined
  readonly reason: AnswerProblem | undefined
  readonly endsSession: boolean
  readonly issues: readonly SchemaIssue[]

  constructor(details: PlexErrorDetails) {
    super(details.message)
    this.kind = details.kind
    this.path = details.path
    this.status = details.status
    this.plexCode = details.plexCode
    this.retryAfterSeconds = details.retryAfterSeconds
    this.waitUntil = details.waitUntil
    this.reason = details.reason
    this.endsSession = details.endsSession ?? false
    this.issues = details.issues ?? []
  }
}

export function isPlexError(value: unknown): value is PlexError {
  return value instanceof PlexError
}
