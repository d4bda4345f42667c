// @ts-check

/** @import { PartName } from './types.js' */

export const HOST = '127.0.0.1'
export const DEFAULT_PORT = 32410

/** @type {readonly { name: PartName, offset: number }[]} */
export const PARTS = [
  { name: 'plex.tv', offset: 0 },
  { name: 'app', offset: 1 },
  { name: 'demo-server', offset: 2 },
  { name: 'friend-server', offset: 3 },
]

/**
 * @param {unknown} name
 * @returns {name is PartName}
 */
export function isPartName(name) {
  return PARTS.some((part) => part.name === name)
}

/**
 * @param {number} basePort
 * @returns {Record<PartName, number>}
 */
export function partPorts(basePort) {
  const entries = PARTS.map((part) => [part.name, basePort + part.offset])
  return /** @type {Record<PartName, number>} */ (Object.fromEntries(entries))
}

/**
 * @param {number} basePort
 * @returns {Record<PartName, string>}
 */
export function partUrls(basePort) {
  const entries = Object.entries(partPorts(basePort)).map(([name, port]) => [
    name,
    `http://${HOST}:${port}`,
  ])
  return /** @type {Record<PartName, string>} */ (Object.fromEntries(entries))
}

/**
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 */
export function readConfig(argv, env) {
  const unknown = argv.filter((arg) => arg !== '--test')
  if (unknown.length > 0) {
    throw new Error(`unknown argument ${unknown[0]} (only --test is known)`)
  }

  const raw = env.PLEXKEY_STANDIN_PORT
  const basePort = raw ? Number(raw) : DEFAULT_PORT
  const lastOffset = PARTS[PARTS.length - 1]?.offset ?? 0
  if (!Number.isInteger(basePort) || basePort < 1) {
    throw new Error(`PLEXKEY_STANDIN_PORT must be a port number, not ${raw}`)
  }
  if (basePort + lastOffset > 65535) {
    throw new Error(
      `PLEXKEY_STANDIN_PORT leaves no room for ${PARTS.length} ports`,
    )
  }

  return { basePort, testMode: argv.includes('--test') }
}
