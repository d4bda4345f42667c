import { http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import {
  plexAccountFixture,
  TEST_TOKEN,
} from '../../testing/fixtures/plex-account.ts'
import {
  HTML_ERROR_PAGE,
  plexErrorBody,
  plexErrorXml,
  SIGN_IN_ERRORS,
} from '../../testing/fixtures/plex-errors.ts'
import { log } from '../log.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv, TEST_ACCOUNTS } from '../../testing/plex-tv-handlers.ts'
import { PlexError } from './plex-error.ts'
import { signIn } from './sign-in.ts'

const SIGN_IN_URL = plexTv('/api/v2/users/signin')

function recordSignIns(
  respond: () => Response = () =>
    HttpResponse.json(plexAccountFixture(), { status: 201 }),
) {
  const bodies: { raw: string; form: URLSearchParams; request: Request }[] = []
  server.use(
    http.post(SIGN_IN_URL, async ({ request }) => {
      const raw = await request.clone().text()
      bodies.push({ raw, form: new URLSearchParams(raw), request })
      return respond()
    }),
  )
  return bodies
}

function answerSignIn(respond: () => Response) {
  server.use(http.post(SIGN_IN_URL, respond))
}

async function signInFailure(
  input = { login: 'someone@example.com', password: 'TEST-wrong' },
): Promise<PlexError> {
  const error: unknown = await signIn({ ...input, rememberMe: false }).catch(
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(PlexError)
  return error as PlexError
}

test('a correct password returns the account with its token', async () => {
  const account = await signIn({ ...TEST_ACCOUNTS.owner, rememberMe: true })

  expect(account.authToken).toBe(TEST_TOKEN)
  expect(account.email).toBe('owner@example.com')
})

test('posts a form with no token, and stores nothing', async () => {
  const bodies = recordSignIns()

  await signIn({ ...TEST_ACCOUNTS.owner, rememberMe: true })

  const { request, form } = bodies[0]!
  expect(request.headers.get('Content-Type')).toMatch(
    /^application\/x-www-form-urlencoded/,
  )
  expect(request.headers.has('X-Plex-Token')).toBe(false)
  expect(new URL(request.url).search).toBe('')
  expect(form.get('rememberMe')).toBe('true')
  expect(form.has('verificationCode')).toBe(false)
  expect(sessionStorage.length).toBe(0)
})

test.each([
  ['alex+plex@example.com', 'Grüße-Straße-2024'],
  ['alex+plex@example.com', `fish&chips#1=2+3%41$x"y'`],
  [' spaced.login ', '  leading and trailing spaces  '],
  ['emoji@example.com', 'p\u00e4ss\u{1F511}\tword\nline'],
  ['long@example.com', 'Aa1!'.repeat(32)],
])(
  'login %j and its password reach plex.tv byte for byte',
  async (login, password) => {
    const bodies = recordSignIns()

    await signIn({ login, password, rememberMe: false })

    const { form, raw } = bodies[0]!
    expect(form.get('login')).toBe(login)
    expect(form.get('password')).toBe(password)
    expect(form.get('rememberMe')).toBe('false')
    expect(raw).toContain(
      `password=${new URLSearchParams({ p: password }).toString().slice(2)}`,
    )
  },
)

test('sends the verification code when there is one', async () => {
  const bodies = recordSignIns()

  await signIn({
    ...TEST_ACCOUNTS.twoFactor,
    rememberMe: false,
    verificationCode: 'ABCD-EFGH-1234',
  })

  expect(bodies[0]!.form.get('verificationCode')).toBe('ABCD-EFGH-1234')
})

test('a 2FA account without a code gets code-required, then signs in with it', async () => {
  const { login, password, code } = TEST_ACCOUNTS.twoFactor

  const error = await signInFailure({ login, password })
  const account = await signIn({
    login,
    password,
    rememberMe: false,
    verificationCode: code,
  })

  expect(error).toMatchObject({ kind: 'code-required', plexCode: 1029 })
  expect(account.twoFactorEnabled).toBe(true)
})

test.each([
  ['badCredentials', 'bad-credentials'],
  ['codeRequired', 'code-required'],
  ['codeInvalid', 'code-invalid'],
  ['usernameNotAllowed', 'username-not-allowed'],
  ['ipBlocked', 'ip-blocked'],
  ['rateLimited', 'rate-limited'],
] as const)('plex.tv error %s becomes %s', async (name, kind) => {
  const body = SIGN_IN_ERRORS[name]
  answerSignIn(() => HttpResponse.json(body, { status: body.errors[0].status }))

  const error = await signInFailure()

  expect(error.kind).toBe(kind)
  expect(error.endsSession).toBe(false)
  expect(error.message).not.toContain(body.errors[0].message)
})

// The words of 1030 and 1031 match none of the text rules, so without the
// code attribute both would read as a wrong password.
test.each([
  [
    1030,
    'Username is not allowed for this account; use the e-mail address',
    'username-not-allowed',
  ],
  [
    1031,
    'User could not be authenticated. This IP appears to be having trouble signing in to an account (detected repeated failures)',
    'ip-blocked',
  ],
] as const)(
  'an XML error %i from a server that ignored Accept is read by its code',
  async (code, message, kind) => {
    answerSignIn(() =>
      HttpResponse.text(plexErrorXml(code, message, 401), {
        status: 401,
        headers: { 'Content-Type': 'application/xml' },
      }),
    )

    const error = await signInFailure()

    expect(error).toMatchObject({ kind, plexCode: code })
  },
)

test('a codeless answer that asks for the verification code is code-required', async () => {
  answerSignIn(() =>
    HttpResponse.text(
      '<errors><error>Please enter the Verification Code</error></errors>',
      { status: 401 },
    ),
  )

  expect((await signInFailure()).kind).toBe('code-required')
})

test('a 401 with an HTML body is bad-credentials, with none of the HTML', async () => {
  answerSignIn(() =>
    HttpResponse.text(HTML_ERROR_PAGE, {
      status: 401,
      headers: { 'Content-Type': 'text/html' },
    }),
  )

  const error = await signInFailure()

  expect(error.kind).toBe('bad-credentials')
  expect(error.message).not.toMatch(/SENTINEL|<|html/i)
})

test('a 401 with no body is bad-credentials', async () => {
  answerSignIn(() => new HttpResponse(null, { status: 401 }))

  expect((await signInFailure()).kind).toBe('bad-credentials')
})

test('429 carries the wait and the attempt is not repeated', async () => {
  const bodies = recordSignIns(() =>
    HttpResponse.json(SIGN_IN_ERRORS.rateLimited, {
      status: 429,
      headers: { 'Retry-After': '120' },
    }),
  )

  const error = await signInFailure()

  expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 120 })
  expect(bodies).toHaveLength(1)
})

test('a 503 is a server error, sent once', async () => {
  const bodies = recordSignIns(() => new HttpResponse(null, { status: 503 }))

  const error = await signInFailure()

  expect(error).toMatchObject({ kind: 'server', status: 503 })
  expect(bodies).toHaveLength(1)
})

test('the missing client identifier answer is a malformed request, not a wrong password', async () => {
  answerSignIn(() =>
    HttpResponse.json(SIGN_IN_ERRORS.missingClientIdentifier, { status: 400 }),
  )

  const error = await signInFailure()

  expect(error.kind).toBe('bad-request')
  expect(error.message).toMatch(/^plex\.tv refused the request as malformed/)
})

test.each([
  ['no authToken', plexAccountFixture({ authToken: undefined })],
  ['a numeric authToken', plexAccountFixture({ authToken: 123 })],
  ['an HTML page', HTML_ERROR_PAGE],
  ['an empty body', ''],
])(
  'a 201 with %s is unexpected-response and signs nobody in',
  async (_, body) => {
    allowConsole('warn')
    answerSignIn(() =>
      typeof body === 'string'
        ? HttpResponse.text(body, { status: 201 })
        : HttpResponse.json(body, { status: 201 }),
    )

    const error = await signInFailure(TEST_ACCOUNTS.owner)

    expect(error.kind).toBe('unexpected-response')
    expect(sessionStorage.length).toBe(0)
  },
)

test('an unknown error code on sign-in reads as bad credentials', async () => {
  answerSignIn(() =>
    HttpResponse.json(plexErrorBody(1099, 'Something new', 401), {
      status: 401,
    }),
  )

  expect((await signInFailure()).kind).toBe('bad-credentials')
})

test('the password and code are redacted from logs while the sign-in is in flight, and forgotten after', async () => {
  allowConsole('warn')
  const password = 'TEST pass/wörd&1'
  const verificationCode = '918273'
  const logged: string[] = []
  const logBoth = () =>
    log.warn('test', `${password} ${encodeURIComponent(verificationCode)}`)
  const spy = vi.spyOn(console, 'warn').mockImplementation((line: unknown) => {
    logged.push(String(line))
  })
  answerSignIn(() => {
    logBoth()
    return HttpResponse.json(plexAccountFixture(), { status: 201 })
  })

  await signIn({
    login: 'someone@example.com',
    password,
    verificationCode,
    rememberMe: false,
  })
  logBoth()
  spy.mockRestore()

  expect(logged).toHaveLength(2)
  expect(logged[0]).not.toContain(password)
  expect(logged[0]).not.toContain(verificationCode)
  expect(logged[1]).toContain(password)
})
