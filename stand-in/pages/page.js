// @ts-check
/* global document, HTMLElement */

// What both stand-in pages share: requests to their own origin, plex.tv's
// error codes in words, and showing one step at a time.

/**
 * What a request came back with. `code` is plex.tv's error code, if any.
 * @typedef {{
 *   ok: boolean,
 *   status: number,
 *   code: number | null,
 *   body: any,
 *   retryAfter: number | null,
 * }} Answer
 */

/**
 * A request to the page's own origin, as a Plex web client sends one.
 * @param {string} path
 * @param {{
 *   clientIdentifier: string,
 *   method?: string,
 *   token?: string,
 *   form?: Record<string, string>,
 * }} options
 * @returns {Promise<Answer>}
 */
export async function request(
  path,
  { clientIdentifier, method = 'GET', token, form },
) {
  /** @type {Record<string, string>} */
  const headers = {
    Accept: 'application/json',
    'X-Plex-Client-Identifier': clientIdentifier,
    'X-Plex-Product': 'Plex Web',
  }
  if (token) headers['X-Plex-Token'] = token

  try {
    const response = await fetch(path, {
      method,
      headers,
      body: form ? new URLSearchParams(form) : undefined,
    })
    const body = await response.json().catch(() => null)
    return {
      ok: response.ok,
      status: response.status,
      code: body?.errors?.[0]?.code ?? null,
      body,
      retryAfter: Number(response.headers.get('Retry-After')) || null,
    }
  } catch {
    return { ok: false, status: 0, code: null, body: null, retryAfter: null }
  }
}

/**
 * A sentence for a failed answer.
 * @param {Answer} answer
 */
export function messageFor(answer) {
  switch (answer.code) {
    case 1001:
      return 'Email, username or password not accepted.'
    case 1003:
      return `Too many attempts. Try again in ${answer.retryAfter ?? 60} seconds.`
    case 1028:
      return 'That verification code was not accepted. Try again.'
    case 1029:
      return 'This account uses two-factor authentication: enter the code from your authenticator app, or a recovery code.'
    case 1030:
      return 'This account signs in with its email address only.'
    case 1031:
      return 'Too many failed attempts. Wait a few minutes, then try again.'
  }
  if (answer.status === 0) {
    return 'Could not reach Plex. Check your connection and try again.'
  }
  return `Something went wrong (HTTP ${answer.status}). Try again.`
}

/**
 * An element that must be on the page.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T }} type
 * @returns {T}
 */
export function element(id, type) {
  const found = document.getElementById(id)
  if (!(found instanceof type)) throw new Error(`#${id} is missing`)
  return found
}

/**
 * Shows the step with this id, hides the other `[data-step]` ones and
 * moves focus to the step's heading, so a screen reader reads it.
 * @param {string} id
 */
export function showStep(id) {
  for (const step of document.querySelectorAll('[data-step]')) {
    if (step instanceof HTMLElement) step.hidden = step.id !== id
  }
  const heading = element(id, HTMLElement).querySelector('h2')
  heading?.setAttribute('tabindex', '-1')
  heading?.focus()
}
