import { TOKEN_MAX_LENGTH, TOKEN_MIN_LENGTH } from '../session/token-format.ts'
import { readCurlCommand, type CurlParts } from './curl-command.ts'

/**
 * What a pasted token is, as far as its text tells: an account token, a
 * Plex JWT, a media server's transient token, or a server claim code.
 */
export type PastedTokenKind = 'account' | 'jwt' | 'transient' | 'claim'

/**
 * Where the token came from when it was inside a URL, a query string or an
 * HTTP header line.
 */
export type TokenExtraction =
  | { from: 'url'; host: string }
  | { from: 'query-string' }
  | { from: 'header' }
  | { from: 'curl' }

export type PastedToken =
  | {
      ok: true
      kind: PastedTokenKind
      token: string
      extraction: TokenExtraction | null
    }
  | { ok: false; reason: string }

const QUOTE_PAIRS = ['""', "''", '``', '“”', '‘’', '«»']
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i
const TOKEN_PARAMETER = 'x-plex-token'
// The header as dev tools or a curl line show it: `X-Plex-Token: …`, maybe
// with curl's `-H`/`--header` and its quotes in front.
const HEADER_LINE =
  /^(?:(?:-H|--header)\s*(["']?))?x-plex-token\s*:[ \t]*(.*?)[ \t]*\1$/i
const BASE64URL_PART = '[A-Za-z0-9_-]+'
const JWT = new RegExp(`^${BASE64URL_PART}(\\.${BASE64URL_PART}){2}$`)
const ACCOUNT_TOKEN = /^[A-Za-z0-9_-]+$/
const CLAIM_PREFIX = /^claim-./i
const TRANSIENT_PREFIX = /^transient-./i
const PREFIX_ALONE = /^(claim|transient)-$/i
// What fits in an HTTP header, as isWellFormedToken has it: anything else is
// no token of any kind.
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/

// NOTE: no reason may quote the pasted text: it is a secret, and reasons
// are shown on screen and could end up in a screenshot or bug report.
const REASONS = {
  empty: 'Paste a Plex token, or a link that holds one.',
  lineBreak:
    'There is a line break inside what you pasted. A Plex token is one unbroken line: it may have been wrapped when it was copied. Copy it again in one piece, or paste a whole link, an X-Plex-Token: … header line or a curl command that holds it.',
  space:
    'There is a space inside what you pasted. A Plex token has none: copy just the token, or a whole link, an X-Plex-Token: … header line or a curl command that holds it.',
  urlWithoutToken:
    'This link holds no X-Plex-Token, so there is no token in it to inspect.',
  emptyParameter: 'The link has X-Plex-Token= but no token after it.',
  emptyHeader: 'This is an X-Plex-Token header with no token after it.',
  twoTokens:
    'The link holds two different X-Plex-Token values. Paste the one you mean.',
  curlWithoutToken:
    'This curl command sends no X-Plex-Token, in a header or in its address, so there is no token in it to inspect.',
  curlTwoTokens:
    'This curl command sends two different X-Plex-Token values. Paste the one you mean.',
  curlUnreadable:
    'This looks like a curl command, but a quote in it never closes. Copy the whole command again, or just its X-Plex-Token: … header.',
  tooShort:
    'This is too short to be a Plex token (account tokens are usually 20 characters).',
  tooLong: 'This is far too long to be a Plex token.',
  transientPrefixAlone:
    'This is only the start of a transient token: nothing follows transient-. Copy the whole token.',
  claimPrefixAlone:
    'This is only the start of a claim code: nothing follows claim-. Copy the whole code.',
  oddCharacters:
    'This has characters no Plex token has. Account tokens are letters, digits, - and _; a Plex JWT adds two dots.',
} as const

/**
 * Recognises a pasted Plex token without sending anything: trims
 * surrounding whitespace and quotes, takes the token out of a URL or query
 * string holding `X-Plex-Token=` (in its query or its fragment), out of
 * an `X-Plex-Token:` header line or out of a curl command sending either,
 * and refuses whitespace inside.
 */
export function classifyPastedToken(pasted: string): PastedToken {
  const value = unwrap(pasted)
  if (value === '') return refuse('empty')
  const curl = readCurlCommand(value)
  if (curl) return classifyCurlParts(curl)
  if (/^curl(?:\.exe)?\s/i.test(value)) return refuse('curlUnreadable')
  const header = HEADER_LINE.exec(value)
  if (header) return classifyHeaderValue(unwrap(header[2] ?? ''))
  const whitespace = insideWhitespace(value)
  if (whitespace) return refuse(whitespace)

  if (!holdsTokenParameter(value)) return classifyBare(value, null)

  const extracted = extractFromLink(value)
  if (!extracted.ok) return extracted
  const token = extracted.token.trim()
  const tokenWhitespace = insideWhitespace(token)
  if (tokenWhitespace) return refuse(tokenWhitespace)
  return classifyBare(token, extracted.extraction)
}

// A curl command sends its token in a header or in its address; either
// way only the token is kept, the command is not.
function classifyCurlParts({ headers, urls }: CurlParts): PastedToken {
  const found = new Set<string>()
  for (const header of headers) {
    const line = HEADER_LINE.exec(header.trim())
    if (line) found.add(unwrap(line[2] ?? ''))
  }
  for (const url of urls) {
    if (!holdsTokenParameter(url)) continue
    const extracted = extractFromLink(url)
    if (extracted.ok) found.add(extracted.token.trim())
    else if (extracted.reason !== REASONS.urlWithoutToken) return extracted
  }

  const [token] = found
  if (token === undefined) return refuse('curlWithoutToken')
  if (found.size > 1) return refuse('curlTwoTokens')
  if (token === '') return refuse('emptyHeader')
  const whitespace = insideWhitespace(token)
  if (whitespace) return refuse(whitespace)
  return classifyBare(token, { from: 'curl' })
}

function classifyHeaderValue(token: string): PastedToken {
  if (token === '') return refuse('emptyHeader')
  const whitespace = insideWhitespace(token)
  if (whitespace) return refuse(whitespace)
  return classifyBare(token, { from: 'header' })
}

function unwrap(pasted: string): string {
  let value = pasted.trim()
  let pair = QUOTE_PAIRS.find((quotes) => isWrappedIn(value, quotes))
  while (pair) {
    value = value.slice(1, -1).trim()
    pair = QUOTE_PAIRS.find((quotes) => isWrappedIn(value, quotes))
  }
  return value
}

function isWrappedIn(value: string, [open, close]: string): boolean {
  return value.length >= 2 && value.startsWith(open!) && value.endsWith(close!)
}

function insideWhitespace(value: string): 'lineBreak' | 'space' | null {
  if (/[\n\r\u2028\u2029]/.test(value)) return 'lineBreak'
  if (/\s/.test(value)) return 'space'
  return null
}

function holdsTokenParameter(value: string): boolean {
  return (
    URL_SCHEME.test(value) ||
    value.startsWith('?') ||
    value.toLowerCase().includes(`${TOKEN_PARAMETER}=`)
  )
}

type Extracted =
  | { ok: true; token: string; extraction: TokenExtraction }
  | { ok: false; reason: string }

function extractFromLink(value: string): Extracted {
  const url = parseUrl(value)
  const extraction: TokenExtraction = url?.host
    ? { from: 'url', host: url.host }
    : { from: 'query-string' }
  // Tokens ride in fragments too: Plex Web keeps its own parameters after a
  // `?` inside it (`#!/media?key=…&X-Plex-Token=…`), others write
  // `#X-Plex-Token=…` straight away.
  const queries = url
    ? [url.search, url.hash.slice(1), afterQuestionMark(url.hash)]
    : [afterQuestionMark(value) ?? value]

  const found = new Set<string>()
  for (const query of queries) {
    if (!query) continue
    for (const [name, parameter] of new URLSearchParams(query)) {
      if (name.toLowerCase() === TOKEN_PARAMETER) found.add(parameter)
    }
  }

  const [token] = found
  if (token === undefined) return refuse('urlWithoutToken')
  if (found.size > 1) return refuse('twoTokens')
  if (token.trim() === '') return refuse('emptyParameter')
  return { ok: true, token, extraction }
}

function parseUrl(value: string): URL | null {
  if (!URL_SCHEME.test(value)) return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

function afterQuestionMark(text: string): string | undefined {
  const start = text.indexOf('?')
  return start === -1 ? undefined : text.slice(start + 1)
}

// What the text is decides first, its length after: three emoji are not a
// short token, and a bare "transient-" is no account token to send.
function classifyBare(
  token: string,
  extraction: TokenExtraction | null,
): PastedToken {
  const prefixAlone = PREFIX_ALONE.exec(token)?.[1]?.toLowerCase()
  if (prefixAlone === 'claim') return refuse('claimPrefixAlone')
  if (prefixAlone === 'transient') return refuse('transientPrefixAlone')

  const kind = kindOf(token)
  if (!kind) return refuse('oddCharacters')
  if (token.length < TOKEN_MIN_LENGTH) return refuse('tooShort')
  if (token.length > TOKEN_MAX_LENGTH) return refuse('tooLong')
  return { ok: true, kind, token, extraction }
}

function kindOf(token: string): PastedTokenKind | null {
  if (!PRINTABLE_ASCII.test(token)) return null
  if (CLAIM_PREFIX.test(token)) return 'claim'
  if (TRANSIENT_PREFIX.test(token)) return 'transient'
  if (JWT.test(token)) return 'jwt'
  if (ACCOUNT_TOKEN.test(token)) return 'account'
  return null
}

function refuse(reason: keyof typeof REASONS): {
  ok: false
  reason: string
} {
  return { ok: false, reason: REASONS[reason] }
}
