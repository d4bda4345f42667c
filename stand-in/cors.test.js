// @ts-check
import { describe, expect, it } from 'vitest'
import { CLIENT, plexTv } from './testing.js'

const ORIGIN = 'http://127.0.0.1:4173'

/**
 * @param {ReturnType<typeof plexTv>['app']} app
 * @param {string} path
 * @param {string} method
 * @param {string} headers
 */
function preflight(app, path, method, headers) {
  return app.request(path, {
    method: 'OPTIONS',
    headers: {
      Origin: ORIGIN,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': headers,
    },
  })
}

describe('CORS', () => {
  it('answers a preflight with 204 for any origin and the X-Plex headers', async () => {
    const { app } = plexTv()

    const response = await preflight(
      app,
      '/api/v2/users/signin',
      'POST',
      'accept, content-type, x-plex-client-identifier, x-plex-product, x-plex-token',
    )

    expect(response.status).toBe(204)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': ORIGIN,
      'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'access-control-allow-headers':
        'accept, content-type, x-plex-client-identifier, x-plex-product, x-plex-token',
    })
    expect(response.headers.get('vary')).toContain('Origin')
  })

  it('leaves out headers a Plex client has no reason to send', async () => {
    const { app } = plexTv()

    const response = await preflight(
      app,
      '/api/v2/user',
      'GET',
      'X-Plex-Token, Authorization, accepts',
    )

    expect(response.headers.get('access-control-allow-headers')).toBe(
      'x-plex-token',
    )
  })

  it('reflects the origin and exposes Retry-After on answers', async () => {
    const { app } = plexTv()

    const response = await app.request('/api/v2/user', {
      headers: { Origin: ORIGIN, 'X-Plex-Client-Identifier': CLIENT },
    })

    expect(response.status).toBe(401)
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(response.headers.get('access-control-expose-headers')).toContain(
      'Retry-After',
    )
    expect(response.headers.get('vary')).toContain('Origin')
  })

  it('does not count preflights toward the sign-in rate limit', async () => {
    const { app, signIn } = plexTv()

    for (let i = 0; i < 40; i += 1) {
      await preflight(
        app,
        `/api/v2/users/signin?X-Plex-Client-Identifier=${CLIENT}`,
        'POST',
        'accept',
      )
    }
    const response = await signIn({
      login: 'owner@example.com',
      password: 'plexkey-demo',
    })

    expect(response.status).toBe(201)
  })
})
