const ADDED_ADDRESSES_KEY = 'plexkey.addedAddresses'
const MAX_SERVERS = 50
const MAX_ADDRESSES_PER_SERVER = 10
const MAX_URL_LENGTH = 2048
const SERVER_ID = /^[A-Za-z0-9_-]{1,128}$/

/** Addresses typed by hand, per server's client identifier, newest first. */
type AddedAddresses = Record<string, string[]>

// Used only when sessionStorage throws (blocked storage, private modes):
// the addresses then last as long as the page, as the token does.
let memory: AddedAddresses | null = null

/**
 * The addresses added by hand for one server in this tab, newest first.
 * Kept in sessionStorage so a reload keeps them; sign-out forgets them.
 */
export function readAddedAddresses(clientIdentifier: string): string[] {
  return addressesOf(readAll(), clientIdentifier)
}

/** Adds an address for a server (first, once); returns its new list. */
export function saveAddedAddress(
  clientIdentifier: string,
  url: string,
): string[] {
  const all = readAll()
  const addresses = [
    url,
    ...addressesOf(all, clientIdentifier).filter((known) => known !== url),
  ].slice(0, MAX_ADDRESSES_PER_SERVER)
  writeAll({ ...all, [clientIdentifier]: addresses })
  return addresses
}

/** Forgets every added address: part of ending a session. */
export function clearAddedAddresses(): void {
  memory = null
  try {
    sessionStorage.removeItem(ADDED_ADDRESSES_KEY)
  } catch {
    // Nothing was stored where storage cannot be reached.
  }
}

// Own properties only: an identifier such as `__proto__` finds nothing.
function addressesOf(all: AddedAddresses, clientIdentifier: string) {
  return Object.hasOwn(all, clientIdentifier) ? all[clientIdentifier]! : []
}

function readAll(): AddedAddresses {
  let text: string | null
  try {
    text = sessionStorage.getItem(ADDED_ADDRESSES_KEY)
  } catch {
    return memory ?? {}
  }
  if (text === null) return {}

  // NOTE: anything running in this origin can write storage, and a
  // server's token goes to the address that answers as that server: only
  // base URLs of our own shape are kept.
  let stored: unknown
  try {
    stored = JSON.parse(text)
  } catch {
    stored = null
  }
  const valid = validEntries(stored)
  if (valid === null) clearAddedAddresses()
  return valid ?? {}
}

function writeAll(all: AddedAddresses): void {
  try {
    sessionStorage.setItem(ADDED_ADDRESSES_KEY, JSON.stringify(all))
    memory = null
  } catch {
    memory = all
  }
}

function validEntries(stored: unknown): AddedAddresses | null {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return null
  }
  const entries = Object.entries(stored)
    .filter(([id]) => SERVER_ID.test(id))
    .slice(0, MAX_SERVERS)
    .map(([id, urls]): [string, string[]] => [
      id,
      Array.isArray(urls)
        ? urls.filter(isServerBaseUrl).slice(0, MAX_ADDRESSES_PER_SERVER)
        : [],
    ])
    .filter(([, urls]) => urls.length > 0)
  return Object.fromEntries(entries)
}

/** An http(s) origin and nothing else, as normalizeServerUrl writes one. */
function isServerBaseUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false
  try {
    const url = new URL(value)
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      `${url.protocol}//${url.host}` === value
    )
  } catch {
    return false
  }
}
