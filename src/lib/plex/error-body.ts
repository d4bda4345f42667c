import type { ResponseBody } from './response-body.ts'

/** The Plex error code and text in a failed answer, when there were any. */
export interface PlexErrorBody {
  code?: number
  /** For matching only (e.g. "Invalid token"); never shown to a person. */
  text?: string
}

/**
 * Finds the first error in JSON `{"errors":[{code,message}]}`, its XML twin
 * `<errors><error code=… message=…/></errors>`, a text-only
 * `<errors><error>Invalid token</error></errors>`, `{"error":"…"}` or plain
 * text. HTML, empty and unreadable bodies give nothing.
 */
export function readPlexErrorBody(body: ResponseBody): PlexErrorBody {
  switch (body.format) {
    case 'json':
    case 'xml':
      return fromEntry(firstError(body.data))
    case 'text':
      return { text: body.text }
    default:
      return {}
  }
}

function firstError(data: unknown): unknown {
  if (!isRecord(data)) return undefined

  let entry = first(data.errors ?? data.error)
  // An XML <errors> holding a single unexpected child stays an object.
  if (isRecord(entry) && !('code' in entry) && !('message' in entry)) {
    entry = first(entry.error) ?? entry
  }
  return entry
}

function fromEntry(entry: unknown): PlexErrorBody {
  if (typeof entry === 'string') return { text: entry }
  if (!isRecord(entry)) return {}

  const result: PlexErrorBody = {}
  const code = toCode(entry.code)
  if (code !== undefined) result.code = code
  const text = entry.message ?? entry['#text'] ?? entry.error
  if (typeof text === 'string') result.text = text
  return result
}

function toCode(value: unknown): number | undefined {
  const code = typeof value === 'string' ? Number(value.trim()) : value
  return typeof code === 'number' && Number.isInteger(code) && code > 0
    ? code
    : undefined
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[])[0] : value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
