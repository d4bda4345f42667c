// @ts-check

/**
 * Which callers plex.tv refuses CORS to, as a misbehaving plex.tv (or one
 * that stopped admitting third-party origins) would: for everyone, or for
 * some client identifiers. A refused caller's answers carry no
 * Access-Control-Allow-Origin, so a browser on another origin sees a
 * network error; callers without an Origin (a relay) are not affected.
 */
export function createCorsRefusal() {
  let everyone = false
  /** @type {Set<string>} */
  const clients = new Set()

  return {
    /**
     * @param {boolean} refuse
     * @param {string} [clientIdentifier] everyone when left out
     */
    set(refuse, clientIdentifier) {
      if (clientIdentifier === undefined) everyone = refuse
      else if (refuse) clients.add(clientIdentifier)
      else clients.delete(clientIdentifier)
    },

    /**
     * Whether a request is refused. A preflight names no client
     * identifier: only a refusal for everyone refuses it.
     * @param {string | undefined} clientIdentifier
     */
    refuses(clientIdentifier) {
      return (
        everyone ||
        (clientIdentifier !== undefined && clients.has(clientIdentifier))
      )
    },

    reset() {
      everyone = false
      clients.clear()
    },

    view() {
      return { everyone, clientIdentifiers: [...clients] }
    },
  }
}

/** @typedef {ReturnType<typeof createCorsRefusal>} CorsRefusal */
