// @ts-check
import { isPartName } from './config.js'
import { FAILURE_MODES, isFailureMode } from './failure-modes.js'
import { isServerPart } from './pms/catalogue.js'

/** @import { FailureRule } from './failures.js' */
/** @import { NewAccount } from './plex-tv/accounts.js' */
/** @import { PartName } from './types.js' */

/**
 * @typedef {{
 *   part: PartName,
 *   version?: string | null,
 *   appPlexTvOnly?: boolean,
 * }} ServerChange
 */

/** @typedef {{ ok: true, value: T } | { ok: false, error: string }} Parsed @template T */

/**
 * @param {unknown} body
 * @returns {Parsed<FailureRule>}
 */
export function parseFailureRule(body) {
  if (!isRecord(body)) return invalid('expected a JSON object')
  const { clientIdentifier, part = 'plex.tv', method, path, status } = body
  const { mode, retryAfterSeconds } = body
  const {
    body: answer,
    contentType,
    headers,
    delayMs,
    drop,
    cors,
    times,
  } = body

  if (!isText(clientIdentifier)) return invalid('clientIdentifier is required')
  if (!isPartName(part)) return invalid(`unknown part ${String(part)}`)
  if (!isText(method)) return invalid('method is required')
  if (!isText(path) || !path.startsWith('/')) {
    return invalid('path must start with /')
  }
  if (mode !== undefined && !isFailureMode(mode)) {
    return invalid(`mode must be one of ${FAILURE_MODES.join(', ')}`)
  }
  const rawAnswer = { status, body: answer, contentType, headers, drop }
  const rawFields = Object.entries(rawAnswer)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name)
  if (mode !== undefined && rawFields.length > 0) {
    return invalid(`mode sets the whole answer: leave out ${rawFields[0]}`)
  }
  const isTimedRateLimit = mode === '429-seconds' || mode === '429-date'
  if (retryAfterSeconds !== undefined && !isTimedRateLimit) {
    return invalid('retryAfterSeconds goes with mode 429-seconds or 429-date')
  }
  if (
    retryAfterSeconds !== undefined &&
    !isIntegerIn(retryAfterSeconds, 0, 24 * 3600)
  ) {
    return invalid('retryAfterSeconds must be a whole number of seconds')
  }
  if (status !== undefined && !isIntegerIn(status, 200, 599)) {
    return invalid('status must be an integer from 200 to 599')
  }
  if (contentType !== undefined && !isText(contentType)) {
    return invalid('contentType must be a string')
  }
  if (headers !== undefined && !isStringRecord(headers)) {
    return invalid('headers must map names to strings')
  }
  if (delayMs !== undefined && !isIntegerIn(delayMs, 0, 24 * 3600 * 1000)) {
    return invalid('delayMs must be a whole number of milliseconds')
  }
  if (drop !== undefined && typeof drop !== 'boolean') {
    return invalid('drop must be true or false')
  }
  if (cors !== undefined && typeof cors !== 'boolean') {
    return invalid('cors must be true or false')
  }
  if (times !== undefined && !isIntegerIn(times, 1, Number.MAX_SAFE_INTEGER)) {
    return invalid('times must be a positive integer')
  }
  if (
    mode === undefined &&
    status === undefined &&
    !drop &&
    !delayMs &&
    cors !== false
  ) {
    return invalid('give mode, status, drop, delayMs or cors: false')
  }

  return {
    ok: true,
    value: {
      clientIdentifier,
      part,
      method,
      path: path.split('?')[0] ?? path,
      mode,
      retryAfterSeconds,
      status,
      body: answer,
      contentType,
      headers,
      delayMs,
      drop,
      cors,
      times,
    },
  }
}

/**
 * @param {unknown} body
 * @returns {Parsed<{ refuse: boolean, clientIdentifier?: string }>}
 */
export function parseCorsRefusal(body) {
  if (!isRecord(body)) return invalid('expected a JSON object')
  const { refuse, clientIdentifier } = body

  if (typeof refuse !== 'boolean')
    return invalid('refuse must be true or false')
  if (clientIdentifier !== undefined && !isText(clientIdentifier)) {
    return invalid('clientIdentifier must be a string')
  }
  return { ok: true, value: { refuse, clientIdentifier } }
}

/**
 * @param {unknown} body
 * @returns {Parsed<NewAccount>}
 */
export function parseNewAccount(body) {
  if (!isRecord(body)) return invalid('expected a JSON object')
  const { email, username, password, twoFactorCode, recoveryCodes } = body
  const { emailOnlyAuth } = body

  if (!isText(email)) return invalid('email is required')
  if (typeof password !== 'string' || password === '') {
    return invalid('password is required')
  }
  if (username !== undefined && typeof username !== 'string') {
    return invalid('username must be a string')
  }
  if (twoFactorCode !== undefined && !isText(twoFactorCode)) {
    return invalid('twoFactorCode must be a string')
  }
  const isCodeList =
    Array.isArray(recoveryCodes) && recoveryCodes.every((code) => isText(code))
  if (recoveryCodes !== undefined && !isCodeList) {
    return invalid('recoveryCodes must be a list of strings')
  }
  if (emailOnlyAuth !== undefined && typeof emailOnlyAuth !== 'boolean') {
    return invalid('emailOnlyAuth must be true or false')
  }

  return {
    ok: true,
    value: {
      email,
      username,
      password,
      twoFactorCode,
      recoveryCodes: /** @type {string[] | undefined} */ (recoveryCodes),
      emailOnlyAuth,
    },
  }
}

/**
 * @param {unknown} body
 * @returns {Parsed<ServerChange>}
 */
export function parseServerChange(body) {
  if (!isRecord(body)) return invalid('expected a JSON object')
  const { part, version, appPlexTvOnly } = body

  if (!isServerPart(part)) {
    return invalid('part must be demo-server or friend-server')
  }
  const isVersion =
    typeof version === 'string' &&
    /^\d+\.\d+\.\d+(\.\d+)?(-\w+)?$/.test(version)
  if (version !== undefined && version !== null && !isVersion) {
    return invalid('version must look like 1.41.3.9314-a0bfb8370, or be null')
  }
  if (appPlexTvOnly !== undefined && typeof appPlexTvOnly !== 'boolean') {
    return invalid('appPlexTvOnly must be true or false')
  }

  return { ok: true, value: { part, version, appPlexTvOnly } }
}

/**
 * @param {unknown} body
 * @returns {Parsed<{ clientIdentifier: string, id?: number }>}
 */
export function parsePinExpiry(body) {
  if (!isRecord(body)) return invalid('expected a JSON object')
  const { clientIdentifier, id } = body

  if (!isText(clientIdentifier)) return invalid('clientIdentifier is required')
  if (id !== undefined && !isIntegerIn(id, 1, Number.MAX_SAFE_INTEGER)) {
    return invalid('id must be a PIN id')
  }
  return { ok: true, value: { clientIdentifier, id } }
}

/**
 * @param {unknown} body
 * @returns {Parsed<{ clientIdentifier: string, code?: string, email: string }>}
 */
export function parsePinApproval(body) {
  if (!isRecord(body)) return invalid('expected a JSON object')
  const { clientIdentifier, code, email } = body

  if (!isText(clientIdentifier)) return invalid('clientIdentifier is required')
  if (code !== undefined && !isText(code)) {
    return invalid('code must be a string')
  }
  if (!isText(email)) return invalid('email is required')
  return { ok: true, value: { clientIdentifier, code, email } }
}

/**
 * @param {unknown} body
 * @returns {Parsed<{ advanceSeconds: number }>}
 */
export function parseClockChange(body) {
  if (!isRecord(body)) return invalid('expected a JSON object')
  const { advanceSeconds } = body

  if (!isIntegerIn(advanceSeconds, 1, 10 * 365 * 24 * 3600)) {
    return invalid('advanceSeconds must be a positive whole number')
  }
  return { ok: true, value: { advanceSeconds } }
}

/** @param {string} error */
function invalid(error) {
  return /** @type {const} */ ({ ok: false, error })
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, string>}
 */
function isStringRecord(value) {
  return (
    isRecord(value) && Object.values(value).every((v) => typeof v === 'string')
  )
}

/**
 * @param {unknown} value
 * @returns {value is string}
 */
function isText(value) {
  return typeof value === 'string' && value !== ''
}

/**
 * @param {unknown} value
 * @param {number} min
 * @param {number} max
 * @returns {value is number}
 */
function isIntegerIn(value, min, max) {
  return Number.isInteger(value) && Number(value) >= min && Number(value) <= max
}
