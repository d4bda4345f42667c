/**
 * Whether the browser would block a request to `url` from a page on
 * `pageProtocol` as mixed content: an https page calling a plain http
 * address. Loopback addresses count too: Safari blocks them.
 */
export function isMixedContent(
  url: string | URL,
  pageProtocol: string = globalThis.location.protocol,
): boolean {
  return pageProtocol === 'https:' && protocolOf(url) === 'http:'
}

function protocolOf(url: string | URL): string | undefined {
  if (url instanceof URL) return url.protocol
  try {
    return new URL(url).protocol
  } catch {
    return undefined
  }
}
