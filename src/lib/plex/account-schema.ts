import * as z from 'zod/mini'
import { isWellFormedToken } from '../session/token-format.ts'
import {
  FlexibleBoolean,
  FlexibleNumber,
  FlexibleString,
  lenient,
  unwrapXmlRoot,
} from './lenient-schema.ts'

// NOTE: plex.tv's account object varies by account type and over time
// (PLEX-API.md §3, §14). Only authToken, id and uuid are required; every
// other field that fails its own check reads as undefined instead of
// failing the screen.

/** Unix seconds from a number, a numeric string or an ISO date. */
const UnixSeconds = z.union([
  FlexibleNumber,
  z.pipe(
    z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)))),
    z.transform((value) => Math.floor(Date.parse(value) / 1000)),
  ),
])

const HttpUrl = z.string().check(z.refine(isHttpUrl))

/** Strings from `["ios"]`, XML's `[{ id: "ios" }]` or one bare item; never fails. */
const StringList = z.pipe(
  z.optional(z.unknown()),
  z.transform((value): string[] => {
    const items: unknown[] = Array.isArray(value)
      ? value
      : value == null
        ? []
        : [value]
    return items.flatMap((item) => {
      if (typeof item === 'string') return [item]
      if (typeof item === 'number') return [String(item)]
      if (typeof item === 'object' && item !== null && 'id' in item) {
        const id = item.id
        return typeof id === 'string' ? [id] : []
      }
      return []
    })
  }),
)

const SubscriptionSchema = z.object({
  active: lenient(FlexibleBoolean),
  // Plex documents Active/Inactive but sends others; any text is kept.
  status: lenient(FlexibleString),
  plan: lenient(FlexibleString),
  subscribedAt: lenient(FlexibleString),
})

const AccountFieldsSchema = z.object({
  id: FlexibleNumber,
  uuid: z.pipe(FlexibleString, z.string().check(z.minLength(1))),
  authToken: z
    .string()
    .check(z.refine(isWellFormedToken, 'not a well-formed token')),
  username: lenient(FlexibleString),
  title: lenient(FlexibleString),
  email: lenient(z.string()),
  friendlyName: lenient(FlexibleString),
  thumb: lenient(HttpUrl),
  joinedAt: lenient(UnixSeconds),
  rememberExpiresAt: lenient(UnixSeconds),
  twoFactorEnabled: lenient(FlexibleBoolean),
  restricted: lenient(FlexibleBoolean),
  guest: lenient(FlexibleBoolean),
  home: lenient(FlexibleBoolean),
  homeAdmin: lenient(FlexibleBoolean),
  hasPassword: lenient(FlexibleBoolean),
  emailOnlyAuth: lenient(FlexibleBoolean),
  subscription: lenient(SubscriptionSchema),
  subscriptionDescription: lenient(FlexibleString),
  roles: StringList,
  entitlements: StringList,
})

/**
 * A Plex account as the screens use it, from `/api/v2/user` or sign-in, in
 * JSON or in XML (`<user …>`). Unknown fields, including other tokens in
 * `services`, are dropped here.
 */
export const PlexAccountSchema = z.pipe(
  unwrapXmlRoot('user'),
  AccountFieldsSchema,
)

/** A parsed Plex account; see PlexAccountSchema. */
export type PlexAccount = z.output<typeof PlexAccountSchema>

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}
