// @ts-check
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { CLIENT, plexTv } from './testing.js'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) =>
    ['feature', 'entitlement', 'role', 'service'].includes(name),
})

describe('XML unless JSON is asked for', () => {
  it.each([
    ['no Accept', undefined],
    ['Accept */*', '*/*'],
    ['Accept application/xml', 'application/xml'],
  ])('answers XML with %s', async (_, accept) => {
    const { app } = plexTv()

    const response = await app.request('/api/v2/user', {
      headers: {
        'X-Plex-Client-Identifier': CLIENT,
        'X-Plex-Token': 'DEMOxOWNERxTOKENxxx1',
        ...(accept ? { Accept: accept } : {}),
      },
    })

    expect(response.headers.get('content-type')).toBe(
      'application/xml; charset=utf-8',
    )
    expect(await response.text()).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><user /,
    )
  })

  it('answers JSON when Accept lists application/json among others', async () => {
    const { getUser } = plexTv()

    const response = await getUser('DEMOxOWNERxTOKENxxx1', {
      Accept: 'text/plain, application/json;q=0.9',
    })

    expect(response.headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    )
  })

  it('renders the account as attributes and child elements', async () => {
    const { getUser } = plexTv()

    const xml = await (await getUser('DEMOxOWNERxTOKENxxx1', {})).text()
    const { user } = parser.parse(xml)

    expect(user).toMatchObject({
      id: '20000001',
      username: 'demo_owner',
      hasPassword: '1',
      twoFactorEnabled: '0',
      authToken: 'DEMOxOWNERxTOKENxxx1',
      subscription: { active: '1', plan: 'lifetime' },
      profile: { autoSelectAudio: '1', autoSelectSubtitle: '1' },
      entitlements: { entitlement: expect.arrayContaining([{ id: 'ios' }]) },
      roles: { role: [{ id: 'plexpass' }] },
    })
    expect(user.subscription.features.feature).toContainEqual({ id: 'home' })
    expect(user.services.service[2]).toEqual({
      identifier: 'community',
      endpoint: 'https://community.plex.tv',
      status: 'online',
    })
    expect(user).not.toHaveProperty('locale')
  })

  it('sends errors as XML with code, message and status attributes', async () => {
    const { signIn } = plexTv()

    const response = await signIn(
      { login: 'twofactor@example.com', password: 'plexkey-demo' },
      { headers: { Accept: 'application/xml' } },
    )

    expect(response.status).toBe(401)
    expect(await response.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><errors><error code="1029" message="Please enter the verification code" status="401"/></errors>',
    )
  })

  it('answers unknown routes with 404 JSON whatever was asked', async () => {
    const { app } = plexTv()

    const response = await app.request('/api/v2/nothing-here')

    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ status: 404, error: 'Not Found' })
  })
})
