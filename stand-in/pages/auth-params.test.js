// @ts-check
import { describe, expect, it } from 'vitest'
import { readAuthParams, safeForwardUrl } from './auth-params.js'

const FORWARD = 'http://127.0.0.1:4174/sign-in?pin=1000000001'

describe('the hosted page reads its URL fragment', () => {
  it.each(['#?', '#!?', '#'])('after %s', (start) => {
    const hash =
      start +
      new URLSearchParams({
        clientID: 'client-1',
        code: 'abcd2345efgh6789jkmn0pqrs',
        'context[device][product]': 'Plexkey',
        forwardUrl: FORWARD,
      }).toString()

    expect(hash).toContain('context%5Bdevice%5D%5Bproduct%5D=Plexkey')
    expect(readAuthParams(hash)).toEqual({
      clientID: 'client-1',
      code: 'abcd2345efgh6789jkmn0pqrs',
      product: 'Plexkey',
      forwardUrl: FORWARD,
    })
  })

  it('with brackets left unencoded and + as a space, or with nothing', () => {
    expect(
      readAuthParams('#?clientID=c&code=x&context[device][product]=My+App'),
    ).toEqual({ clientID: 'c', code: 'x', product: 'My App', forwardUrl: '' })
    expect(readAuthParams('')).toEqual({
      clientID: '',
      code: '',
      product: '',
      forwardUrl: '',
    })
  })
})

describe('forwardUrl', () => {
  it.each([FORWARD, 'https://plexkey.example/callback#done'])(
    'is followed when http or https: %s',
    (url) => {
      expect(safeForwardUrl(url)).toBe(url)
    },
  )

  it.each([
    '',
    'javascript:alert(1)',
    'data:text/html,<p>x</p>',
    'ftp://example.com/',
    '/relative/path',
    '//example.com/no-scheme',
    'not a url',
  ])('is dropped otherwise: %j', (url) => {
    expect(safeForwardUrl(url)).toBeNull()
  })
})
