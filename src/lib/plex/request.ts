import * as z from 'zod/mini'
import { log, registerSecret, safePath } from '../log.ts'
import { isWellFormedToken } from '../session/token-format.ts'
import { getSessionToken } from '../session/token-store.ts'
import { plexTvApiUrl } from './config.ts'
import { readPlexErrorBody } from './error-body.ts'
import { classifyAnswer, messageFor, type PlexHost } from './error-mapping.ts'
import { isMixedContent } from './mixed-content.ts'
import {
  type AnswerProblem,
  PlexError,
  type PlexErrorKind,
  type SchemaIssue,
} from './plex-error.ts'
import { plexHeaders } from './plex-headers.ts'
import { readResponse, type ResponseBody } from './response-body.ts'
import {
  DEFAULT_RATE_LIMIT_WAIT_SECONDS,
  parseRetryAfter,
} from './retry-after.ts'

/**
 * Which token goes in `X-Plex-Token`: the signed-in session's, one given for
 * this call only (a pasted token, a server's own token), or none.
 */
export type RequestToken = 'session' | 'none' | { readonly explicit: string }

/** One Plex call: where it goes, what it sends and how long it may take. */
export interface PlexRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Starts with `/`; put parameters in `query`, not here. */
  path: string
  query?: Readonly<Record<string, string | number | boolean>>
  /** Sent form-encoded exactly as given: values are never trimmed. */
  form?: URLSearchParams
  /** Defaults to the session's token. */
  token?: RequestToken
  /** Defaults to plex.tv's API (or the relay in relay builds). */
  baseUrl?: string
  /** Defaults to 'plex.tv'. Decides wording, timeout and `endsSession`. */
  host?: PlexHost
  /** A media server's name, for failure messages that say which one. */
  serverName?: string
  timeoutMs?: number
  signal?: AbortSignal
  /** Sign-in reads a 401 as wrong credentials rather than a bad token. */
  isSignIn?: boolean
}

const DEFAULT_TIMEOUT_MS: Record<PlexHost, number> = {
  'plex.tv': 15_000,
  server: 10_000,
}

interface RequestContext {
  method: string
  path: string
  host: PlexHost
  serverName: string | undefined
  tokenSource: 'session' | 'explicit' | 'none'
  isSignIn: boolean
  timeoutMs: number
  startedAt: number
}

interface Answer {
  status: number
  headers: Headers
  body: ResponseBody
}

/**
 * Sends one Plex call and returns its body parsed by `schema` (nothing
 * without one). Throws a PlexError of kind network, timeout, unauthorized,
 * bad-credentials, code-required, code-invalid, username-not-allowed,
 * ip-blocked, rate-limited, forbidden, not-found, bad-request,
 * mixed-content (nothing sent), pin-expired, server or unexpected-response
 * (with a reason: an empty, garbled, odd, too large or HTML body, or an
 * error status that means nothing here); a caller's abort rejects with an
 * AbortError instead. Without a schema, any readable 2xx body will do.
 */
export function plexRequest<Schema extends z.ZodMiniType>(
  options: PlexRequestOptions & { schema: Schema },
): Promise<z.output<Schema>>
export function plexRequest(
  options: PlexRequestOptions & { schema?: undefined },
): Promise<void>
export async function plexRequest(
  options: PlexRequestOptions & { schema?: z.ZodMiniType },
): Promise<unknown> {
  const host = options.host ?? 'plex.tv'
  const tokenChoice = options.token ?? 'session'
  const context: RequestContext = {
    method: options.method ?? 'GET',
    path: safePath(options.path),
    host,
    serverName: options.serverName,
    tokenSource: typeof tokenChoice === 'string' ? tokenChoice : 'explicit',
    isSignIn: options.isSignIn ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS[host],
    startedAt: Date.now(),
  }

  const url = buildUrl(
    options.baseUrl ?? plexTvApiUrl,
    options.path,
    options.query,
  )
  // NOTE: decided here rather than left to the browser, whose refusal
  // would read as an unreachable server (SECURITY.md TR-01).
  if (isMixedContent(url)) {
    throw fail(context, plexError(context, 'mixed-content'))
  }
  const token = resolveToken(tokenChoice, context)
  const headers = plexHeaders()
  if (token !== undefined) headers['X-Plex-Token'] = token

  const answer = await send(url, headers, options, context)
  if (answer.status < 200 || answer.status > 299) {
    throw fail(context, failureFor(answer, context))
  }
  if (!options.schema) {
    // Nothing is read from it, but a web page or a broken body means the
    // answer may not be Plex's at all (a captive portal answers 200 too).
    const problem =
      answer.body.format === 'empty' ? undefined : unusableBody(answer.body)
    if (problem) {
      throw fail(
        context,
        plexError(context, 'unexpected-response', {
          status: answer.status,
          reason: problem,
        }),
      )
    }
    finish(context, answer.status)
    return undefined
  }

  const data = parse(answer, options.schema, context)
  finish(context, answer.status)
  return data
}

function resolveToken(
  choice: RequestToken,
  context: RequestContext,
): string | undefined {
  if (choice === 'none') return undefined

  if (choice === 'session') {
    const token = getSessionToken()
    if (token === null) {
      throw fail(
        context,
        plexError(context, 'unauthorized', {
          endsSession: context.host === 'plex.tv',
        }),
      )
    }
    return token
  }

  // A pasted value that cannot be a token would make fetch throw on the
  // header, which would then read as a network failure.
  if (!isWellFormedToken(choice.explicit)) {
    throw fail(context, plexError(context, 'unauthorized'))
  }
  registerSecret(choice.explicit)
  return choice.explicit
}

function buildUrl(
  baseUrl: string,
  path: string,
  query: PlexRequestOptions['query'],
): URL {
  const base = baseUrl.replace(/\/+$/, '')
  const url = new URL(`${base}${path}`)
  // Paths are code, but may later carry ids; none may change the host.
  if (!path.startsWith('/') || url.origin !== new URL(base).origin) {
    throw new TypeError('A Plex request path must start with "/".')
  }
  for (const [name, value] of Object.entries(query ?? {})) {
    url.searchParams.set(name, String(value))
  }
  return url
}

async function send(
  url: URL,
  headers: Record<string, string>,
  options: PlexRequestOptions,
  context: RequestContext,
): Promise<Answer> {
  const { signal } = options
  if (signal?.aborted) throw cancelled(context)

  // NOTE: a plain timer, not AbortSignal.timeout(): that one never fires
  // under fake timers, and it cannot tell a timeout from the caller's abort.
  const controller = new AbortController()
  let hasTimedOut = false
  const timer = setTimeout(() => {
    hasTimedOut = true
    controller.abort()
  }, context.timeoutMs)
  const forwardAbort = () => controller.abort()
  signal?.addEventListener('abort', forwardAbort, { once: true })

  try {
    const response = await fetch(url, {
      method: context.method,
      headers,
      body: options.form,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      // A redirect would carry X-Plex-Token to wherever it points.
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
    })
    const body = await readResponse(response)
    return { status: response.status, headers: response.headers, body }
  } catch {
    if (signal?.aborted && !hasTimedOut) throw cancelled(context)
    const kind = hasTimedOut ? 'timeout' : 'network'
    throw fail(context, plexError(context, kind))
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}

function failureFor(answer: Answer, context: RequestContext): PlexError {
  // An opaque redirect (status 0) and other non-HTTP answers land here too.
  if (answer.status < 100) {
    return plexError(context, 'unexpected-response', {
      reason: 'unknown-status',
    })
  }

  const errorBody = readPlexErrorBody(answer.body)
  const { kind, reason } = classifyAnswer({
    status: answer.status,
    plexCode: errorBody.code,
    text: errorBody.text,
    isSignIn: context.isSignIn,
    host: context.host,
    sentToken: context.tokenSource !== 'none',
    isWebPage: answer.body.format === 'html',
  })
  const retryAfterSeconds =
    kind === 'rate-limited'
      ? parseRetryAfter(answer.headers.get('Retry-After'))
      : undefined
  const waitUntil =
    kind === 'rate-limited'
      ? Date.now() +
        (retryAfterSeconds ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS) * 1000
      : undefined

  return plexError(context, kind, {
    status: answer.status,
    plexCode: errorBody.code,
    retryAfterSeconds,
    waitUntil,
    reason,
    endsSession:
      kind === 'unauthorized' &&
      context.host === 'plex.tv' &&
      context.tokenSource === 'session',
  })
}

function parse(
  answer: Answer,
  schema: z.ZodMiniType,
  context: RequestContext,
): unknown {
  const body = answer.body
  if (body.format !== 'json' && body.format !== 'xml') {
    throw fail(
      context,
      plexError(context, 'unexpected-response', {
        status: answer.status,
        reason: unusableBody(body) ?? 'wrong-shape',
      }),
    )
  }

  const result = z.safeParse(schema, body.data)
  if (result.success) return result.data

  const issues: SchemaIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
  }))
  throw fail(
    context,
    plexError(context, 'unexpected-response', {
      status: answer.status,
      reason: 'wrong-shape',
      issues,
    }),
  )
}

function unusableBody(body: ResponseBody): AnswerProblem | undefined {
  switch (body.format) {
    case 'empty':
      return 'empty'
    case 'html':
      return 'web-page'
    case 'unreadable':
      return 'unreadable'
    case 'too-large':
      return 'too-large'
    default:
      return undefined
  }
}

function plexError(
  context: RequestContext,
  kind: PlexErrorKind,
  extra: {
    status?: number
    plexCode?: number
    retryAfterSeconds?: number
    waitUntil?: number
    reason?: AnswerProblem
    endsSession?: boolean
    issues?: readonly SchemaIssue[]
  } = {},
): PlexError {
  return new PlexError({
    kind,
    path: context.path,
    ...extra,
    message: messageFor(kind, {
      host: context.host,
      serverName: context.serverName,
      status: extra.status,
      retryAfterSeconds: extra.retryAfterSeconds,
      timeoutMs: context.timeoutMs,
      endsSession: extra.endsSession,
      sentToken: context.tokenSource !== 'none',
      reason: extra.reason,
    }),
  })
}

function cancelled(context: RequestContext): DOMException {
  log.debug('plex', 'request cancelled', logFields(context))
  return new DOMException('The request was cancelled.', 'AbortError')
}

function finish(context: RequestContext, status: number): void {
  log.debug('plex', 'request finished', { ...logFields(context), status })
}

// Failures people can cause or fix by waiting are routine; an answer the
// client cannot read means code or schema need a look.
function fail(context: RequestContext, error: PlexError): PlexError {
  const fields = {
    ...logFields(context),
    status: error.status,
    kind: error.kind,
  }
  if (error.kind === 'unexpected-response') {
    log.warn(
      'plex',
      'answer not understood; if plex.tv changed, update the schema or error mapping',
      {
        ...fields,
        reason: error.reason,
        issues: error.issues.map((i) => `${i.path} (${i.code})`),
      },
    )
  } else {
    log.info('plex', 'request failed', fields)
  }
  return error
}

function logFields(context: RequestContext) {
  return {
    method: context.method,
    path: context.path,
    host: context.host,
    durationMs: Date.now() - context.startedAt,
  }
}
