import { expect, test } from 'vitest'
import { unansweredSchemeHint } from './port-words.ts'

const typed = (url: string, port: number) =>
  ({ url, port, portSource: 'typed' }) as const

test('an http address blocked as mixed content suggests its https form', () => {
  expect(
    unansweredSchemeHint(
      typed('http://10.0.0.160:32400', 32400),
      'mixed-content',
    ),
  ).toBe(
    'From this https page only an https address can be tried: if the server (or a proxy in front of it) offers https there, try https://10.0.0.160:32400.',
  )
})

test('an https address refused or blocked suggests http, keeping a non-default port', () => {
  expect(
    unansweredSchemeHint(typed('https://plex.example.org', 443), 'unreachable'),
  ).toMatch(/try http:\/\/plex\.example\.org\.$/)
  expect(
    unansweredSchemeHint(
      typed('https://[fe80::1]:32400', 32400),
      'unreachable',
    ),
  ).toMatch(/try http:\/\/\[fe80::1\]:32400\.$/)
})

test.each([
  ['https://10.0.0.160:32400', 'timeout'],
  ['https://10.0.0.160:32400', 'wrong-server'],
  ['https://10.0.0.160:32400', 'failed'],
  ['http://10.0.0.160:32400', 'unreachable'],
  ['http://10.0.0.160:32400', 'timeout'],
] as const)(
  '%s, %s: the other scheme would not explain it, so nothing is suggested',
  (url, outcome) => {
    expect(unansweredSchemeHint(typed(url, 32400), outcome)).toBeNull()
  },
)
