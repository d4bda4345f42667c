// @ts-check
import { modeAnswer } from './failure-modes.js'
import { clientIdentifier } from './plex-params.js'

/** @import { Ctx, Middleware, PartName } from './types.js' */
/** @import { FailureMode } from './failure-modes.js' */

/**
 * An answer a test asked for instead of the real one.
 * @typedef {{
 *   part: PartName,
 *   clientIdentifier: string,
 *   method: string,
 *   path: string,
 *   mode?: FailureMode,
 *   retryAfterSeconds?: number,
 *   status?: number,
 *   body?: unknown,
 *   contentType?: string,
 *   headers?: Record<string, string>,
 *   delayMs?: number,
 *   drop?: boolean,
 *   cors?: boolean,
 *   times?: number,
 * }} FailureRule
 */

export function createFailureStore() {
  /** @type {FailureRule[]} */
  let rules = []

  return {
    /** @param {FailureRule} rule */
    add(rule) {
      rules.push({ ...rule, method: rule.method.toUpperCase() })
    },

    /** @param {string} id */
    clear(id) {
      const before = rules.length
      rules = rules.filter((rule) => rule.clientIdentifier !== id)
      return before - rules.length
    },

    /**
     * The first rule matching the request, used up by one.
     * @param {{ part: PartName, clientIdentifier: string, method: string, path: string }} request
     */
    take(request) {
      const rule = rules.find(
        (r) =>
          r.part === request.part &&
          r.clientIdentifier === request.clientIdentifier &&
          r.method === request.method &&
          r.path === request.path,
      )
      if (!rule) return undefined

      if (rule.times !== undefined) {
        rule.times -= 1
        if (rule.times <= 0) rules = rules.filter((r) => r !== rule)
      }
      return rule
    },
  }
}

/** @typedef {ReturnType<typeof createFailureStore>} FailureStore */

/**
 * @param {PartName} part
 * @param {FailureStore} store
 * @returns {Middleware}
 */
export function injectFailures(part, store) {
  return async (c, next) => {
    const id = clientIdentifier(c)
    const rule =
      id && c.req.method !== 'OPTIONS'
        ? store.take({
            part,
            clientIdentifier: id,
            method: c.req.method,
            path: c.req.path,
          })
        : undefined
    if (!rule) return next()

    if (rule.delayMs) await sleep(rule.delayMs)
    if (rule.drop || rule.mode === 'dropped') return dropConnection(c)
    if (rule.mode === 'hang') return hang(c)
    if (rule.cors === false) c.set('cors', false)
    if (rule.mode === '200-xml') {
      // The real answer, as plex.tv and servers send it without Accept.
      c.set('forceXml', true)
      return next()
    }

    if (rule.mode !== undefined) {
      c.set('injected', true)
      const { retryAfterSeconds } = rule
      return modeAnswer(c, part, rule.mode, { retryAfterSeconds })
    }
    if (rule.status === undefined) return next()

    c.set('injected', true)
    return injectedResponse(rule, rule.status)
  }
}

/**
 * Answers nothing until the client gives up and closes the connection (or
 * the stand-in stops), however long its timeout.
 * @param {Ctx} c
 */
async function hang(c) {
  c.set('hung', true)
  const request = c.req.raw
  // NOTE: the Request itself is held until it ends. Node's Request stops
  // passing on its caller's abort once the Request object has been garbage
  // collected (nodejs/node#55428), and the hang would then never end.
  hanging.add(request)
  try {
    if (!request.signal.aborted) {
      await new Promise((resolve) => {
        request.signal.addEventListener('abort', resolve, { once: true })
      })
    }
  } finally {
    hanging.delete(request)
  }
  // Nobody is left to read this.
  return new Response(null, { status: 504 })
}

/** Requests being hung (see hang). */
const hanging = new Set()

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

/** @param {Ctx} c */
function dropConnection(c) {
  c.set('dropped', true)
  const socket = c.env?.incoming?.socket
  // Without a socket (app.request() in tests) a network error is the
  // closest answer there is.
  if (!socket) return Response.error()

  socket.destroy()
  return new Response(null, { status: 500 })
}

/**
 * @param {FailureRule} rule
 * @param {number} status
 */
function injectedResponse(rule, status) {
  const headers = new Headers(rule.headers)
  const hasNoBody = [204, 205, 304].includes(status) || rule.body === undefined
  if (hasNoBody) return new Response(null, { status, headers })

  const isText = typeof rule.body === 'string'
  const body = isText ? String(rule.body) : JSON.stringify(rule.body)
  const fallbackType = isText
    ? 'text/plain; charset=utf-8'
    : 'application/json; charset=utf-8'
  headers.set('Content-Type', rule.contentType ?? fallbackType)
  return new Response(body, { status, headers })
}
