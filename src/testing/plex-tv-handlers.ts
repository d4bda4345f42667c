import { http, HttpResponse } from 'msw'
import { plexTvUrl } from '../lib/plex/config.ts'
import {
  managedAccountFixture,
  plexAccountFixture,
  TEST_MANAGED_TOKEN,
  TEST_TOKEN,
  TEST_TWO_FACTOR_TOKEN,
  twoFactorAccountFixture,
} from './fixtures/plex-account.ts'
import { plexErrorBody, SIGN_IN_ERRORS } from './fixtures/plex-errors.ts'

/** The full URL of a plex.tv path, as the client under test calls it. */
export function plexTv(path: string): string {
  return `${plexTvUrl}${path}`
}

/** Accounts the default sign-in handler knows. Obviously fake. */
export const TEST_ACCOUNTS = {
  owner: { login: 'owner@example.com', password: 'TEST-pass-owner' },
  twoFactor: {
    login: 'twofactor@example.com',
    password: 'TEST-pass-twofactor',
    code: '123456',
  },
} as const

const accountsByToken: Record<string, () => Record<string, unknown>> = {
  [TEST_TOKEN]: plexAccountFixture,
  [TEST_TWO_FACTOR_TOKEN]: twoFactorAccountFixture,
  [TEST_MANAGED_TOKEN]: managedAccountFixture,
}

const unauthorized = () =>
  HttpResponse.json(
    plexErrorBody(1001, 'User could not be authenticated', 401),
    { status: 401 },
  )

/**
 * Default plex.tv behaviour for unit tests; override per test with
 * `server.use(...)`.
 */
export const plexTvHandlers = [
  http.post(plexTv('/api/v2/users/signin'), async ({ request }) => {
    if (!request.headers.get('X-Plex-Client-Identifier')) {
      return HttpResponse.json(SIGN_IN_ERRORS.missingClientIdentifier, {
        status: 400,
      })
    }
    const form = new URLSearchParams(await request.text())
    const login = form.get('login')
    const password = form.get('password')
    const code = form.get('verificationCode')
    const { owner, twoFactor } = TEST_ACCOUNTS

    if (login === owner.login && password === owner.password) {
      return HttpResponse.json(plexAccountFixture(), { status: 201 })
    }
    if (login === twoFactor.login && password === twoFactor.password) {
      if (!code) {
        return HttpResponse.json(SIGN_IN_ERRORS.codeRequired, { status: 401 })
      }
      if (code !== twoFactor.code) {
        return HttpResponse.json(SIGN_IN_ERRORS.codeInvalid, { status: 401 })
      }
      return HttpResponse.json(twoFactorAccountFixture(), { status: 201 })
    }
    return HttpResponse.json(SIGN_IN_ERRORS.badCredentials, { status: 401 })
  }),

  http.get(plexTv('/api/v2/user'), ({ request }) => {
    const account = accountsByToken[request.headers.get('X-Plex-Token') ?? '']
    return account ? HttpResponse.json(account()) : unauthorized()
  }),

  http.delete(plexTv('/api/v2/users/signout'), ({ request }) => {
    const token = request.headers.get('X-Plex-Token') ?? ''
    return token in accountsByToken
      ? new HttpResponse(null, { status: 204 })
      : unauthorized()
  }),
]
