import { delay, http, HttpResponse } from 'msw'
import { expect, onTestFinished, test, vi } from 'vitest'
import * as z from 'zod/mini'
import { allowConsole, consoleSpy } from '../../testing/console-guard.ts'
import {
  HTML_ERROR_PAGE,
  INVALID_TOKEN_XML,
  plexErrorBody,
} from '../../testing/fixtures/plex-errors.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv } from '../../testing/plex-tv-handlers.ts'
import { getSessionToken, saveSessionToken } from '../session/token-store.ts'
import { PlexError } from './plex-error.ts'
import { plexRequest } from './request.ts'

const SESSION_TOKEN = 'TESTxTOKENxREQUEST01'
const PASTED_TOKEN = 'TESTxTOKENxPASTEDx02'
const OkSchema = z.object({ ok: z.boolean() })

function answer(
  respond: Parameters<typeof http.get>[1],
  method: 'get' | 'post' | 'delete' = 'get',
) {
  const seen: Request[] = []
  server.use(
    http[method](plexTv('/test'), (info) => {
      seen.push(info.request.clone())
      return respond(info)
    }),
  )
  return seen
}

async function failure(promise: Promise<unknown>): Promise<PlexError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the request to fail')
    },
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(PlexError)
  return error as PlexError
}

test('sends the session token and standard headers, and returns parsed data', async () => {
  saveSessionToken(SESSION_TOKEN)
  const seen = answer(() => HttpResponse.json({ ok: true, extra: 'dropped' }))

  const data = await plexRequest({ path: '/test', schema: OkSchema })

  expect(data).toEqual({ ok: true })
  const headers = seen[0]!.headers
  expect(headers.get('X-Plex-Token')).toBe(SESSION_TOKEN)
  expect(headers.get('Accept')).toBe('application/json')
  expect(headers.get('X-Plex-Product')).toBe('Plexkey')
  expect(headers.get('X-Plex-Client-Identifier')).toMatch(/^[0-9a-f-]{36}$/)
  expect(new URL(seen[0]!.url).search).toBe('')
})

test('puts query parameters in the URL, never the token', async () => {
  saveSessionToken(SESSION_TOKEN)
  const seen = answer(() => HttpResponse.json({ ok: true }))

  await plexRequest({
    path: '/test',
    query: { includeSubscriptions: 1, strong: true },
    schema: OkSchema,
  })

  const url = new URL(seen[0]!.url)
  expect(url.searchParams.get('includeSubscriptions')).toBe('1')
  expect(url.searchParams.get('strong')).toBe('true')
  expect(url.href).not.toContain(SESSION_TOKEN)
})

test('sends no token when asked for none, and a given token when given one', async () => {
  saveSessionToken(SESSION_TOKEN)
  const seen = answer(() => HttpResponse.json({ ok: true }))

  await plexRequest({ path: '/test', token: 'none', schema: OkSchema })
  await plexRequest({
    path: '/test',
    token: { explicit: PASTED_TOKEN },
    schema: OkSchema,
  })

  expect(seen[0]!.headers.has('X-Plex-Token')).toBe(false)
  expect(seen[1]!.headers.get('X-Plex-Token')).toBe(PASTED_TOKEN)
})

test('without a session token, a session call ends the session without a request', async () => {
  const seen = answer(() => HttpResponse.json({ ok: true }))

  const error = await failure(plexRequest({ path: '/test', schema: OkSchema }))

  expect(error.kind).toBe('unauthorized')
  expect(error.endsSession).toBe(true)
  expect(seen).toHaveLength(0)
})

test('a pasted value that cannot be a token is refused without a request', async () => {
  const seen = answer(() => HttpResponse.json({ ok: true }))

  const error = await failure(
    plexRequest({
      path: '/test',
      token: { explicit: 'not a token ü' },
      schema: OkSchema,
    }),
  )

  expect(error.kind).toBe('unauthorized')
  expect(error.endsSession).toBe(false)
  expect(seen).toHaveLength(0)
})

test('a rejected fetch is a network error that keeps the session token', async () => {
  saveSessionToken(SESSION_TOKEN)
  answer(() => HttpResponse.error())

  const error = await failure(plexRequest({ path: '/test', schema: OkSchema }))

  expect(error.kind).toBe('network')
  expect(error.message).toMatch(/^Could not reach plex\.tv/)
  expect(error.endsSession).toBe(false)
  expect(getSessionToken()).toBe(SESSION_TOKEN)
})

test('a call that gets no answer times out after 15 seconds', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  saveSessionToken(SESSION_TOKEN)
  answer(async () => {
    await delay('infinite')
    return HttpResponse.json({ ok: true })
  })

  const pending = failure(plexRequest({ path: '/test', schema: OkSchema }))
  await vi.advanceTimersByTimeAsync(14_999)
  let isSettled = false
  void pending.finally(() => (isSettled = true))
  await Promise.resolve()
  expect(isSettled).toBe(false)
  await vi.advanceTimersByTimeAsync(1)
  const error = await pending

  expect(error.kind).toBe('timeout')
  expect(error.message).toContain('15 seconds')
  expect(getSessionToken()).toBe(SESSION_TOKEN)
})

test('a shorter timeout can be asked for', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  answer(async () => {
    await delay('infinite')
    return HttpResponse.json({ ok: true })
  })

  const pending = failure(
    plexRequest({ path: '/test', token: 'none', timeoutMs: 5_000 }),
  )
  await vi.advanceTimersByTimeAsync(5_000)

  expect((await pending).kind).toBe('timeout')
})

test("the caller's abort rejects with an AbortError, not a PlexError", async () => {
  answer(async () => {
    await delay('infinite')
    return HttpResponse.json({ ok: true })
  })
  const controller = new AbortController()

  const pending = plexRequest({
    path: '/test',
    token: 'none',
    signal: controller.signal,
    schema: OkSchema,
  })
  controller.abort()

  await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  await expect(pending).rejects.not.toBeInstanceOf(PlexError)
})

test('an already aborted signal sends nothing', async () => {
  const seen = answer(() => HttpResponse.json({ ok: true }))

  const pending = plexRequest({
    path: '/test',
    token: 'none',
    signal: AbortSignal.abort(),
  })

  await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  expect(seen).toHaveLength(0)
})

test('a 500 is a server error that keeps the session', async () => {
  saveSessionToken(SESSION_TOKEN)
  answer(() => HttpResponse.text('Internal failure at db-7', { status: 500 }))

  const error = await failure(plexRequest({ path: '/test', schema: OkSchema }))

  expect(error).toMatchObject({
    kind: 'server',
    status: 500,
    endsSession: false,
  })
  expect(error.message).toContain('HTTP 500')
  expect(error.message).not.toContain('db-7')
  expect(getSessionToken()).toBe(SESSION_TOKEN)
})

test('a 401 for the session token ends the session', async () => {
  saveSessionToken(SESSION_TOKEN)
  answer(() =>
    HttpResponse.json(
      plexErrorBody(1001, 'User could not be authenticated', 401),
      {
        status: 401,
      },
    ),
  )

  const error = await failure(plexRequest({ path: '/test', schema: OkSchema }))

  expect(error).toMatchObject({
    kind: 'unauthorized',
    status: 401,
    plexCode: 1001,
    endsSession: true,
    path: '/test',
  })
  expect(error.message).toMatch(/sign in again/)
})

test('a 401 for a pasted token does not end the session', async () => {
  saveSessionToken(SESSION_TOKEN)
  answer(() => new HttpResponse(null, { status: 401 }))

  const error = await failure(
    plexRequest({
      path: '/test',
      token: { explicit: PASTED_TOKEN },
      schema: OkSchema,
    }),
  )

  expect(error).toMatchObject({ kind: 'unauthorized', endsSession: false })
  expect(getSessionToken()).toBe(SESSION_TOKEN)
})

test('a media server rejecting the session token does not end the session', async () => {
  saveSessionToken(SESSION_TOKEN)
  server.use(
    http.get('https://pms.example.invalid:32400/identity', () =>
      HttpResponse.text(HTML_ERROR_PAGE, {
        status: 401,
        headers: { 'Content-Type': 'text/html' },
      }),
    ),
  )

  const error = await failure(
    plexRequest({
      baseUrl: 'https://pms.example.invalid:32400',
      host: 'server',
      path: '/identity',
      schema: OkSchema,
    }),
  )

  expect(error).toMatchObject({ kind: 'unauthorized', endsSession: false })
  expect(error.message).toMatch(/^The Plex server/)
})

test('422 "Invalid token" in XML is unauthorized and ends the session', async () => {
  saveSessionToken(SESSION_TOKEN)
  answer(() =>
    HttpResponse.text(INVALID_TOKEN_XML, {
      status: 422,
      headers: { 'Content-Type': 'application/xml' },
    }),
  )

  const error = await failure(plexRequest({ path: '/test', schema: OkSchema }))

  expect(error).toMatchObject({
    kind: 'unauthorized',
    status: 422,
    endsSession: true,
  })
})

test("a 401 web page in place of plex.tv's answer keeps the session and shows none of the HTML", async () => {
  allowConsole('warn')
  saveSessionToken(SESSION_TOKEN)
  answer(() =>
    HttpResponse.text(HTML_ERROR_PAGE, {
      status: 401,
      headers: { 'Content-Type': 'text/html' },
    }),
  )

  const error = await failure(plexRequest({ path: '/test', schema: OkSchema }))

  expect(error).toMatchObject({
    kind: 'unexpected-response',
    reason: 'web-page',
    status: 401,
    endsSession: false,
  })
  expect(error.message).toMatch(/^A web page came back instead of an answer/)
  expect(error.message).not.toMatch(/SENTINEL|<|html/i)
})

test('429 is rate-limited with the wait from Retry-After', async () => {
  answer(() =>
    HttpResponse.json(plexErrorBody(1003, 'API rate limit exceeded', 429), {
      status: 429,
      headers: { 'Retry-After': '42' },
    }),
  )

  const error = await failure(plexRequest({ path: '/test', token: 'none' }))

  expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 42 })
  expect(error.message).toContain('42 seconds')
})

test('429 with an HTTP-date Retry-After waits until then', async () => {
  const inThirtySeconds = new Date(Date.now() + 30_000).toUTCString()
  answer(
    () =>
      new HttpResponse(null, {
        status: 429,
        headers: { 'Retry-After': inThirtySeconds },
      }),
  )

  const error = await failure(plexRequest({ path: '/test', token: 'none' }))

  expect(error.kind).toBe('rate-limited')
  expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(29)
  expect(error.retryAfterSeconds).toBeLessThanOrEqual(30)
})

test('429 without a readable Retry-After has no wait', async () => {
  answer(() => new HttpResponse(null, { status: 429 }))

  const error = await failure(plexRequest({ path: '/test', token: 'none' }))

  expect(error.kind).toBe('rate-limited')
  expect(error.retryAfterSeconds).toBeUndefined()
})

test('an XML success body from a server that ignored Accept is parsed', async () => {
  answer(() =>
    HttpResponse.text(
      '<?xml version="1.0"?><MediaContainer size="0" token="x"/>',
      {
        headers: { 'Content-Type': 'text/xml;charset=utf-8' },
      },
    ),
  )

  const data = await plexRequest({
    path: '/test',
    token: 'none',
    schema: z.object({
      MediaContainer: z.object({ size: z.string(), token: z.string() }),
    }),
  })

  expect(data).toEqual({ MediaContainer: { size: '0', token: 'x' } })
})

test.each([
  [
    'HTML',
    () =>
      HttpResponse.text(HTML_ERROR_PAGE, {
        headers: { 'Content-Type': 'text/html' },
      }),
  ],
  [
    'broken JSON',
    () =>
      HttpResponse.text('{"ok":', {
        headers: { 'Content-Type': 'application/json' },
      }),
  ],
  ['an empty body', () => new HttpResponse(null, { status: 200 })],
  ['plain text', () => HttpResponse.text('ok')],
])('a 2xx answer with %s is unexpected-response', async (_, respond) => {
  allowConsole('warn')
  answer(respond)

  const error = await failure(
    plexRequest({ path: '/test', token: 'none', schema: OkSchema }),
  )

  expect(error).toMatchObject({ kind: 'unexpected-response', status: 200 })
  expect(error.message).not.toMatch(/SENTINEL|<|ok":/)
})

test('a body of the wrong shape keeps issue paths and codes, never values', async () => {
  allowConsole('warn')
  answer(() => HttpResponse.json({ ok: 'SECRET-VALUE' }))

  const error = await failure(
    plexRequest({ path: '/test', token: 'none', schema: OkSchema }),
  )

  expect(error.kind).toBe('unexpected-response')
  expect(error.issues).toEqual([{ path: 'ok', code: 'invalid_type' }])
  expect(JSON.stringify(error)).not.toContain('SECRET-VALUE')
  expect(error.message).not.toContain('SECRET-VALUE')
  const warnings = JSON.stringify(consoleSpy('warn').mock.calls)
  expect(warnings).toContain('ok (invalid_type)')
  expect(warnings).not.toContain('SECRET-VALUE')
})

test('a 400 is a malformed request, whatever its code', async () => {
  answer(() =>
    HttpResponse.json(
      plexErrorBody(1000, 'X-Plex-Client-Identifier is missing', 400),
      { status: 400 },
    ),
  )

  const error = await failure(plexRequest({ path: '/test', token: 'none' }))

  expect(error).toMatchObject({
    kind: 'bad-request',
    status: 400,
    plexCode: 1000,
  })
  expect(error.message).not.toContain('Client-Identifier')
})

test('a redirect is not followed', async () => {
  allowConsole('warn')
  const followed = vi.fn()
  server.use(
    http.get('https://elsewhere.example.invalid/steal', () => {
      followed()
      return HttpResponse.json({ ok: true })
    }),
  )
  saveSessionToken(SESSION_TOKEN)
  answer(
    () =>
      new HttpResponse(null, {
        status: 302,
        headers: { Location: 'https://elsewhere.example.invalid/steal' },
      }),
  )

  const error = await failure(plexRequest({ path: '/test', schema: OkSchema }))

  expect(error.kind).toBe('unexpected-response')
  expect(followed).not.toHaveBeenCalled()
})

test('without a schema, a 204 resolves to nothing', async () => {
  saveSessionToken(SESSION_TOKEN)
  answer(() => new HttpResponse(null, { status: 204 }), 'delete')

  await expect(
    plexRequest({ method: 'DELETE', path: '/test' }),
  ).resolves.toBeUndefined()
})

test('errors carry the path without its query', async () => {
  answer(() => HttpResponse.json({}, { status: 503 }))

  const error = await failure(
    plexRequest({ path: '/test', token: 'none', query: { code: 'abcd' } }),
  )

  expect(error.path).toBe('/test')
})

test('logs each request as an event, and never a token', async () => {
  saveSessionToken(SESSION_TOKEN)
  answer(() => HttpResponse.json({ ok: true }))

  await plexRequest({ path: '/test', schema: OkSchema })
  await plexRequest({
    path: '/test',
    token: { explicit: PASTED_TOKEN },
    schema: OkSchema,
  })

  expect(consoleSpy('debug')).toHaveBeenCalledWith(
    '[plexkey:plex] request finished',
    expect.objectContaining({
      method: 'GET',
      path: '/test',
      status: 200,
      durationMs: expect.any(Number),
    }),
  )
  const everything = JSON.stringify(
    (['debug', 'info', 'warn', 'error'] as const).map(
      (method) => consoleSpy(method).mock.calls,
    ),
  )
  expect(everything).not.toContain(SESSION_TOKEN)
  expect(everything).not.toContain(PASTED_TOKEN)
})

test('a path can never move the request to another host', async () => {
  await expect(
    plexRequest({ path: '@elsewhere.example.invalid/x', token: 'none' }),
  ).rejects.toThrow(TypeError)
  await expect(
    plexRequest({ path: 'api/v2/user', token: 'none' }),
  ).rejects.toThrow(TypeError)
})

test('from an https page, an http address is mixed content and nothing is sent', async () => {
  vi.stubGlobal('location', new URL('https://plexkey.example.org/'))
  onTestFinished(() => void vi.unstubAllGlobals())
  saveSessionToken(SESSION_TOKEN)
  const seen = vi.fn()
  server.use(
    http.get('http://192.168.1.20:32400/identity', () => {
      seen()
      return HttpResponse.json({ ok: true })
    }),
  )

  const error = await failure(
    plexRequest({
      baseUrl: 'http://192.168.1.20:32400',
      host: 'server',
      path: '/identity',
      token: 'none',
      schema: OkSchema,
    }),
  )

  expect(error).toMatchObject({ kind: 'mixed-content', endsSession: false })
  expect(seen).not.toHaveBeenCalled()
})

test('from an http page, an http address is called', async () => {
  server.use(
    http.get('http://192.168.1.20:32400/identity', () =>
      HttpResponse.json({ ok: true }),
    ),
  )

  const data = await plexRequest({
    baseUrl: 'http://192.168.1.20:32400',
    host: 'server',
    path: '/identity',
    token: 'none',
    schema: OkSchema,
  })

  expect(data).toEqual({ ok: true })
})
