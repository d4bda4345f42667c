// @ts-check
import { describe, expect, it } from 'vitest'
import { CLIENT, errorCode, plexTv } from '../testing.js'

const OWNER_TOKEN = 'DEMOxOWNERxTOKENxxx1'
const MANAGED_TOKEN = 'DEMOxMANAGEDxHOMEx01'
const REVOKED_TOKEN = 'DEMOxREVOKEDxTOKENx1'

// The fields of examples/user-200-token-details.json, in plex.tv's order.
// prettier-ignore
const ACCOUNT_FIELDS = [
  'id', 'uuid', 'username', 'title', 'email', 'friendlyName', 'locale',
  'confirmed', 'joinedAt', 'emailOnlyAuth', 'hasPassword', 'protected',
  'thumb', 'authToken', 'mailingListStatus', 'mailingListActive',
  'scrobbleTypes', 'country', 'subscription', 'subscriptionDescription',
  'restricted', 'anonymous', 'home', 'guest', 'homeSize', 'homeAdmin',
  'maxHomeSize', 'rememberExpiresAt', 'profile', 'entitlements',
  'subscriptions', 'pastSubscriptions', 'trials', 'services', 'adsConsent',
  'adsConsentSetAt', 'adsConsentReminderAt', 'experimentalFeatures',
  'twoFactorEnabled', 'backupCodesCreated', 'attributionPartner', 'roles',
]

describe('GET /api/v2/user and DELETE /api/v2/users/signout', () => {
  it('answers the account for a fixed demo token', async () => {
    const { getUser } = plexTv()

    const response = await getUser(OWNER_TOKEN)

    expect(response.status).toBe(200)
    const account = await response.json()
    expect(Object.keys(account)).toEqual(ACCOUNT_FIELDS)
    expect(account).toMatchObject({
      authToken: OWNER_TOKEN,
      email: 'owner@example.com',
      thumb:
        'http://127.0.0.1:32410/users/de00000000000001/avatar?c=1420070400',
    })
  })

  it('answers the account for a token minted by sign-in', async () => {
    const { getUser, signIn } = plexTv()
    const signedIn = await (
      await signIn({ login: 'sam@example.com', password: 'plexkey-demo' })
    ).json()

    const account = await (await getUser(signedIn.authToken)).json()

    expect(account).toEqual(signedIn)
  })

  it('shows a managed Home user with empty names and nulls', async () => {
    const { getUser } = plexTv()

    const account = await (await getUser(MANAGED_TOKEN)).json()

    expect(account).toMatchObject({
      username: '',
      email: '',
      title: 'Kids',
      restricted: true,
      home: true,
      homeAdmin: false,
      hasPassword: false,
      mailingListStatus: null,
      rememberExpiresAt: null,
      customRestrictions: { all: null },
      providers: [],
    })
    expect(account).not.toHaveProperty('attributionPartner')
  })

  it('takes the token from the query string too', async () => {
    const { app } = plexTv()

    const response = await app.request(
      `/api/v2/user?X-Plex-Token=${OWNER_TOKEN}&X-Plex-Client-Identifier=${CLIENT}`,
      { headers: { Accept: 'application/json' } },
    )

    expect(response.status).toBe(200)
  })

  it.each([
    ['a missing token', ''],
    ['an unknown token', 'DEMOxUNKNOWNxTOKENx1'],
  ])('answers 401 code 1001 for %s', async (_, token) => {
    const { getUser } = plexTv()

    const response = await getUser(token)

    expect(response.status).toBe(401)
    expect(await errorCode(response)).toBe(1001)
  })

  it('answers 400 code 1000 without a client identifier', async () => {
    const { app } = plexTv()

    const response = await app.request('/api/v2/user', {
      headers: { Accept: 'application/json', 'X-Plex-Token': OWNER_TOKEN },
    })

    expect(response.status).toBe(400)
    expect(await errorCode(response)).toBe(1000)
  })

  it('answers 422 Invalid token in XML for the revoked token', async () => {
    const { getUser } = plexTv()

    const response = await getUser(REVOKED_TOKEN, {})

    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toBe(
      'application/xml; charset=utf-8',
    )
    expect(await response.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><errors><error>Invalid token</error></errors>',
    )
  })

  it('answers 422 Invalid token in JSON when JSON was asked', async () => {
    const { getUser } = plexTv()

    const response = await getUser(REVOKED_TOKEN)

    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      errors: [{ message: 'Invalid token', status: 422 }],
    })
  })

  it('signs a token out: 204, then 401', async () => {
    const { app, getUser, signIn } = plexTv()
    const { authToken } = await (
      await signIn({ login: 'owner@example.com', password: 'plexkey-demo' })
    ).json()
    const signOut = () =>
      app.request('/api/v2/users/signout', {
        method: 'DELETE',
        headers: {
          'X-Plex-Client-Identifier': CLIENT,
          'X-Plex-Token': authToken,
        },
      })

    const first = await signOut()
    const afterwards = await getUser(authToken)
    const again = await signOut()

    expect(first.status).toBe(204)
    expect(await first.text()).toBe('')
    expect(afterwards.status).toBe(401)
    expect(await errorCode(afterwards)).toBe(1001)
    expect(again.status).toBe(401)
  })

  it('brings back signed-out demo tokens on restart, not minted ones', async () => {
    const { app, control, getUser, signIn } = plexTv()
    const { authToken } = await (
      await signIn({ login: 'owner@example.com', password: 'plexkey-demo' })
    ).json()
    for (const token of [OWNER_TOKEN, authToken]) {
      await app.request('/api/v2/users/signout', {
        method: 'DELETE',
        headers: { 'X-Plex-Client-Identifier': CLIENT, 'X-Plex-Token': token },
      })
    }

    await control('/restart', { part: 'plex.tv' })

    expect((await getUser(OWNER_TOKEN)).status).toBe(200)
    expect((await getUser(authToken)).status).toBe(401)
  })

  it('serves each avatar as an image any origin may embed', async () => {
    const { app, getUser } = plexTv()
    const { thumb } = await (await getUser(OWNER_TOKEN)).json()

    const response = await app.request(thumb)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('cross-origin-resource-policy')).toBe(
      'cross-origin',
    )
    expect(await response.text()).toContain('<svg')
  })
})
