import * as z from 'zod/mini'
import { isWellFormedToken } from '../session/token-format.ts'
import { ConnectionListSchema } from './connection-schema.ts'
import {
  Flag,
  FlexibleBoolean,
  FlexibleNumber,
  FlexibleString,
  isRecord,
  lenient,
  listItems,
  NonEmptyString,
} from './lenient-schema.ts'

// NOTE: plex.tv's device list is known to differ from its specification
// (PLEX-API.md §9, §14): players have a null accessToken, the DNS flags go
// missing. Only clientIdentifier is required; see decision 002.

const ProvidesList = z.pipe(
  z.optional(z.unknown()),
  z.transform((value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '')
      : [],
  ),
)

const ResourceFieldsSchema = z.object({
  clientIdentifier: NonEmptyString,
  name: z.catch(FlexibleString, ''),
  provides: ProvidesList,
  product: lenient(FlexibleString),
  productVersion: lenient(FlexibleString),
  platform: lenient(FlexibleString),
  platformVersion: lenient(FlexibleString),
  device: lenient(FlexibleString),
  lastSeenAt: lenient(FlexibleString),
  ownerId: lenient(FlexibleNumber),
  sourceTitle: lenient(FlexibleString),
  publicAddress: lenient(FlexibleString),
  accessToken: z.catch(
    z.nullable(z.string().check(z.refine(isWellFormedToken))),
    null,
  ),
  owned: Flag,
  home: Flag,
  relay: Flag,
  presence: Flag,
  httpsRequired: Flag,
  publicAddressMatches: Flag,
  dnsRebindingProtection: lenient(FlexibleBoolean),
  natLoopbackSupported: lenient(FlexibleBoolean),
  connections: ConnectionListSchema,
})

/**
 * One device from plex.tv's `/api/v2/resources`, JSON or XML. Its
 * `accessToken` is the token for calls to this server (null for players);
 * unknown fields are dropped.
 */
export const PlexResourceSchema = z.pipe(
  z.transform((value: unknown) =>
    // Older XML repeats `<Connection/>` instead of wrapping `<connections>`.
    isRecord(value) && !('connections' in value) && 'Connection' in value
      ? { ...value, connections: value.Connection }
      : value,
  ),
  ResourceFieldsSchema,
)

/** A parsed plex.tv device; see PlexResourceSchema. */
export type PlexResource = z.output<typeof PlexResourceSchema>

/**
 * The device list as JSON (a bare array) or XML (`<resources><resource/>`,
 * or `<MediaContainer>` holding `<resource/>` or `<Device/>` items). Any
 * other body fails here, so a plex.tv fault never reads as "no servers".
 */
export const ResourceListSchema = z.pipe(
  z.transform(unwrapResourceList),
  z.array(z.unknown()),
)

function unwrapResourceList(body: unknown): unknown {
  if (Array.isArray(body) || !isRecord(body)) return body

  const keys = Object.keys(body)
  const root = keys.length === 1 ? body[keys[0]!] : undefined
  if (keys[0] === 'resources' && Array.isArray(root)) return root
  if (keys[0] !== 'resources' && keys[0] !== 'MediaContainer') return body
  if (!isRecord(root)) return root === '' ? [] : body

  const items = root.resource ?? root.Resource ?? root.Device
  if (items !== undefined) return listItems(items)
  return Number(root.size) === 0 ? [] : body
}
