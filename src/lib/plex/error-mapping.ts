import type { AnswerProblem, PlexErrorKind } from './plex-error.ts'

/** Who answered: plex.tv, or a Plex Media Server the user chose. */
export type PlexHost = 'plex.tv' | 'server'

/** A non-2xx answer, reduced to what decides its kind. */
export interface FailedAnswer {
  status: number
  plexCode?: number
  /** Error text from a JSON, XML or plain-text body; never from HTML. */
  text?: string
  isSignIn: boolean
  /** Who answered; plex.tv when left out. */
  host?: PlexHost
  /** False for calls sent without a token; left out, one was sent. */
  sentToken?: boolean
  /** The body was an HTML page. */
  isWebPage?: boolean
}

/** An answer's kind, and for `unexpected-response` what was wrong. */
export interface AnswerKind {
  kind: PlexErrorKind
  reason?: AnswerProblem
}

interface Rule extends AnswerKind {
  plexCode?: number
  status?: number | readonly [from: number, to: number]
  /** Case-insensitive phrase; only consulted when the body had no code. */
  mentions?: string
  signInOnly?: true
  /** A verdict on a token needs a token to have been sent. */
  needsToken?: true
  /** Only for this host. */
  host?: PlexHost
  /** Only when the body was an HTML page. */
  webPage?: true
}

// NOTE: the one place Plex's numeric codes and statuses become kinds
// (PLEX-API.md §0.4, §3, §11). First match wins; no match means the answer
// was not one we understand.
const RULES: readonly Rule[] = [
  { plexCode: 1029, kind: 'code-required' },
  { plexCode: 1028, kind: 'code-invalid' },
  { plexCode: 1030, kind: 'username-not-allowed' },
  { plexCode: 1031, kind: 'ip-blocked' },
  { plexCode: 1003, kind: 'rate-limited' },
  // A PIN that is unknown, expired or made with another client identifier.
  { plexCode: 1020, kind: 'pin-expired' },
  { status: 429, kind: 'rate-limited' },
  { plexCode: 1001, signInOnly: true, kind: 'bad-credentials' },
  {
    mentions: 'invalid verification code',
    signInOnly: true,
    kind: 'code-invalid',
  },
  { mentions: 'verification code', signInOnly: true, kind: 'code-required' },
  // Never say which of login or password was wrong, and an unreadable 401
  // says the same (SECURITY.md AU-06, AU-07).
  { status: 401, signInOnly: true, kind: 'bad-credentials' },
  // plex.tv states its 4xx verdicts in JSON or XML. An HTML page in their
  // place came from something in between (a Wi-Fi sign-in page, a proxy,
  // a filter), which must never end a session or blame the person.
  {
    host: 'plex.tv',
    webPage: true,
    status: [400, 499],
    kind: 'unexpected-response',
    reason: 'web-page',
  },
  { status: 401, needsToken: true, kind: 'unauthorized' },
  // A de-authorised token has been seen to give 422 "Invalid token".
  {
    status: 422,
    mentions: 'invalid token',
    needsToken: true,
    kind: 'unauthorized',
  },
  { status: 408, kind: 'timeout' },
  { status: [500, 599], kind: 'server' },
  // plex.tv answers these with its error envelope, a media server with a
  // bare HTML page (PLEX-API.md §4, §5, §11).
  { status: 400, kind: 'bad-request' },
  { status: 403, kind: 'forbidden' },
  { status: 404, kind: 'not-found' },
]

/** The error kind for a failed answer, from the one table above. */
export function kindOfAnswer(answer: FailedAnswer): PlexErrorKind {
  return classifyAnswer(answer).kind
}

/** The kind for a failed answer, and what was wrong with an odd one. */
export function classifyAnswer(answer: FailedAnswer): AnswerKind {
  const rule = RULES.find((candidate) => matches(candidate, answer))
  if (!rule) return { kind: 'unexpected-response', reason: 'unknown-status' }
  return rule.reason
    ? { kind: rule.kind, reason: rule.reason }
    : { kind: rule.kind }
}

function matches(rule: Rule, answer: FailedAnswer): boolean {
  if (rule.signInOnly && !answer.isSignIn) return false
  if (rule.needsToken && answer.sentToken === false) return false
  if (rule.host && rule.host !== (answer.host ?? 'plex.tv')) return false
  if (rule.webPage && !answer.isWebPage) return false
  if (rule.plexCode !== undefined && rule.plexCode !== answer.plexCode) {
    return false
  }
  if (typeof rule.status === 'number' && rule.status !== answer.status) {
    return false
  }
  if (Array.isArray(rule.status)) {
    const [from, to] = rule.status
    if (answer.status < from || answer.status > to) return false
  }
  if (rule.mentions !== undefined) {
    if (answer.plexCode !== undefined) return false
    if (!answer.text?.toLowerCase().includes(rule.mentions)) return false
  }
  return true
}

/** What a failure message may mention: the host, status, wait or timeout. */
export interface MessageDetails {
  host: PlexHost
  /** A media server's name, to say which server failed. */
  serverName?: string
  status?: number
  retryAfterSeconds?: number
  timeoutMs?: number
  endsSession?: boolean
  /** False when the call carried no token. */
  sentToken?: boolean
  /** For `unexpected-response`: what was wrong with the answer. */
  reason?: AnswerProblem
}

/** A sentence for a person about a failure; no URLs, bodies or tokens. */
export function messageFor(
  kind: PlexErrorKind,
  details: MessageDetails,
): string {
  const host = hostName(details)
  const Host =
    host === 'plex.tv' ? host : host.charAt(0).toUpperCase() + host.slice(1)
  const isPlexTv = details.host === 'plex.tv'
  const httpStatus = details.status ? ` (HTTP ${details.status})` : ''

  switch (kind) {
    case 'network':
      return isPlexTv
        ? `Could not reach ${host}. Check your connection and try again. A browser extension, firewall or network that blocks ${host}, or a refused cross-origin (CORS) request, looks exactly the same to this page.${demoStandInNote()}`
        : `Could not reach ${host}. It may be off or not reachable from this network. A refused connection, a refused cross-origin (CORS) request and a browser extension or firewall that blocks it all look the same to this page.`
    case 'timeout':
      return `${Host} did not answer ${
        details.timeoutMs
          ? `within ${describeSeconds(Math.round(details.timeoutMs / 1000))}`
          : 'in time'
      }. Check your connection, then try again in a moment.`
    case 'unauthorized':
      if (details.endsSession) {
        return 'Your Plex session has ended: plex.tv no longer accepts its token. Please sign in again.'
      }
      return isPlexTv
        ? 'plex.tv did not accept this token. It may have expired or been revoked.'
        : `${Host} refused this token. It may have expired, been revoked or ended with a server restart, or it may belong to another server.`
    case 'bad-credentials':
      return 'E-mail, username or password not accepted. Accounts created with Google, Apple or Facebook have no Plex password to sign in with here.'
    case 'code-required':
      return 'Enter the verification code from your authenticator app, or a recovery code.'
    case 'code-invalid':
      return 'That verification code was not accepted. Enter the current code from your authenticator app, or a recovery code.'
    case 'username-not-allowed':
      return 'This account signs in with its e-mail address only. Use the e-mail address instead of the username.'
    case 'ip-blocked':
      return 'plex.tv is refusing sign-ins from this network for a while after repeated failures. Wait before trying again.'
    case 'rate-limited':
      // No "try again in …" here: the wait is counted down on screen, and a
      // fixed figure in a message would go stale.
      return `${Host} is receiving too many requests from this browser and asked for a pause${
        details.retryAfterSeconds
          ? ` of ${describeSeconds(details.retryAfterSeconds)}`
          : ''
      }.`
    case 'forbidden':
      if (details.sentToken === false) {
        return `${Host} refused this request${httpStatus}. Something in front of it, such as a proxy or a firewall, may decide who gets through.`
      }
      return isPlexTv
        ? `plex.tv refused this request${httpStatus}: this account is not allowed to do it.`
        : `${Host} refused this request${httpStatus}: the token it was sent with does not have the rights for it.`
    case 'not-found':
      return isPlexTv
        ? `plex.tv does not know this request${httpStatus}. Plexkey may need an update; try again later.`
        : `${Host} does not know this request${httpStatus}. It may be too old for it, or the address may lead to something other than a Plex server.`
    case 'bad-request':
      return `${Host} refused the request as malformed${httpStatus}. Try again; if it keeps happening, Plexkey may need an update.`
    case 'pin-expired':
      return 'This sign-in expired. Start again.'
    case 'mixed-content':
      return "Not sent: this page is on https, and browsers block its requests to a plain http address (mixed content). Use the server's https address, such as its plex.direct address."
    case 'server':
      return `${Host} had a problem${httpStatus}. This is not about your account; try again in a moment.`
    case 'unexpected-response':
      return unexpectedMessage(host, Host, isPlexTv, httpStatus, details.reason)
  }
}

function unexpectedMessage(
  host: string,
  Host: string,
  isPlexTv: boolean,
  httpStatus: string,
  reason: AnswerProblem | undefined,
): string {
  const advice = 'Try again; if it keeps happening, Plexkey may need an update.'
  switch (reason) {
    case 'empty':
      return `${Host} sent an empty answer${httpStatus}. ${advice}`
    case 'unreadable':
      return `${Host} sent an answer that was cut off or garbled${httpStatus}. Try again in a moment.`
    case 'wrong-shape':
      return `${Host} sent an answer in a form Plexkey does not know${httpStatus}. ${advice}`
    case 'too-large':
      return `${Host} sent an answer far larger than any it should, so Plexkey stopped reading it${httpStatus}. ${advice}`
    case 'unknown-status':
      return `${Host} answered with an error Plexkey does not expect here${httpStatus}. ${advice}`
    case 'web-page':
      return isPlexTv
        ? `A web page came back instead of an answer from plex.tv${httpStatus}. A Wi-Fi sign-in page, a proxy or a filter on this network may be in the way: check the connection, then try again.`
        : `A web page came back instead of an answer from ${host}${httpStatus}. The address may lead to something other than a Plex server, or a proxy may be in the way.`
    default:
      return `${Host} sent an answer Plexkey could not understand${httpStatus}. ${advice}`
  }
}

const MAX_NAME_LENGTH = 60

function hostName({ host, serverName }: MessageDetails): string {
  if (host === 'plex.tv') return 'plex.tv'
  const name = serverName?.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH)
  return name ? `the Plex server “${name}”` : 'the Plex server'
}

function describeSeconds(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

/**
 * In demo builds "plex.tv" is the local stand-in, most often not reachable
 * because it is not running. Vite replaces import.meta.env.VITE_DEMO at
 * build time (as for the demo accounts), so other builds hold an empty
 * string here and never the sentence; scripts/check-build.js checks that.
 */
function demoStandInNote(): string {
  return import.meta.env.VITE_DEMO === 'true'
    ? ' Demo: is the stand-in running? Start it with npm run stand-in in another terminal.'
    : ''
}
