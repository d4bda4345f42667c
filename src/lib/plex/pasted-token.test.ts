import { describe, expect, it } from 'vitest'
import { classifyPastedToken, type PastedToken } from './pasted-token.ts'

const TOKEN = 'AbCdEfGh1234567890xy'
const JWT =
  'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJURVNUIn0.c2lnbmF0dXJlLXRlc3Q'
const TRANSIENT = 'transient-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d'
const CLAIM = 'claim-AbCdEfGhIjKlMnOpQrSt'
const PLEX_DIRECT_HOST =
  '192-168-1-20.0123456789abcdef0123456789abcdef.plex.direct:32400'

const recognised = (
  kind: string,
  token: string,
  extraction: unknown = null,
): PastedToken => ({ ok: true, kind, token, extraction }) as PastedToken
const fromUrl = (host: string) => ({ from: 'url', host })
const fromQueryString = { from: 'query-string' }
const fromHeader = { from: 'header' }
const fromCurl = { from: 'curl' }

describe('classifyPastedToken', () => {
  it.each([
    ['an account token', TOKEN, recognised('account', TOKEN)],
    [
      'an account token of another length',
      'AbCdEfGh12345',
      recognised('account', 'AbCdEfGh12345'),
    ],
    ['a Plex JWT', JWT, recognised('jwt', JWT)],
    ['a transient token', TRANSIENT, recognised('transient', TRANSIENT)],
    ['a server claim code', CLAIM, recognised('claim', CLAIM)],
    [
      'a short transient token',
      'transient-x',
      recognised('transient', 'transient-x'),
    ],
    [
      'a token with a trailing newline',
      `${TOKEN}\n`,
      recognised('account', TOKEN),
    ],
    [
      'a token with spaces and tabs around it',
      ` \t${TOKEN}\r\n `,
      recognised('account', TOKEN),
    ],
    ['a token in double quotes', `"${TOKEN}"`, recognised('account', TOKEN)],
    ['a token in single quotes', `'${TOKEN}'`, recognised('account', TOKEN)],
    [
      'a token in typographic quotes',
      `“${TOKEN}”`,
      recognised('account', TOKEN),
    ],
    [
      'a token in quotes with whitespace inside and out',
      ` " ${TOKEN} "\n`,
      recognised('account', TOKEN),
    ],
    [
      'a plex.direct URL holding X-Plex-Token',
      `https://${PLEX_DIRECT_HOST}/library/sections?X-Plex-Token=${TOKEN}`,
      recognised('account', TOKEN, fromUrl(PLEX_DIRECT_HOST)),
    ],
    [
      'a URL with a percent-encoded token',
      'http://10.0.0.2:32400/?X-Plex-Token=AbCd%2DEfGh%5F1234567890',
      recognised('account', 'AbCd-EfGh_1234567890', fromUrl('10.0.0.2:32400')),
    ],
    [
      'a URL whose parameter name is in another case',
      `https://plex.example.com/?x-plex-token=${TOKEN}`,
      recognised('account', TOKEN, fromUrl('plex.example.com')),
    ],
    [
      'a Plex Web URL with the token in its fragment',
      `https://app.plex.tv/desktop/#!/media?key=1&X-Plex-Token=${TOKEN}`,
      recognised('account', TOKEN, fromUrl('app.plex.tv')),
    ],
    [
      'a URL with the token straight after its #',
      `http://h/#X-Plex-Token=${TOKEN}`,
      recognised('account', TOKEN, fromUrl('h')),
    ],
    [
      'a URL with the token among other fragment parameters',
      `https://plex.example.com/web#a=1&X-Plex-Token=${TOKEN}`,
      recognised('account', TOKEN, fromUrl('plex.example.com')),
    ],
    [
      'a Plex Web URL holding the token after index.html#!',
      `https://${PLEX_DIRECT_HOST}/web/index.html#!/server/abc/details?key=%2Flibrary%2Fmetadata%2F1&X-Plex-Token=${TOKEN}`,
      recognised('account', TOKEN, fromUrl(PLEX_DIRECT_HOST)),
    ],
    [
      'the token alone after X-Plex-Token=',
      `X-Plex-Token=${TOKEN}`,
      recognised('account', TOKEN, fromQueryString),
    ],
    [
      'a header line from dev tools',
      `X-Plex-Token: ${TOKEN}`,
      recognised('account', TOKEN, fromHeader),
    ],
    [
      'a header line without a space, in another case',
      `x-plex-token:${JWT}`,
      recognised('jwt', JWT, fromHeader),
    ],
    [
      'a header as a curl line writes it',
      `-H 'X-Plex-Token: ${TOKEN}'`,
      recognised('account', TOKEN, fromHeader),
    ],
    [
      'a header with curl’s long option and double quotes',
      `--header "X-Plex-Token: ${TRANSIENT}"\n`,
      recognised('transient', TRANSIENT, fromHeader),
    ],
    [
      'a whole one-line curl command with a header',
      `curl -H 'X-Plex-Token: ${TOKEN}' http://127.0.0.1:32400/`,
      recognised('account', TOKEN, fromCurl),
    ],
    [
      'Chrome’s multi-line “Copy as cURL”',
      [
        `curl 'http://127.0.0.1:32400/library/sections' \\`,
        `  -H 'Accept: application/json' \\`,
        `  -H 'X-Plex-Token: ${JWT}' \\`,
        `  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64)' \\`,
        `  --compressed`,
      ].join('\n'),
      recognised('jwt', JWT, fromCurl),
    ],
    [
      'a curl command with --header, double quotes and Windows line ends',
      `curl --header "X-Plex-Token: ${TRANSIENT}" \\\r\n  "https://${PLEX_DIRECT_HOST}/"`,
      recognised('transient', TRANSIENT, fromCurl),
    ],
    [
      'a curl command with the token in its address',
      `curl -s 'https://${PLEX_DIRECT_HOST}/identity?X-Plex-Token=${TOKEN}'`,
      recognised('account', TOKEN, fromCurl),
    ],
    [
      'a curl command sending the same token twice',
      `curl -H$'X-Plex-Token: ${TOKEN}' "http://h/?X-Plex-Token=${TOKEN}"`,
      recognised('account', TOKEN, fromCurl),
    ],
    [
      'a URL holding a transient token',
      `http://127.0.0.1:32412/?X-Plex-Token=${TRANSIENT}`,
      recognised('transient', TRANSIENT, fromUrl('127.0.0.1:32412')),
    ],
    [
      'a bare query string',
      `?X-Plex-Token=${TOKEN}&foo=1`,
      recognised('account', TOKEN, fromQueryString),
    ],
    [
      'a query string without its question mark',
      `foo=1&X-Plex-Token=${JWT}`,
      recognised('jwt', JWT, fromQueryString),
    ],
    [
      'a quoted URL with a trailing newline',
      `"https://${PLEX_DIRECT_HOST}/?X-Plex-Token=${TOKEN}"\n`,
      recognised('account', TOKEN, fromUrl(PLEX_DIRECT_HOST)),
    ],
    [
      'the same token twice in one URL',
      `https://plex.example.com/?X-Plex-Token=${TOKEN}&X-Plex-Token=${TOKEN}`,
      recognised('account', TOKEN, fromUrl('plex.example.com')),
    ],
  ])('recognises %s', (_, pasted, expected) => {
    expect(classifyPastedToken(pasted)).toEqual(expected)
  })

  it.each([
    ['nothing', '  \n ', /Paste a Plex token/],
    ['a line break inside', 'AbCdEfGh12\n34567890xy', /line break inside/],
    ['a carriage return inside', 'AbCdEfGh12\r34567890xy', /line break/],
    ['a space inside', 'AbCdEfGh12 34567890xy', /space inside/],
    ['a tab inside', 'AbCdEfGh12\t34567890xy', /space inside/],
    ['a header line with no token', 'X-Plex-Token: ', /header with no token/],
    [
      'a header line holding two words',
      `X-Plex-Token: ${TOKEN} ${TOKEN}`,
      /space inside/,
    ],
    [
      'a curl command without a token',
      `curl -H 'Accept: application/json' http://127.0.0.1:32400/`,
      /curl command sends no X-Plex-Token/,
    ],
    [
      'a curl command with two different tokens',
      `curl -H 'X-Plex-Token: ${TOKEN}' 'http://h/?X-Plex-Token=${TOKEN}zz'`,
      /curl command sends two different/,
    ],
    [
      'a curl command whose header holds two words',
      `curl -H 'X-Plex-Token: ${TOKEN} ${TOKEN}' http://h/`,
      /space inside/,
    ],
    [
      'a curl command whose quote never closes',
      `curl -H 'X-Plex-Token: ${TOKEN} http://h/`,
      /quote in it never closes/,
    ],
    [
      'a token broken over two lines',
      `${TOKEN}\n${TOKEN}`,
      /header line or a curl command/,
    ],
    [
      'a URL whose fragment has no token',
      'http://h/#X-Plex-Tokens=abc',
      /holds no/,
    ],
    [
      'a URL with a space inside',
      `https://plex.example.com/a b?X-Plex-Token=${TOKEN}`,
      /space inside/,
    ],
    [
      'an encoded line break inside the token',
      'https://plex.example.com/?X-Plex-Token=AbCdEfGh12%0A34567890',
      /line break inside/,
    ],
    ['a URL without a token', 'https://plex.example.com/web', /holds no/],
    [
      'an empty X-Plex-Token',
      'https://a.example/?X-Plex-Token=&b=1',
      /no token after/,
    ],
    [
      'two different tokens',
      `?X-Plex-Token=${TOKEN}&X-Plex-Token=${TOKEN}zz`,
      /two different/,
    ],
    ['something too short', 'AbCd12', /too short/],
    ['something far too long', 'A'.repeat(5000), /too long/],
    ['odd characters', 'AbCd/EfGh+1234567890=', /characters no Plex token/],
    ['non-ASCII letters', 'AbCdÉfGh1234567890xy', /characters no Plex token/],
    ['an unmatched quote', `"${TOKEN}`, /characters no Plex token/],
    ['a few emoji', '🔑🔑🔑', /characters no Plex token/],
    ['a short run of odd characters', 'AbC/', /characters no Plex token/],
    ['a short non-ASCII word', 'Grüße', /characters no Plex token/],
    [
      'a transient- prefix with nothing after it',
      'transient-',
      /only the start of a transient token/,
    ],
    [
      'the prefix alone in capitals',
      'TRANSIENT-',
      /only the start of a transient token/,
    ],
    [
      'a transient- prefix alone in a link',
      'http://10.0.0.2:32400/?X-Plex-Token=transient-',
      /only the start of a transient token/,
    ],
    ['a claim- prefix alone', 'claim-', /only the start of a claim code/],
  ])('refuses %s and says why', (_, pasted, reason) => {
    const result = classifyPastedToken(pasted)

    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toMatch(reason)
  })

  it('never quotes the pasted text in a reason', () => {
    const pasted = [
      'AbCdEfGh12\n34567890xy',
      'SECRETxSECRET/x',
      `https://plex.example.com/?X-Plex-Token=SECRET%20SECRET`,
      `curl -H 'X-Plex-Token: SECRETxSECRET' 'http://h/?X-Plex-Token=SECRETzz'`,
      `curl -H 'X-Plex-Token: SECRET SECRET http://h/`,
    ]

    const reasons = pasted.map((value) => {
      const result = classifyPastedToken(value)
      return result.ok ? '' : result.reason
    })

    expect(reasons.join(' ')).not.toMatch(/SECRET|AbCd|34567890/)
  })
})
