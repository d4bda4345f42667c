import { expect, test } from 'vitest'
import { isMixedContent } from './mixed-content.ts'

test.each([
  ['https:', 'http://192.168.1.20:32400', true],
  ['https:', 'http://127.0.0.1:32400', true],
  ['https:', new URL('http://a.example'), true],
  ['https:', 'https://a.example', false],
  ['http:', 'http://192.168.1.20:32400', false],
  ['http:', 'https://a.example', false],
  ['https:', 'not a url', false],
])('a %s page calling %s is mixed content: %s', (page, url, expected) => {
  expect(isMixedContent(url, page)).toBe(expected)
})

test('the page protocol defaults to this page (http under test)', () => {
  expect(isMixedContent('http://a.example')).toBe(false)
})
