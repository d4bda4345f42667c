// @ts-check
import { clientIdentifier } from '../plex-params.js'
import { createFailureBlocker, createRateLimiter } from '../rate-limit.js'
import { authenticate } from './authenticate.js'
import { ERRORS, sendPlexError } from './errors.js'
import { sendAccount } from './send-account.js'

/** @import { Ctx } from '../types.js' */
/** @import { SharedState } from '../state.js' */

const MINUTE_MS = 60 * 1000

/**
 * The limits on sign-in attempts: 30 a minute, and a block of 5 minutes
 * after 5 failures in a row. plex.tv counts per address; on loopback every
 * caller shares one, so the client identifier stands in for it. Shared by
 * plex.tv and the hosted sign-in page, which signs in through plex.tv.
 */
export function createSignInGuard() {
  const limiter = createRateLimiter({ limit: 30, windowMs: MINUTE_MS })
  const blocker = createFailureBlocker({
    maxFailures: 5,
    blockMs: 5 * MINUTE_MS,
  })

  return {
    limiter,
    blocker,
    reset() {
      limiter.reset()
      blocker.reset()
    },
  }
}

/** @typedef {ReturnType<typeof createSignInGuard>} SignInGuard */

/**
 * POST /api/v2/users/signin (and the hosted sign-in page's own sign-in).
 * Checks run in plex.tv's order: client identifier, rate limit, block
 * after repeated failures, credentials.
 * @param {SharedState} state
 */
export function signIn(state) {
  const { limiter, blocker } = state.signIns

  /** @param {Ctx} c */
  return async (c) => {
    const id = clientIdentifier(c)
    if (!id) return sendPlexError(c, ERRORS.clientIdentifierMissing)

    const limit = limiter.hit(id)
    if (!limit.ok) {
      c.header('Retry-After', String(limit.retryAfterSeconds))
      return sendPlexError(c, ERRORS.rateLimited)
    }
    if (blocker.isBlocked(id)) return sendPlexError(c, ERRORS.repeatedFailures)

    const form = await readForm(c)
    const outcome = authenticate(state.accounts, {
      login: form.get('login') ?? '',
      password: form.get('password') ?? '',
      code: form.get('verificationCode') ?? '',
    })
    if ('error' in outcome) {
      if (outcome.isFailure) blocker.fail(id)
      return sendPlexError(c, outcome.error)
    }

    blocker.succeed(id)
    const rememberMe = ['true', '1'].includes(
      (form.get('rememberMe') ?? '').toLowerCase(),
    )
    const session = state.sessions.mint(outcome.account, rememberMe)
    return sendAccount(c, 201, session, state.urls['plex.tv'])
  }
}

/**
 * Only a form-encoded body is read, as that is the one encoding known to
 * work against plex.tv.
 * @param {Ctx} c
 */
export async function readForm(c) {
  const type = c.req.header('content-type') ?? ''
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return new URLSearchParams()
  }
  return new URLSearchParams(await c.req.text())
}
