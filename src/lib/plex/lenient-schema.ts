import * as z from 'zod/mini'

// NOTE: Plex answers vary by account, server version and format (PLEX-API.md
// §14): fields go missing, turn null, arrive as strings from XML. These
// pieces read a field leniently; see docs/decisions/002-lenient-schemas.md.

/** A field that reads as undefined when absent or when it fails `schema`. */
export function lenient<Schema extends z.ZodMiniType>(schema: Schema) {
  return z.catch(z.optional(schema), undefined)
}

export const FlexibleString = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value) => String(value)),
)

export const FlexibleNumber = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\s*-?\d+(?:\.\d+)?\s*$/))]),
  z.transform((value) => Number(value)),
)

/** `true`/`false`, `1`/`0` and their strings, as JSON and XML send them. */
export const FlexibleBoolean = z.pipe(
  z.union([z.boolean(), z.literal([0, 1, '0', '1', 'true', 'false'])]),
  z.transform(
    (value) =>
      value === true || value === 1 || value === '1' || value === 'true',
  ),
)

/** A flag that reads as false when absent or unreadable. */
export const Flag = z.catch(FlexibleBoolean, false)

/** A string with at least one character that is not whitespace. */
export const NonEmptyString = z.pipe(
  FlexibleString,
  z.string().check(z.refine((value) => value.trim() !== '')),
)

/**
 * The items of a list that arrives as an array, as one bare item (XML with a
 * single child, a JSON object where an array was documented) or not at all.
 * Items that fail `schema` are dropped, so one odd item never fails the list.
 */
export function lenientList<Schema extends z.ZodMiniType>(schema: Schema) {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((value): z.output<Schema>[] =>
      listItems(value).flatMap((item) => {
        const result = z.safeParse(schema, item)
        return result.success ? [result.data] : []
      }),
    ),
  )
}

/** An array as is, a single value as a one-item list, nothing as empty. */
export function listItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value as unknown[]
  return value === undefined || value === null || value === '' ? [] : [value]
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * plex.tv's JSON gives an object bare, its XML as the one root element
 * (`<user …>` reads as `{ user: {…} }`): this takes out that root.
 */
export function unwrapXmlRoot(name: string) {
  return z.transform((value: unknown) =>
    isRecord(value) && Object.keys(value).length === 1 && name in value
      ? value[name]
      : value,
  )
}
