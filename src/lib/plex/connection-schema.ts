import * as z from 'zod/mini'
import {
  Flag,
  FlexibleNumber,
  FlexibleString,
  isRecord,
  lenient,
  lenientList,
} from './lenient-schema.ts'

const HttpUri = z
  .string()
  .check(z.refine((value) => parseHttpUrl(value) !== undefined))

const ConnectionFieldsSchema = z.object({
  uri: HttpUri,
  address: lenient(FlexibleString),
  port: lenient(FlexibleNumber),
  local: Flag,
  relay: Flag,
  IPv6: Flag,
})

/**
 * One address of a server, from plex.tv's resources or a server's source
 * lookup, in JSON or XML. Only `uri` is required: the protocol always comes
 * from it (it is what gets called), address and port when they are missing.
 */
export const PlexConnectionSchema = z.pipe(
  ConnectionFieldsSchema,
  z.transform((fields) => {
    const url = parseHttpUrl(fields.uri)!
    const isHttps = url.protocol === 'https:'
    return {
      protocol: isHttps ? ('https' as const) : ('http' as const),
      address: fields.address ?? url.hostname.replace(/^\[|\]$/g, ''),
      port: fields.port ?? (Number(url.port) || (isHttps ? 443 : 80)),
      uri: `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
      local: fields.local,
      relay: fields.relay,
      ipv6: fields.IPv6,
    }
  }),
)

/** A parsed server address; see PlexConnectionSchema. */
export type PlexConnection = z.output<typeof PlexConnectionSchema>

/**
 * A connection list as JSON (`connections: [...]`, `Connection: [...]`)
 * or XML (`<connections><connection/></connections>`, repeated
 * `<Connection/>`) carries it; unreadable connections are dropped.
 */
export const ConnectionListSchema = z.pipe(
  z.transform((value: unknown) =>
    isRecord(value) && !('uri' in value)
      ? (value.connection ?? value.Connection)
      : value,
  ),
  lenientList(PlexConnectionSchema),
)

function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value)
    const isHttp = url.protocol === 'http:' || url.protocol === 'https:'
    return isHttp && url.hostname && !url.username && !url.password
      ? url
      : undefined
  } catch {
    return undefined
  }
}
