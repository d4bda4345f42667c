import { parseXml, type XmlObject } from './xml.ts'

/** What an answer's body turned out to be. HTML is kept as a bare label. */
export type ResponseBody =
  | { format: 'json'; data: unknown }
  | { format: 'xml'; data: XmlObject }
  | { format: 'text'; text: string }
  | { format: 'html' }
  | { format: 'empty' }
  | { format: 'unreadable' }

// Plain-text bodies are only searched for a phrase; a short prefix will do.
const MAX_TEXT_LENGTH = 1000
const HTML_START = /^(?:<!doctype html|<html[\s>])/i

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
