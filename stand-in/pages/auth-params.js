// @ts-check

// The hosted sign-in page's parameters. Kept free of the DOM so the
// stand-in's tests can check them in Node.

/**
 * Reads the parameters from the URL fragment: `#?clientID=…&code=…&
 * context[device][product]=…[&forwardUrl=…]` as in Plex's docs, or `#!?…`
 * as python-plexapi and others write it.
 * @param {string} hash `location.hash`
 */
export function readAuthParams(hash) {
  const params = new URLSearchParams(hash.replace(/^#!?\??/, ''))
  return {
    clientID: params.get('clientID') ?? '',
    code: params.get('code') ?? '',
    product: params.get('context[device][product]') ?? '',
    forwardUrl: params.get('forwardUrl') ?? '',
  }
}

/**
 * Where to send the browser after approval: an absolute http or https URL.
 * Anything else is dropped, as Plex drops it, and the page stays.
 * @param {string} value
 * @returns {string | null}
 */
export function safeForwardUrl(value) {
  if (value === '') return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.href
      : null
  } catch {
    return null
  }
}
