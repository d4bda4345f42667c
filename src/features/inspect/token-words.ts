import type {
  PastedTokenKind,
  TokenExtraction,
} from '../../lib/plex/pasted-token.ts'

const KIND_NAMES: Record<PastedTokenKind, string> = {
  account: 'a Plex account token',
  jwt: 'a Plex JWT (the newer kind of account token)',
  transient: 'a transient token from a Plex Media Server',
  claim: 'a server claim code',
}

export function describeKind(kind: PastedTokenKind): string {
  return KIND_NAMES[kind]
}

/** ", taken out of a link to …" — never the link itself, which holds the token. */
export function describeExtraction(extraction: TokenExtraction | null): string {
  if (!extraction) return ''
  switch (extraction.from) {
    case 'url':
      return `, taken out of a link to ${extraction.host}`
    case 'query-string':
      return ', taken out of a query string'
    case 'header':
      return ', taken out of an X-Plex-Token header'
    case 'curl':
      return ', taken out of a curl command'
  }
}
