import { parseXml, type XmlObject } from './xml.ts'

/** What an answer's body turned out to be. HTML is kept as a bare label. */
export type ResponseBody =
  | { format: 'json'; data: unknown }
  | { format: 'xml'; data: XmlObject }
  | { format: 'text'; text: string }
  | { format: 'html' }
  | { format: 'empty' }
  | { format: 'unreadable' }
  | { format: 'too-large' }

/**
 * The most of a body Plexkey reads. The largest answer it asks for is
 * plex.tv's device list, about 2 kB a device: even an account with a few
 * hundred devices stays far below 1 MiB. Past this, the answer is not one
 * Plexkey can use, and reading (then parsing) more would only hold up the
 * tab: a 5 MB body stops here after 2 MiB, without being parsed.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024

// Plain-text bodies are only searched for a phrase; a short prefix will do.
const MAX_TEXT_LENGTH = 1000
const HTML_START = /^(?:<!doctype html|<html[\s>])/i

/**
 * Reads an answer's body, at most MAX_BODY_BYTES of it, and sorts it as
 * readResponseBody does. Rejects as `fetch` does when the connection fails
 * or is aborted midway.
 */
export async function readResponse(response: Response): Promise<ResponseBody> {
  const declared = Number(response.headers.get('Content-Length'))
  if (declared > MAX_BODY_BYTES) {
    stopReading(response.body?.cancel())
    return { format: 'too-large' }
  }

  const text = await readCapped(response.body)
  if (text === undefined) return { format: 'too-large' }
  return readResponseBody(text, response.headers.get('Content-Type'))
}

// Not awaited: cancelling may settle only once the connection is torn down,
// and nothing here depends on it.
function stopReading(cancelled: Promise<void> | undefined): void {
  cancelled?.catch(() => undefined)
}

async function readCapped(
  body: ReadableStream<Uint8Array> | null,
): Promise<string | undefined> {
  if (!body) return ''

  const reader = body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()

    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      stopReading(reader.cancel())
      return undefined
    }
    text += decoder.decode(value, { stream: true })
  }
}

/**
 * Sorts a body by its Content-Type and, because Plex answers XML when it
 * ignores `Accept`, by how it starts: JSON, XML, HTML (captive portals,
 * proxies, media-server error pages), plain text or nothing.
 */
export function readResponseBody(
  text: string,
  contentType: string | null,
): ResponseBody {
  const type = contentType?.toLowerCase() ?? ''
  const body = text.replace(/^\uFEFF/, '').trim()

  if (body === '') return { format: 'empty' }
  if (type.includes('html') || HTML_START.test(body)) return { format: 'html' }

  if (type.includes('json') || body.startsWith('{') || body.startsWith('[')) {
    try {
      return { format: 'json', data: JSON.parse(body) as unknown }
    } catch {
      return { format: 'unreadable' }
    }
  }

  if (type.includes('xml') || body.startsWith('<')) {
    const data = parseXml(body)
    if (!data) return { format: 'unreadable' }
    if (Object.keys(data)[0]?.toLowerCase() === 'html')
      return { format: 'html' }
    return { format: 'xml', data }
  }

  return { format: 'text', text: body.slice(0, MAX_TEXT_LENGTH) }
}
