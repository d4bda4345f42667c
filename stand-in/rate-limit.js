// @ts-check

/**
 * Counts hits per key in a sliding window.
 * @param {{ limit: number, windowMs: number }} options
 */
export function createRateLimiter({ limit, windowMs }) {
  /** @type {Map<string, number[]>} */
  const hits = new Map()

  return {
    /**
     * Records a hit unless the key is over its limit.
     * @param {string} key
     * @returns {{ ok: true } | { ok: false, retryAfterSeconds: number }}
     */
    hit(key) {
      const now = Date.now()
      const recent = (hits.get(key) ?? []).filter((t) => t > now - windowMs)
      hits.set(key, recent)

      const oldest = recent[0]
      if (recent.length >= limit && oldest !== undefined) {
        const waitMs = oldest + windowMs - now
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
        }
      }

      recent.push(now)
      return { ok: true }
    },

    reset() {
      hits.clear()
    },
  }
}

/** @typedef {ReturnType<typeof createRateLimiter>} RateLimiter */

/**
 * Blocks a key for a while after too many failures in a row.
 * @param {{ maxFailures: number, blockMs: number }} options
 */
export function createFailureBlocker({ maxFailures, blockMs }) {
  /** @type {Map<string, { failures: number, blockedUntil: number }>} */
  const keys = new Map()

  return {
    /** @param {string} key */
    isBlocked(key) {
      const entry = keys.get(key)
      if (!entry || entry.blockedUntil === 0) return false
      if (entry.blockedUntil > Date.now()) return true

      keys.delete(key)
      return false
    },

    /** @param {string} key */
    fail(key) {
      const entry = keys.get(key) ?? { failures: 0, blockedUntil: 0 }
      entry.failures += 1
      if (entry.failures >= maxFailures)
        entry.blockedUntil = Date.now() + blockMs
      keys.set(key, entry)
    },

    /** @param {string} key */
    succeed(key) {
      keys.delete(key)
    },

    reset() {
      keys.clear()
    },
  }
}

/** @typedef {ReturnType<typeof createFailureBlocker>} FailureBlocker */
