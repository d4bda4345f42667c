import * as z from 'zod/mini'
import { isWellFormedToken } from '../session/token-format.ts'
import { ConnectionListSchema } from './connection-schema.ts'
import {
  FlexibleBoolean,
  FlexibleString,
  isRecord,
  lenient,
  listItems,
  NonEmptyString,
} from './lenient-schema.ts'

// NOTE: a media server answers XML unless it honours Accept, and its JSON
// differs from the specification (PLEX-API.md §4, §5, §14): a MediaContainer
// child may be one object or an array, booleans true, 1 or "1".

const TRANSIENT_PREFIX = 'transient-'
const MAX_TRANSIENT_LENGTH = 256
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/

/** Whether a value looks like a transient token a media server hands out. */
export function isTransientToken(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.startsWith(TRANSIENT_PREFIX) &&
    value.length > TRANSIENT_PREFIX.length &&
    value.length <= MAX_TRANSIENT_LENGTH &&
    PRINTABLE_ASCII.test(value)
  )
}

/** `/identity`: who answers at an address. */
export const ServerIdentitySchema = z.pipe(
  z.object({
    MediaContainer: z.object({
      machineIdentifier: NonEmptyString,
      version: lenient(FlexibleString),
      claimed: lenient(FlexibleBoolean),
    }),
  }),
  z.transform(({ MediaContainer }) => MediaContainer),
)

/** What `/identity` says about a server. */
export type ServerIdentity = z.output<typeof ServerIdentitySchema>

/** `/security/token`: `MediaContainer.token`, checked to be transient. */
export const TransientTokenSchema = z.pipe(
  z.object({
    MediaContainer: z.object({
      token: z.string().check(z.refine(isTransientToken)),
    }),
  }),
  z.transform(({ MediaContainer }) => MediaContainer.token),
)

/** Any MediaContainer: what an authenticated route answers a good token. */
export const MediaContainerSchema = z.object({
  MediaContainer: z.union([z.object({}), z.string()]),
})

const SourceDeviceFieldsSchema = z.object({
  clientIdentifier: NonEmptyString,
  name: z.catch(FlexibleString, ''),
  accessToken: z.catch(
    z.nullable(z.string().check(z.refine(isWellFormedToken))),
    null,
  ),
  Connection: ConnectionListSchema,
})

const SourceDeviceSchema = z.pipe(
  z.pipe(
    z.transform((value: unknown) =>
      isRecord(value) && !('Connection' in value)
        ? { ...value, Connection: value.connections }
        : value,
    ),
    SourceDeviceFieldsSchema,
  ),
  z.transform(({ Connection, ...device }) => ({
    ...device,
    connections: Connection,
  })),
)

/** A source as `/security/resources` describes it; see getSourceConnectionInformation. */
export type SourceDevice = z.output<typeof SourceDeviceSchema>

/**
 * `/security/resources`: the first `Device` (one object or an array), or
 * null when the server does not know the source (`size="0"`).
 */
export const SourceLookupSchema = z.pipe(
  z.pipe(
    z.object({
      MediaContainer: z.union([
        z.object({ Device: z.optional(z.unknown()) }),
        z.literal(''),
      ]),
    }),
    z.transform(({ MediaContainer }): unknown =>
      MediaContainer === ''
        ? null
        : (listItems(MediaContainer.Device)[0] ?? null),
    ),
  ),
  z.nullable(SourceDeviceSchema),
)
