// @ts-check

/**
 * The stand-in's clock: a base clock (Date.now, or a test's own) plus an
 * offset that a test control can move forward. It is one clock for every
 * part and every client, so moving it is a global change.
 * @param {() => number} base ms
 */
export function createClock(base) {
  let offsetMs = 0

  return {
    /** @returns {number} ms */
    now: () => base() + offsetMs,

    /** @param {number} ms */
    advance(ms) {
      offsetMs += ms
    },

    reset() {
      offsetMs = 0
    },

    offsetMs: () => offsetMs,
  }
}

/** @typedef {ReturnType<typeof createClock>} Clock */
