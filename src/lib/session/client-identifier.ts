const IDENTIFIER_KEY = 'plexkey.clientIdentifier'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// Read once per page: PIN sign-in polls must carry the identifier that
// created the PIN, even if storage is cleared in the meantime.
let identifier: string | undefined

/**
 * This browser's `X-Plex-Client-Identifier`: a random UUID made once and kept
 * in localStorage. Not a secret; plex.tv lists it under Authorized Devices.
 */
export function getClientIdentifier(): string {
  identifier ??= readOrCreate()
  return identifier
}

function readOrCreate(): string {
  try {
    const stored = localStorage.getItem(IDENTIFIER_KEY)
    if (stored !== null && UUID.test(stored)) return stored

    const created = randomUuid()
    localStorage.setItem(IDENTIFIER_KEY, created)
    return created
  } catch {
    return randomUuid()
  }
}

function randomUuid(): string {
  // randomUUID exists only in secure contexts; an http:// LAN address is not.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()

  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'))
  return [
    hex.slice(0, 4),
    hex.slice(4, 6),
    hex.slice(6, 8),
    hex.slice(8, 10),
    hex.slice(10, 16),
  ]
    .map((group) => group.join(''))
    .join('-')
}
