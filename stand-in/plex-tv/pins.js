// @ts-check
import { randomInt } from 'node:crypto'

/** @import { AccountFacts } from './demo-data.js' */
/** @import { SharedState } from '../state.js' */

const STRONG_LIFETIME_MS = 1800 * 1000
const SHORT_LIFETIME_MS = 900 * 1000
const STRONG_LENGTH = 25
const STRONG_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
// A short code is read off one screen and typed on another: no 0/O, 1/I/L.
const SHORT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const SHORT_LENGTH = 4
const FIRST_ID = 1000000001
// Expired PINs are kept a while (a poll still answers 1020 either way),
// then forgotten so a long run does not grow without bound.
const FORGET_AFTER_MS = 60 * 60 * 1000

// Synthetic, like everything else here: where plex.tv thinks the caller is.
const LOCATION = {
  code: 'US',
  european_union_member: false,
  continent_code: 'NA',
  country: 'United States',
  city: 'Exampleville',
  time_zone: 'America/New_York',
  postal_code: '00000',
  in_privacy_restricted_country: false,
  in_privacy_restricted_region: false,
  subdivisions: 'Example State',
  coordinates: '40.0000, -75.0000',
}

/**
 * A PIN as plex.tv keeps it. `claim` is set once an account approved it.
 * @typedef {{
 *   id: number,
 *   code: string,
 *   strong: boolean,
 *   product: string,
 *   clientIdentifier: string,
 *   createdAt: number,
 *   expiresAt: number,
 *   claim: { token: string, accountUuid: string } | null,
 * }} Pin
 */

/** @param {{ now: () => number }} clock ms */
export function createPinStore({ now }) {
  /** @type {Map<number, Pin>} */
  const pins = new Map()
  let nextId = FIRST_ID

  /** @param {Pin} pin */
  const isAlive = (pin) => now() < pin.expiresAt

  const forgetOld = () => {
    for (const [id, pin] of pins) {
      if (pin.expiresAt + FORGET_AFTER_MS < now()) pins.delete(id)
    }
  }

  const newShortCode = () => {
    const taken = new Set(
      [...pins.values()]
        .filter((pin) => !pin.strong && isAlive(pin))
        .map((pin) => pin.code),
    )
    let code = randomCode(SHORT_ALPHABET, SHORT_LENGTH)
    while (taken.has(code)) code = randomCode(SHORT_ALPHABET, SHORT_LENGTH)
    return code
  }

  return {
    /**
     * @param {{ clientIdentifier: string, product: string, strong: boolean }} input
     * @returns {Pin}
     */
    create({ clientIdentifier, product, strong }) {
      forgetOld()
      const createdAt = now()
      /** @type {Pin} */
      const pin = {
        id: nextId,
        code: strong
          ? randomCode(STRONG_ALPHABET, STRONG_LENGTH)
          : newShortCode(),
        strong,
        product,
        clientIdentifier,
        createdAt,
        expiresAt:
          createdAt + (strong ? STRONG_LIFETIME_MS : SHORT_LIFETIME_MS),
        claim: null,
      }
      nextId += 1
      pins.set(pin.id, pin)
      return pin
    },

    /**
     * A live PIN by id, for the client identifier that made it only.
     * @param {number} id
     * @param {string} clientIdentifier
     */
    find(id, clientIdentifier) {
      const pin = pins.get(id)
      const isTheirs = pin?.clientIdentifier === clientIdentifier
      return pin && isTheirs && isAlive(pin) ? pin : undefined
    },

    /**
     * A live PIN by its code. A short code matches in any case; a strong
     * one exactly. With `clientIdentifier`, only that client's PIN; with
     * `shortOnly`, only a 4-character one (what plex.tv/link takes).
     * @param {string} code
     * @param {{ clientIdentifier?: string, shortOnly?: boolean }} [options]
     */
    findByCode(code, { clientIdentifier, shortOnly = false } = {}) {
      return [...pins.values()].find(
        (pin) =>
          isAlive(pin) &&
          (pin.strong ? pin.code === code : pin.code === code.toUpperCase()) &&
          !(shortOnly && pin.strong) &&
          (clientIdentifier === undefined ||
            pin.clientIdentifier === clientIdentifier),
      )
    },

    /**
     * Every live PIN of a client identifier, newest first.
     * @param {string} clientIdentifier
     */
    ofClient(clientIdentifier) {
      return [...pins.values()]
        .filter(
          (pin) => pin.clientIdentifier === clientIdentifier && isAlive(pin),
        )
        .reverse()
    },

    /**
     * @param {Pin} pin
     * @param {{ token: string, accountUuid: string }} claim
     */
    claim(pin, claim) {
      pin.claim = claim
    },

    /**
     * Ends a client's live PINs now (or just the one with `id`).
     * @param {string} clientIdentifier
     * @param {number} [id]
     */
    expire(clientIdentifier, id) {
      const ended = this.ofClient(clientIdentifier).filter(
        (pin) => id === undefined || pin.id === id,
      )
      for (const pin of ended) pin.expiresAt = now()
      return ended.length
    },
  }
}

/** @typedef {ReturnType<typeof createPinStore>} PinStore */

/**
 * Claims an open PIN for an account. The PIN gets a token of its own,
 * minted as sign-in mints one (remembered), so it works wherever the
 * account's tokens work. A PIN is claimed once.
 * @param {SharedState} state
 * @param {Pin} pin
 * @param {AccountFacts} account
 */
export function approvePin(state, pin, account) {
  if (pin.claim) return undefined

  const session = state.sessions.mint(account, true)
  state.pins.claim(pin, { token: session.token, accountUuid: account.uuid })
  return session
}

/**
 * The Pin object plex.tv answers, in its field order.
 * @param {Pin} pin
 * @param {{ now: number, plexTvUrl: string }} context
 */
export function pinView(pin, { now, plexTvUrl }) {
  return {
    id: pin.id,
    code: pin.code,
    product: pin.product,
    trusted: false,
    qr: `${plexTvUrl}/api/v2/pins/qr/${pin.code}`,
    clientIdentifier: pin.clientIdentifier,
    location: { ...LOCATION },
    expiresIn: Math.max(0, Math.ceil((pin.expiresAt - now) / 1000)),
    createdAt: isoSeconds(pin.createdAt),
    expiresAt: isoSeconds(pin.expiresAt),
    authToken: pin.claim?.token ?? null,
    newRegistration: pin.claim ? false : null,
  }
}

/**
 * @param {string} alphabet
 * @param {number} length
 */
function randomCode(alphabet, length) {
  let code = ''
  for (let i = 0; i < length; i += 1)
    code += alphabet[randomInt(alphabet.length)]
  return code
}

/**
 * plex.tv writes times to the second: 2026-01-01T12:00:00Z.
 * @param {number} ms
 */
export function isoSeconds(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
