import { expect, test } from 'vitest'
import {
  MAX_BODY_BYTES,
  readResponse,
  readResponseBody,
} from './response-body.ts'

test('reads JSON by content type or by its first character', () => {
  expect(readResponseBody('{"a":1}', 'application/json')).toEqual({
    format: 'json',
    data: { a: 1 },
  })
  expect(readResponseBody('[1]', 'text/plain')).toEqual({
    format: 'json',
    data: [1],
  })
  expect(readResponseBody('\uFEFF {"a":1}', null)).toEqual({
    format: 'json',
    data: { a: 1 },
  })
})

test('reads XML by content type or by its first character', () => {
  expect(readResponseBody('<a b="1"/>', 'text/xml;charset=utf-8')).toEqual({
    format: 'xml',
    data: { a: { b: '1' } },
  })
  expect(readResponseBody('<?xml version="1.0"?><a/>', null)).toEqual({
    format: 'xml',
    data: { a: '' },
  })
})

test('labels HTML without keeping any of it', () => {
  const page = '<!DOCTYPE html><html><body>SENTINEL</body></html>'

  expect(readResponseBody(page, 'text/html')).toEqual({ format: 'html' })
  expect(readResponseBody(page, 'application/json')).toEqual({ format: 'html' })
  expect(readResponseBody('<html lang="en"></html>', null)).toEqual({
    format: 'html',
  })
  expect(
    readResponseBody(
      '<html xmlns="http://www.w3.org/1999/xhtml"/>',
      'text/xml',
    ),
  ).toEqual({ format: 'html' })
})

test('marks bodies that claim a format but break it as unreadable', () => {
  expect(readResponseBody('{"a":', 'application/json')).toEqual({
    format: 'unreadable',
  })
  expect(readResponseBody('nope', 'application/json')).toEqual({
    format: 'unreadable',
  })
  expect(readResponseBody('<a><b></a>', 'application/xml')).toEqual({
    format: 'unreadable',
  })
})

test('keeps a short prefix of plain text and notes empty bodies', () => {
  expect(readResponseBody('Invalid token', 'text/plain')).toEqual({
    format: 'text',
    text: 'Invalid token',
  })
  expect(readResponseBody('x'.repeat(5000), null)).toEqual({
    format: 'text',
    text: 'x'.repeat(1000),
  })
  expect(readResponseBody('  \n', 'application/json')).toEqual({
    format: 'empty',
  })
})

/** A body of `bytes` JSON bytes, sent in 64 KiB chunks; counts what was pulled. */
function streamedJson(bytes: number, headers: Record<string, string> = {}) {
  const text = `{"x":"${'a'.repeat(bytes - 8)}"}`
  const encoded = new TextEncoder().encode(text)
  const chunk = 64 * 1024
  const pulled = { bytes: 0 }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = encoded.subarray(pulled.bytes, pulled.bytes + chunk)
      if (next.length === 0) {
        controller.close()
        return
      }
      pulled.bytes += next.length
      controller.enqueue(next)
    },
  })
  const response = new Response(body, {
    headers: { 'Content-Type': 'application/json', ...headers },
  })
  return { response, pulled }
}

test('reads a body of up to 2 MiB whole', async () => {
  const { response } = streamedJson(MAX_BODY_BYTES)

  const body = await readResponse(response)

  expect(body.format).toBe('json')
})

test('stops reading a body past 2 MiB and parses none of it', async () => {
  const { response, pulled } = streamedJson(5 * 1024 * 1024)

  const body = await readResponse(response)

  expect(body).toEqual({ format: 'too-large' })
  expect(pulled.bytes).toBeLessThan(MAX_BODY_BYTES + 2 * 64 * 1024)
})

test('does not start on a body that says it is larger than 2 MiB', async () => {
  const { response, pulled } = streamedJson(5 * 1024 * 1024, {
    'Content-Length': String(5 * 1024 * 1024),
  })

  const body = await readResponse(response)

  expect(body).toEqual({ format: 'too-large' })
  expect(pulled.bytes).toBeLessThan(2 * 64 * 1024)
})
