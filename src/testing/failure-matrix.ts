import type { AnswerProblem, PlexErrorKind } from '../lib/plex/plex-error.ts'

// NOTE: the one source of truth for how each Plex call ends under each
// failure. The client-level matrix test, the retry test, the screen tests
// and docs/failure-matrix.md (written from this file by `npm run
// matrix:doc`; a test fails when it is stale) all read it. Change the
// expectation here first, then the code.

/** The ways a call can fail, as the stand-in's `mode` names them. */
export const FAILURE_MODES = [
  'dropped',
  'hang',
  '400',
  '401-json',
  '401-html',
  '403-html',
  '404',
  '422-xml',
  '429-seconds',
  '429-date',
  '429-bare',
  '500-html',
  '502',
  '503',
  '200-empty',
  '200-malformed-json',
  '200-wrong-shape',
  '200-xml',
  '200-html',
  '200-5mb',
] as const

export type FailureMode = (typeof FAILURE_MODES)[number]

/** What each mode sends: plex.tv's form first, a media server's after. */
export const MODE_WIRE_FORMS: Record<FailureMode, string> = {
  dropped: 'the socket is closed with no answer',
  hang: 'no answer at all, until the client gives up',
  '400': 'plex.tv: JSON error code 1004; server: HTML "400 Bad Request" page',
  '401-json': 'JSON error code 1001 "User could not be authenticated"',
  '401-html': 'HTML "401 Unauthorized" page',
  '403-html': 'HTML "403 Forbidden" page',
  '404':
    'plex.tv: JSON `{"status":404,"error":"Not Found"}`; server: HTML "404 Not Found" page',
  '422-xml': 'XML `<errors><error>Invalid token</error></errors>`',
  '429-seconds':
    '`Retry-After: 120`; plex.tv: JSON error code 1003; server: HTML page',
  '429-date': '`Retry-After` as an HTTP date 120 s ahead; bodies as above',
  '429-bare': 'no `Retry-After`; bodies as above',
  '500-html': 'HTML "500 Internal Server Error" page',
  '502': 'HTML "502 Bad Gateway" page, as a proxy sends it',
  '503': 'no body at all',
  '200-empty': 'labelled JSON, but empty',
  '200-malformed-json': 'JSON cut off in the middle',
  '200-wrong-shape': 'JSON `{"unexpected":true}`',
  '200-xml':
    "the call's real success answer as XML, as Plex sends it without `Accept: application/json` (sign-out: 204, no body)",
  '200-html': "a Wi-Fi network's sign-in page (captive portal)",
  '200-5mb': '5 MiB of valid JSON, sent without a Content-Length',
}

/** How a call ended, as a person and the code can tell. */
export type Outcome =
  | 'data'
  | 'done'
  | 'network'
  | 'timeout'
  | 'bad-credentials'
  | 'session-ended'
  | 'token-refused'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'server'
  | 'empty'
  | 'garbled'
  | 'wrong-shape'
  | 'web-page'
  | 'too-large'
  | 'unknown-status'

export interface OutcomeFacts {
  /** The PlexError kind thrown; null when the call succeeds. */
  kind: PlexErrorKind | null
  reason?: AnswerProblem
  /** True only where plex.tv rejected the session's own token. */
  endsSession: boolean
  meaning: string
  /** Words the person-facing message holds; null when there is none. */
  says: RegExp | null
}

export const OUTCOMES: Record<Outcome, OutcomeFacts> = {
  data: {
    kind: null,
    endsSession: false,
    meaning: "the call's data, read from the answer",
    says: null,
  },
  done: {
    kind: null,
    endsSession: false,
    meaning: 'done: there is nothing to read, and plex.tv said yes',
    says: null,
  },
  network: {
    kind: 'network',
    endsSession: false,
    meaning: 'could not reach the host; a page cannot tell why',
    says: /Could not reach /,
  },
  timeout: {
    kind: 'timeout',
    endsSession: false,
    meaning: 'no answer within the time limit',
    says: / did not answer within \d+ seconds\. /,
  },
  'bad-credentials': {
    kind: 'bad-credentials',
    endsSession: false,
    meaning: 'e-mail, username or password not accepted',
    says: /E-mail, username or password not accepted\./,
  },
  'session-ended': {
    kind: 'unauthorized',
    endsSession: true,
    meaning: "plex.tv refused the session's own token: signed out",
    says: /Your Plex session has ended: plex\.tv no longer accepts its token\./,
  },
  'token-refused': {
    kind: 'unauthorized',
    endsSession: false,
    meaning: 'the token sent was refused; the session is untouched',
    says: /(refused this token|did not accept this token)\./,
  },
  forbidden: {
    kind: 'forbidden',
    endsSession: false,
    meaning: 'refused: not allowed with this token, or from here',
    says: / refused this request \(HTTP 403\)/,
  },
  'not-found': {
    kind: 'not-found',
    endsSession: false,
    meaning: 'the host does not know this request',
    says: / does not know this request \(HTTP 404\)\./,
  },
  'bad-request': {
    kind: 'bad-request',
    endsSession: false,
    meaning: 'refused as malformed',
    says: / refused the request as malformed \(HTTP 400\)\./,
  },
  'rate-limited': {
    kind: 'rate-limited',
    endsSession: false,
    meaning: 'too many requests: wait, counted down on screen',
    says: / is receiving too many requests from this browser and asked for a pause/,
  },
  server: {
    kind: 'server',
    endsSession: false,
    meaning: 'the host had a problem; not about the account',
    says: / had a problem \(HTTP 50[023]\)\. This is not about your account/,
  },
  empty: {
    kind: 'unexpected-response',
    reason: 'empty',
    endsSession: false,
    meaning: 'an empty answer where data belonged',
    says: / sent an empty answer \(HTTP 200\)\./,
  },
  garbled: {
    kind: 'unexpected-response',
    reason: 'unreadable',
    endsSession: false,
    meaning: 'an answer cut off or garbled',
    says: / sent an answer that was cut off or garbled \(HTTP 200\)\./,
  },
  'wrong-shape': {
    kind: 'unexpected-response',
    reason: 'wrong-shape',
    endsSession: false,
    meaning: 'an answer in a form Plexkey does not know',
    says: / sent an answer in a form Plexkey does not know \(HTTP 200\)\./,
  },
  'web-page': {
    kind: 'unexpected-response',
    reason: 'web-page',
    endsSession: false,
    meaning:
      "a web page instead of Plex's answer: a captive portal, proxy or filter",
    says: /A web page came back instead of an answer from /,
  },
  'too-large': {
    kind: 'unexpected-response',
    reason: 'too-large',
    endsSession: false,
    meaning: 'an answer over 2 MiB: reading stops there, nothing is parsed',
    says: / sent an answer far larger than any it should, so Plexkey stopped reading it/,
  },
  'unknown-status': {
    kind: 'unexpected-response',
    reason: 'unknown-status',
    endsSession: false,
    meaning: 'an error status that means nothing known for this call',
    says: / answered with an error Plexkey does not expect here \(HTTP 4\d\d\)\./,
  },
}

/** Which calls retry which failures, by themselves. */
export type RetryPolicy = 'read' | 'never' | 'poll' | 'race'

export const RETRY_POLICIES: Record<RetryPolicy, string> = {
  read: 'a read: network, timeout and 5xx failures are tried twice more after about 1 s and 2 s; a 429 again once its Retry-After (or, unreadable, 30 s; at most 5 min) has passed, counted down on screen',
  never:
    'never retried by itself: each attempt counts at plex.tv, or makes a token; the screen offers to try again',
  poll: 'the PIN poll goes on after every failure but expiry: the next look comes after 1 s, doubling to 10 s while failures last, or after a 429 wait; the PIN stays on screen',
  race: 'not retried: every address of the server is probed at once, and the screen offers to try again',
}

/** The outcomes a policy tries again by itself. */
export function isRetried(policy: RetryPolicy, outcome: Outcome): boolean {
  const { kind } = OUTCOMES[outcome]
  if (kind === null) return false
  if (policy === 'poll') return true
  if (policy !== 'read') return false
  return ['network', 'timeout', 'server', 'rate-limited'].includes(kind)
}

export type MatrixCall =
  | 'sign-in'
  | 'user'
  | 'user-pasted'
  | 'sign-out'
  | 'pin-create'
  | 'pin-poll'
  | 'resources'
  | 'identity'
  | 'transient-token'
  | 'source-lookup'

export interface CallRow {
  title: string
  request: string
  host: 'plex.tv' | 'server'
  retry: RetryPolicy
  /** What the person sees when it fails. */
  onScreen: string
  /** What else a reader must know about how this call fails. */
  note?: string
  cells: Record<FailureMode, Outcome>
}

// Most plex.tv calls that carry the session's token end alike.
const SESSION_READ: Record<FailureMode, Outcome> = {
  dropped: 'network',
  hang: 'timeout',
  '400': 'bad-request',
  '401-json': 'session-ended',
  '401-html': 'web-page',
  '403-html': 'web-page',
  '404': 'not-found',
  '422-xml': 'session-ended',
  '429-seconds': 'rate-limited',
  '429-date': 'rate-limited',
  '429-bare': 'rate-limited',
  '500-html': 'server',
  '502': 'server',
  '503': 'server',
  '200-empty': 'empty',
  '200-malformed-json': 'garbled',
  '200-wrong-shape': 'wrong-shape',
  '200-xml': 'data',
  '200-html': 'web-page',
  '200-5mb': 'too-large',
}

// PIN calls carry no token: a 401 or 422 says nothing about one.
const PIN_CALL: Record<FailureMode, Outcome> = {
  ...SESSION_READ,
  '401-json': 'unknown-status',
  '422-xml': 'unknown-status',
}

// Calls to a media server with that server's token, whose errors are
// HTML pages by nature.
const SERVER_CALL: Record<FailureMode, Outcome> = {
  ...SESSION_READ,
  '401-json': 'token-refused',
  '401-html': 'token-refused',
  '403-html': 'forbidden',
  '422-xml': 'token-refused',
}

export const MATRIX: Record<MatrixCall, CallRow> = {
  'sign-in': {
    title: 'Sign in',
    request: 'POST plex.tv /api/v2/users/signin',
    host: 'plex.tv',
    retry: 'never',
    onScreen:
      'the failure above the form, focused and announced; the login, password and Remember me stay as typed (only bad-credentials clears the password); not signed in; a 429 holds Sign in with a countdown',
    note: 'a sign-in whose connection dropped may still have reached plex.tv: it may have counted toward the limits on failed attempts, or made a token that never arrived. Plexkey never sends a sign-in again by itself, but Chromium may: when a reused connection closes with no answer, it resends the request once on its own (seen with the stand-in: two sign-in POSTs for one press)',
    cells: {
      ...SESSION_READ,
      // SECURITY.md AU-06: an unreadable 401 reads as a wrong password.
      '401-json': 'bad-credentials',
      '401-html': 'bad-credentials',
      '422-xml': 'unknown-status',
    },
  },
  user: {
    title: "Account details (the session's token)",
    request: 'GET plex.tv /api/v2/user',
    host: 'plex.tv',
    retry: 'read',
    onScreen:
      'account screen: while retried, the failure with "Trying again…" or a countdown; then "Account details are unavailable" (or "Could not refresh" above the card kept) with "You are still signed in" and Retry; session-ended goes to sign-in, saying plex.tv no longer accepts the token',
    cells: SESSION_READ,
  },
  'user-pasted': {
    title: 'Inspect a pasted token',
    request: 'GET plex.tv /api/v2/user',
    host: 'plex.tv',
    retry: 'read',
    onScreen:
      'inspect screen: "Could not inspect this token" with the failure and "This says nothing about whether the token works"; token-refused: "Revoked or not accepted by plex.tv"; the pasted value stays in the form and a session is never touched',
    cells: {
      ...SESSION_READ,
      '401-json': 'token-refused',
      '422-xml': 'token-refused',
    },
  },
  'sign-out': {
    title: 'Revoke the token at sign-out',
    request: 'DELETE plex.tv /api/v2/users/signout',
    host: 'plex.tv',
    retry: 'never',
    onScreen:
      '"The token was not revoked." with the failure, "You are still signed in", Try again and Sign out without revoking; session-ended signs out, since plex.tv already refuses the token',
    cells: {
      ...SESSION_READ,
      '200-empty': 'done',
      '200-wrong-shape': 'done',
      '200-xml': 'done',
    },
  },
  'pin-create': {
    title: 'Start Sign in with Plex, or get a link code',
    request: 'POST plex.tv /api/v2/pins',
    host: 'plex.tv',
    retry: 'never',
    onScreen:
      '"Sign in with Plex did not start" (or "No code this time") with the failure and Try again; the window opened for Plex\'s page closes',
    cells: PIN_CALL,
  },
  'pin-poll': {
    title: 'Check a PIN',
    request: 'GET plex.tv /api/v2/pins/{id}',
    host: 'plex.tv',
    retry: 'poll',
    onScreen:
      'the code and its countdown stay; "Could not check the sign-in just now" with the failure and "Plexkey keeps trying until the time runs out"; the next good poll carries on',
    cells: PIN_CALL,
  },
  resources: {
    title: 'List the servers',
    request: 'GET plex.tv /api/v2/resources',
    host: 'plex.tv',
    retry: 'read',
    onScreen:
      'servers, share and sources screens: while retried, the failure with "Trying again…" or a countdown; then "Your servers could not be listed." with Retry, never "no servers"; session-ended goes to sign-in',
    cells: SESSION_READ,
  },
  identity: {
    title: 'Probe an address',
    request: 'GET server /identity',
    host: 'server',
    retry: 'race',
    onScreen:
      'each address tried says how it ended ("No answer in time", "Refused or blocked", or the failure); when none answers, "… cannot be reached from here" with Try again',
    cells: {
      ...SESSION_READ,
      '401-json': 'unknown-status',
      '401-html': 'unknown-status',
      '403-html': 'forbidden',
      '422-xml': 'unknown-status',
    },
  },
  'transient-token': {
    title: 'Make a transient token',
    request: 'GET server /security/token',
    host: 'server',
    retry: 'never',
    onScreen:
      '"No token was made." with the failure below the confirmation, which stays ticked; Create transient token tries again',
    note: 'when the connection drops or no answer comes, the server may still have made a token: nobody has it, and it ends as every transient token does',
    cells: SERVER_CALL,
  },
  'source-lookup': {
    title: 'Look up a source',
    request: 'GET server /security/resources',
    host: 'server',
    retry: 'read',
    onScreen:
      '"No answer for that source." with the failure (forbidden: only the owner can look it up); while retried, "Trying again…" or a countdown; the source typed stays in the field',
    cells: SERVER_CALL,
  },
}

export const MATRIX_CALLS = Object.keys(MATRIX) as MatrixCall[]

/** One call's cells, as `[mode, outcome]`. */
export function rowCells(call: MatrixCall): [FailureMode, Outcome][] {
  return FAILURE_MODES.map((mode) => [mode, MATRIX[call].cells[mode]])
}

/** Every cell, as `[call, mode, outcome]`. */
export function matrixCells(): [MatrixCall, FailureMode, Outcome][] {
  return MATRIX_CALLS.flatMap((call) =>
    FAILURE_MODES.map(
      (mode) =>
        [call, mode, MATRIX[call].cells[mode]] as [
          MatrixCall,
          FailureMode,
          Outcome,
        ],
    ),
  )
}
