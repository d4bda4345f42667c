import { expect, test } from 'vitest'
import { readPlexErrorBody } from './error-body.ts'
import { readResponseBody } from './response-body.ts'

function read(text: string, contentType: string | null = null) {
  return readPlexErrorBody(readResponseBody(text, contentType))
}

test('reads the code and message of a JSON error envelope', () => {
  expect(
    read(
      '{"errors":[{"code":1029,"message":"Please enter the verification code","status":401}]}',
      'application/json',
    ),
  ).toEqual({ code: 1029, text: 'Please enter the verification code' })
})

test('reads the same envelope sent as XML by a server that ignored Accept', () => {
  expect(
    read(
      '<?xml version="1.0" encoding="UTF-8"?><errors><error code="1028" message="Invalid verification code" status="401"/></errors>',
      'application/xml',
    ),
  ).toEqual({ code: 1028, text: 'Invalid verification code' })
})

test('reads the first of several XML errors', () => {
  expect(
    read('<errors><error code="1001"/><error code="1031"/></errors>'),
  ).toEqual({ code: 1001 })
})

test('reads a text-only XML error and plain text', () => {
  expect(read('<errors><error>Invalid token</error></errors>')).toEqual({
    text: 'Invalid token',
  })
  expect(read('Invalid token', 'text/plain')).toEqual({ text: 'Invalid token' })
})

test("reads plex.tv's 404 form and a string code", () => {
  expect(read('{"status":404,"error":"Not Found"}')).toEqual({
    text: 'Not Found',
  })
  expect(read('{"errors":[{"code":"1020"}]}')).toEqual({ code: 1020 })
})

test('gives nothing for HTML, empty, odd or unreadable bodies', () => {
  expect(read('<html><body>1029 SENTINEL</body></html>', 'text/html')).toEqual(
    {},
  )
  expect(read('', 'application/json')).toEqual({})
  expect(read('{"errors":[42]}')).toEqual({})
  expect(read('{"errors":[{"code":-1,"message":7}]}')).toEqual({})
  expect(read('[1,2]')).toEqual({})
  expect(read('{"errors":')).toEqual({})
})
