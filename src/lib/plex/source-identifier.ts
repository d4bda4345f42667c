/** How the sources screen shows a valid source. */
export const SOURCE_EXAMPLE =
  'server://0123456789abcdef0123456789abcdef01234567'

const MAX_SOURCE_LENGTH = 512
const SOURCE = /^(server|provider):\/\/(.*)$/i
const IDENTIFIER = /^[\x21-\x7e]+$/

/** A typed source, or the reason it cannot be one. */
export type SourceCheck =
  { ok: true; source: string } | { ok: false; reason: string }

/**
 * Checks a source for a source lookup: `server://<client identifier>` or
 * `provider://<identifier>`, trimmed, the prefix in lower case.
 */
export function checkSource(input: string): SourceCheck {
  const match = SOURCE.exec(input.trim())
  if (!match) {
    return {
      ok: false,
      reason: `Start the source with server:// or provider://, for example ${SOURCE_EXAMPLE}.`,
    }
  }

  const [, kind = '', identifier = ''] = match
  if (!IDENTIFIER.test(identifier) || identifier.length > MAX_SOURCE_LENGTH) {
    return {
      ok: false,
      reason: `Put the identifier right after ${kind.toLowerCase()}://, without spaces, for example ${SOURCE_EXAMPLE}.`,
    }
  }
  return { ok: true, source: `${kind.toLowerCase()}://${identifier}` }
}
