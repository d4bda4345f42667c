// Addresses that only lead somewhere on the network they are used from:
// loopback, private and link-local ranges, shared address space (carrier
// NAT, Tailscale) and names only a local resolver knows.
const LOCAL_IPV4_RANGES: readonly [prefix: number[], bits: number][] = [
  [[0], 8],
  [[10], 8],
  [[100, 64], 10],
  [[127], 8],
  [[169, 254], 16],
  [[172, 16], 12],
  [[192, 168], 16],
]
const LOCAL_NAME_SUFFIXES = [
  '.localhost',
  '.local',
  '.lan',
  '.internal',
  '.home.arpa',
]
const PLEX_DIRECT = /^([0-9a-f-]+)\.[0-9a-f]+\.plex\.direct$/

/**
 * Whether an address's host can only be reached from its own network, so
 * that someone elsewhere given it gets nowhere (or somewhere else). A
 * plex.direct name counts as the address it spells (`192-168-1-20.…`).
 * Takes a URL's `hostname`: IPv6 in brackets, already canonical.
 */
export function isLocalNetworkHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  const plexDirect = PLEX_DIRECT.exec(host)
  if (plexDirect) return isLocalNetworkHost(spelledAddress(plexDirect[1]!))

  if (host.startsWith('[')) return isLocalIpv6(host.slice(1, -1))
  const ipv4 = ipv4Parts(host)
  if (ipv4) return isLocalIpv4(ipv4)
  if (host === 'localhost' || !host.includes('.')) return true
  return LOCAL_NAME_SUFFIXES.some((suffix) => host.endsWith(suffix))
}

/** `192-168-1-20` or `2001-db8--10` as a URL would write the address. */
function spelledAddress(label: string): string {
  if (/^\d{1,3}(?:-\d{1,3}){3}$/.test(label)) return label.replaceAll('-', '.')
  try {
    return new URL(`http://[${label.replaceAll('-', ':')}]`).hostname
  } catch {
    // Not an address: judge the label as a name, i.e. not local.
    return `${label}.plex.direct`
  }
}

function ipv4Parts(host: string): number[] | null {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) {
    return null
  }
  return parts.map(Number)
}

function isLocalIpv4(parts: readonly number[]): boolean {
  const value = parts.reduce((sum, part) => sum * 256 + part, 0)
  return LOCAL_IPV4_RANGES.some(([prefix, bits]) => {
    const start = [...prefix, 0, 0, 0]
      .slice(0, 4)
      .reduce((sum, part) => sum * 256 + part, 0)
    const size = 2 ** (32 - bits)
    return value >= start && value < start + size
  })
}

function isLocalIpv6(address: string): boolean {
  if (address === '::1' || address === '::') return true
  // fe80::/10 link-local, fc00::/7 unique local.
  if (/^fe[89ab]/.test(address) || /^f[cd]/.test(address)) return true
  // An IPv4 address in IPv6 form, as the URL parser writes it.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address)
  if (!mapped) return false
  const high = parseInt(mapped[1]!, 16)
  const low = parseInt(mapped[2]!, 16)
  return isLocalIpv4([high >> 8, high & 255, low >> 8, low & 255])
}
