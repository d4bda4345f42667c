// @ts-check
import { HOST } from '../config.js'
import { PUBLIC_ADDRESS } from './catalogue.js'

/** @import { ServerFacts } from './catalogue.js' */

const RELAY_PORT = 8443
const IPV6_ADDRESS = '2001:db8::10'

/**
 * One way to reach a server. Only the loopback ones answer here: the
 * plex.direct names do not resolve locally and the public, IPv6 and relay
 * addresses are documentation ranges, so a client has to race them, as it
 * would against a real server.
 * @typedef {{
 *   protocol: 'http' | 'https',
 *   address: string,
 *   port: number,
 *   uri: string,
 *   local: boolean,
 *   relay: boolean,
 *   IPv6: boolean,
 * }} Connection
 */

/** @typedef {{ https: boolean, relay: boolean, ipv6: boolean }} Include */

/**
 * The connections of a running server, local first, relay last. Without
 * https only plain http addresses are left (and the relay, which is https
 * only); the loopback http address is always there.
 * @param {ServerFacts} server
 * @param {number} port the port the server's part listens on
 * @param {Include} include
 * @returns {Connection[]}
 */
export function connectionsOf(server, port, include) {
  const hash = server.plexDirectHash
  /**
   * @param {string} address
   * @param {{ local?: boolean, relay?: boolean, IPv6?: boolean, at?: number }} flags
   * @returns {Connection}
   */
  const https = (
    address,
    { local = false, relay = false, IPv6 = false, at = port } = {},
  ) => ({
    protocol: 'https',
    address,
    port: at,
    uri: `https://${dashed(address)}.${hash}.plex.direct:${at}`,
    local,
    relay,
    IPv6,
  })
  /**
   * @param {string} address
   * @param {{ local?: boolean, IPv6?: boolean }} flags
   * @returns {Connection}
   */
  const http = (address, { local = false, IPv6 = false } = {}) => ({
    protocol: 'http',
    address,
    port,
    uri: `http://${IPv6 ? `[${address}]` : address}:${port}`,
    local,
    relay: false,
    IPv6,
  })

  return [
    include.https ? [https(HOST, { local: true })] : [],
    [http(HOST, { local: true })],
    [include.https ? https(PUBLIC_ADDRESS) : http(PUBLIC_ADDRESS)],
    include.ipv6
      ? [
          include.https
            ? https(IPV6_ADDRESS, { IPv6: true })
            : http(IPV6_ADDRESS, { IPv6: true }),
        ]
      : [],
    include.relay
      ? [https(server.relayAddress, { relay: true, at: RELAY_PORT })]
      : [],
  ].flat()
}

/**
 * plex.direct names carry the address with dashes for dots and colons.
 * @param {string} address
 */
function dashed(address) {
  return address.replaceAll(/[.:]/g, '-')
}
