import * as z from 'zod/mini'
import { isWellFormedToken } from '../session/token-format.ts'
import { FlexibleNumber, lenient, unwrapXmlRoot } from './lenient-schema.ts'

// NOTE: only id and code are required. Without a numeric id there is
// nothing to poll, and without a code nothing to show or send to Plex's
// page; every other field reads as undefined when odd (PLEX-API.md §6, §7).

const PinId = z.pipe(
  FlexibleNumber,
  z.number().check(z.refine((id) => Number.isSafeInteger(id) && id > 0)),
)

// Plex's codes are letters and digits; anything else would end up in a URL.
const PinCode = z.string().check(z.regex(/^[A-Za-z0-9]{1,64}$/))

const Token = z
  .string()
  .check(z.refine(isWellFormedToken, 'not a well-formed token'))

const PinFieldsSchema = z.object({
  id: PinId,
  code: PinCode,
  // null until someone approves the PIN.
  authToken: lenient(Token),
  expiresIn: lenient(FlexibleNumber),
  createdAt: lenient(z.string()),
  expiresAt: lenient(z.string()),
})

/**
 * A PIN from `POST /api/v2/pins` or `GET /api/v2/pins/{id}`, JSON or XML
 * (`<pin …>`), reduced to what polling needs. The location plex.tv guessed
 * for the caller is dropped.
 */
export const PlexPinSchema = z.pipe(
  z.pipe(unwrapXmlRoot('pin'), PinFieldsSchema),
  z.transform(({ id, code, authToken, expiresIn, createdAt, expiresAt }) => ({
    id,
    code,
    authToken,
    secondsLeft: expiresIn ?? secondsBetween(createdAt, expiresAt),
  })),
)

/** A parsed PIN; see PlexPinSchema. */
export type PlexPin = z.output<typeof PlexPinSchema>

function secondsBetween(
  from: string | undefined,
  to: string | undefined,
): number | undefined {
  const seconds = (Date.parse(to ?? '') - Date.parse(from ?? '')) / 1000
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined
}
