const CURL_START = /^curl(?:\.exe)?\s/i
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i

/** What a curl command sends that may carry a token. */
export interface CurlParts {
  /** Each `-H`/`--header` value, as curl gets it. */
  headers: string[]
  /** Each address it asks for. */
  urls: string[]
}

/**
 * Reads a curl command as a POSIX shell would hand it to curl (quotes,
 * escapes and `\` line continuations, as dev tools' "Copy as cURL" writes
 * them). Null when the text is no curl command, or its quotes never close.
 */
export function readCurlCommand(text: string): CurlParts | null {
  if (!CURL_START.test(text)) return null
  const words = shellWords(text)
  if (!words) return null

  const parts: CurlParts = { headers: [], urls: [] }
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index]!
    if (word === '-H' || word === '--header') {
      const value = words[index + 1]
      if (value !== undefined) parts.headers.push(value)
      index += 1
    } else if (word.startsWith('--header=')) {
      parts.headers.push(word.slice('--header='.length))
    } else if (word.startsWith('-H')) {
      parts.headers.push(word.slice(2))
    } else if (word === '--url') {
      const value = words[index + 1]
      if (value !== undefined) parts.urls.push(value)
      index += 1
    } else if (URL_SCHEME.test(word)) {
      parts.urls.push(word)
    }
  }
  return parts
}

// TODO: a home-made shell word splitter, kept to the quoting dev tools'
// "Copy as cURL" writes. shell-quote's parse reads the same forms (tried:
// $'…' and \-newline continuations), but a quote that never closes is no
// error there, and this refusal is tested; it came late in the day it was
// written. Swap it in when this next changes, or when Windows (^) or
// PowerShell forms are asked for.
function shellWords(text: string): string[] | null {
  const words: string[] = []
  let word: string | null = null
  let index = 0

  while (index < text.length) {
    const char = text[index]!
    const next = text[index + 1]
    if (char === '\\' && (next === '\n' || next === '\r')) {
      // A line continuation: the command goes on on the next line.
      index += next === '\r' && text[index + 2] === '\n' ? 3 : 2
      continue
    }
    if (/\s/.test(char)) {
      if (word !== null) words.push(word)
      word = null
      index += 1
      continue
    }
    word ??= ''
    if (char === "'") {
      const end = text.indexOf("'", index + 1)
      if (end === -1) return null
      word += text.slice(index + 1, end)
      index = end + 1
    } else if (char === '"' || (char === '$' && next === "'")) {
      const quoted = readEscapedQuote(text, char === '$' ? index + 1 : index)
      if (!quoted) return null
      word += quoted.value
      index = quoted.end
    } else if (char === '\\') {
      word += next ?? ''
      index += 2
    } else {
      word += char
      index += 1
    }
  }
  if (word !== null) words.push(word)
  return words
}

/**
 * A "…" or $'…' string from `start` (its opening quote): a backslash keeps
 * the character after it. Enough for header values and addresses; escapes
 * such as \n stay as they are, and a token holds none.
 */
function readEscapedQuote(
  text: string,
  start: number,
): { value: string; end: number } | null {
  const quote = text[start]!
  let value = ''
  let index = start + 1
  while (index < text.length) {
    const char = text[index]!
    if (char === quote) return { value, end: index + 1 }
    if (char === '\\' && index + 1 < text.length) {
      value += text[index + 1]
      index += 2
    } else {
      value += char
      index += 1
    }
  }
  return null
}
