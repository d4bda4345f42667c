import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  forwardedHeaderNames,
  isRefusedPath,
  isRelayOn,
  plexTvRelay,
  relayedPrefix,
} from './plex-tv-relay.ts'

interface Received {
  url: string
  headers: IncomingHttpHeaders
}

// A stand-in for plex.tv that records what reaches it and sets a cookie.
const received: Received[] = []
const upstream = createServer((request, response) => {
  received.push({ url: request.url ?? '', headers: request.headers })
  response.writeHead(200, {
    'Content-Type': 'application/json',
    'Set-Cookie': 'tracker=1; Path=/',
  })
  response.end('{"ok":true}')
})
let relay: PreviewServer
let relayUrl: string
let upstreamHost: string
let siteDir: string

beforeAll(async () => {
  upstream.listen(0, '127.0.0.1')
  await once(upstream, 'listening')
  const { port } = upstream.address() as AddressInfo
  upstreamHost = `127.0.0.1:${port}`
  siteDir = await mkdtemp(join(tmpdir(), 'plexkey-relay-'))
  await writeFile(
    join(siteDir, 'index.html'),
    '<!doctype html><title>x</title>',
  )
  relay = await preview({
    configFile: false,
    logLevel: 'silent',
    root: siteDir,
    build: { outDir: siteDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      proxy: plexTvRelay(`http://127.0.0.1:${port}/plex`),
    },
  })
  const address = relay.httpServer.address() as AddressInfo
  relayUrl = `http://127.0.0.1:${address.port}`
})

afterAll(async () => {
  await relay?.close()
  upstream.close()
  await rm(siteDir, { recursive: true, force: true })
})

/** A raw request, so paths reach the relay exactly as written. */
async function send(path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(relayUrl)
  // Options rather than a URL: a URL would resolve `..` before sending.
  const request = httpRequest({ hostname, port, path, headers })
  request.end()
  const [response] = (await once(request, 'response')) as [IncomingMessage]
  let body = ''
  for await (const chunk of response) body += String(chunk)
  return { status: response.statusCode, headers: response.headers, body }
}

describe('the plex.tv relay (Vite preview proxy)', () => {
  test('forwards an API call to plex.tv with the Plex headers only: no cookies, Origin or Referer', async () => {
    received.length = 0

    const answer = await send(`${relayedPrefix}v2/user?includeHttps=1`, {
      Accept: 'application/json',
      Cookie: 'session=page-cookie',
      Origin: 'https://plexkey.example',
      Referer: 'https://plexkey.example/account',
      Authorization: 'Basic c2VjcmV0',
      'X-Plex-Token': 'RELAYxTESTxTOKENxxx1',
      'X-Plex-Client-Identifier': 'relay-test',
    })

    expect(answer.status).toBe(200)
    expect(answer.body).toBe('{"ok":true}')
    expect(received).toHaveLength(1)
    const [call] = received
    expect(call?.url).toBe('/plex/api/v2/user?includeHttps=1')
    expect(call?.headers).toMatchObject({
      host: upstreamHost,
      accept: 'application/json',
      'x-plex-token': 'RELAYxTESTxTOKENxxx1',
      'x-plex-client-identifier': 'relay-test',
    })
    for (const dropped of ['cookie', 'origin', 'referer', 'authorization']) {
      expect(call?.headers).not.toHaveProperty(dropped)
    }
    expect(call?.headers).not.toHaveProperty('x-forwarded-for')
  })

  test('strips cookies from the answer and keeps it from running as a page here', async () => {
    const answer = await send(`${relayedPrefix}v2/user`)

    expect(answer.headers).not.toHaveProperty('set-cookie')
    expect(answer.headers['content-security-policy']).toBe(
      "default-src 'none'; sandbox",
    )
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  })

  test.each([
    `${relayedPrefix}../link`,
    `${relayedPrefix}%2e%2e/link`,
    `${relayedPrefix}v2%2F..%2Flink`,
  ])('refuses %s, which climbs out of the API', async (path) => {
    received.length = 0

    const answer = await send(path)

    expect(answer.status).toBe(404)
    expect(received).toEqual([])
  })

  test('relays nothing outside the API', async () => {
    received.length = 0

    await send('/plex-tv-relay/link')

    expect(received).toEqual([])
  })
})

describe('relay settings', () => {
  test('VITE_PLEX_TV_RELAY is off unless it says true, and a typo fails the build', () => {
    expect(isRelayOn(undefined)).toBe(false)
    expect(isRelayOn('')).toBe(false)
    expect(isRelayOn('false')).toBe(false)
    expect(isRelayOn('true')).toBe(true)
    expect(() => isRelayOn('yes')).toThrow(/VITE_PLEX_TV_RELAY/)
    expect(() => isRelayOn('TRUE')).toThrow(/VITE_PLEX_TV_RELAY/)
  })

  test('only the headers a Plex call needs are forwarded', () => {
    expect(
      forwardedHeaderNames([
        'host',
        'accept',
        'content-type',
        'x-plex-token',
        'x-plex-product',
        'cookie',
        'origin',
        'referer',
        'authorization',
        'x-forwarded-for',
        'sec-fetch-site',
      ]),
    ).toEqual([
      'host',
      'accept',
      'content-type',
      'x-plex-token',
      'x-plex-product',
    ])
  })

  test('paths outside the API are refused, query strings are not judged', () => {
    expect(isRefusedPath('/plex-tv-relay/api/v2/pins/12')).toBe(false)
    expect(isRefusedPath('/plex-tv-relay/api/v2/user?a=%2F..')).toBe(false)
    expect(isRefusedPath('/plex-tv-relay/link')).toBe(true)
    expect(isRefusedPath(undefined)).toBe(true)
  })
})
