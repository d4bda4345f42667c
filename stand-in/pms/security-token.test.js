// @ts-check
import { describe, expect, it } from 'vitest'
import { standIn } from '../testing.js'

const OWNER_ACCOUNT = 'DEMOxOWNERxTOKENxxx1'
const FRIEND_ACCOUNT = 'DEMOxFRIENDxTOKENxx1'
const SAM_ACCOUNT = 'DEMOxSAMxTOKENxxxxx1'
const DEMO_OWNER_SERVER_TOKEN = 'DEMOxSRVxDEMOxOWNER1'
const DEMO_FRIEND_SERVER_TOKEN = 'DEMOxSRVxDEMOxFRND01'
const FRIENDS_SERVER_OWNER_TOKEN = 'DEMOxSRVxFRNDxOWNER1'
const TOKEN_PATH = '/security/token?type=delegation&scope=all'
const HOUR = 60 * 60 * 1000
const UNAUTHORIZED =
  '<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>'

/**
 * @param {ReturnType<typeof standIn>} parts
 * @param {string} token
 * @param {'demo-server' | 'friend-server'} [part]
 */
async function transient(parts, token, part = 'demo-server') {
  const response = await parts.pms(part, TOKEN_PATH, { token, json: true })
  expect(response.status).toBe(200)
  const body = await response.json()
  return /** @type {string} */ (body.MediaContainer.token)
}

/**
 * What a token may do on a server: 401, or the sections it sees and
 * whether the admin-only /accounts answers.
 * @param {ReturnType<typeof standIn>} parts
 * @param {string} token
 * @param {'demo-server' | 'friend-server'} [part]
 */
async function rightsOf(parts, token, part = 'demo-server') {
  const sections = await parts.pms(part, '/library/sections', {
    token,
    json: true,
  })
  if (sections.status !== 200) return sections.status
  const accounts = await parts.pms(part, '/accounts', { token, json: true })
  const { MediaContainer } = await sections.json()
  return {
    sections: MediaContainer.Directory.map(
      (/** @type {{ title: string }} */ d) => d.title,
    ),
    accounts: accounts.status,
  }
}

const ADMIN = {
  sections: ['Movies', 'TV Shows', 'Family Photos'],
  accounts: 200,
}
const SHARED = { sections: ['Movies', 'TV Shows'], accounts: 403 }

describe('/security/token on a media server', () => {
  it('answers XML by default, as PMS labels it', async () => {
    const { pms } = standIn()

    const response = await pms('demo-server', TOKEN_PATH, {
      token: OWNER_ACCOUNT,
    })

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/xml;charset=utf-8')
    expect(await response.text()).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><MediaContainer size="0" token="transient-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"\/>$/,
    )
  })

  it.each(['GET', 'POST'])(
    'answers %s with JSON when JSON is asked for',
    async (method) => {
      const { pms } = standIn()

      const response = await pms('demo-server', TOKEN_PATH, {
        token: OWNER_ACCOUNT,
        json: true,
        method,
      })

      expect(response.headers.get('content-type')).toBe('application/json')
      expect(await response.json()).toEqual({
        MediaContainer: {
          size: 0,
          token: expect.stringMatching(/^transient-/),
        },
      })
    },
  )

  it('takes the token from the query string too', async () => {
    const { pms } = standIn()

    const response = await pms(
      'demo-server',
      `${TOKEN_PATH}&X-Plex-Token=${DEMO_FRIEND_SERVER_TOKEN}`,
    )

    expect(response.status).toBe(200)
  })

  it.each([
    ['a missing token', undefined],
    ['an unknown token', 'DEMOxUNKNOWNxTOKENx1'],
    ['a revoked account token', 'DEMOxREVOKEDxTOKENx1'],
    [
      'an unknown transient token',
      'transient-00000000-0000-4000-8000-000000000000',
    ],
  ])('answers 401 with an HTML page for %s', async (_, token) => {
    const { pms } = standIn()

    const response = await pms('demo-server', TOKEN_PATH, { token, json: true })

    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toBe(UNAUTHORIZED)
  })

  it.each([
    ['type=delegation'],
    ['scope=all'],
    ['type=delegation&scope=none'],
    ['type=access&scope=all'],
    [''],
  ])('answers 400 with an HTML page for ?%s', async (query) => {
    const { pms } = standIn()

    const response = await pms('demo-server', `/security/token?${query}`, {
      token: OWNER_ACCOUNT,
      json: true,
    })

    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toContain('<h1>400 Bad Request</h1>')
  })

  it('checks the token before the parameters', async () => {
    const { pms } = standIn()

    const response = await pms('demo-server', '/security/token?type=x')

    expect(response.status).toBe(401)
  })

  it('refuses a friend account token on a shared server but takes its server token', async () => {
    const parts = standIn()

    const account = await parts.pms('demo-server', TOKEN_PATH, {
      token: FRIEND_ACCOUNT,
    })
    const serverToken = await parts.pms('demo-server', TOKEN_PATH, {
      token: DEMO_FRIEND_SERVER_TOKEN,
    })

    expect(account.status).toBe(401)
    expect(serverToken.status).toBe(200)
  })

  it("takes the owner's account token, any minted one too, and the owner's server token", async () => {
    const parts = standIn()
    const signedIn = await parts.plexTv.request('/api/v2/users/signin', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Plex-Client-Identifier': 'minting',
      },
      body: 'login=owner%40example.com&password=plexkey-demo',
    })
    const { authToken } = await signedIn.json()

    for (const token of [OWNER_ACCOUNT, authToken, DEMO_OWNER_SERVER_TOKEN]) {
      expect(await rightsOf(parts, token)).toEqual(ADMIN)
    }
    expect(await rightsOf(parts, SAM_ACCOUNT, 'friend-server')).toMatchObject({
      accounts: 200,
    })
  })

  it("refuses a server's token on another server", async () => {
    const parts = standIn()

    expect(
      await rightsOf(parts, DEMO_OWNER_SERVER_TOKEN, 'friend-server'),
    ).toBe(401)
    expect(await rightsOf(parts, OWNER_ACCOUNT, 'friend-server')).toBe(401)
    expect(
      await rightsOf(parts, FRIENDS_SERVER_OWNER_TOKEN, 'friend-server'),
    ).toEqual({ sections: ['Movies', 'TV Shows'], accounts: 403 })
  })

  it('gives a transient token the rights of the token that made it', async () => {
    const parts = standIn()

    const fromOwner = await transient(parts, OWNER_ACCOUNT)
    const fromFriend = await transient(parts, DEMO_FRIEND_SERVER_TOKEN)
    const fromTransient = await transient(parts, fromFriend)

    expect(await rightsOf(parts, fromOwner)).toEqual(ADMIN)
    expect(await rightsOf(parts, fromFriend)).toEqual(SHARED)
    expect(await rightsOf(parts, fromTransient)).toEqual(SHARED)
  })

  it('makes transient tokens work on their own server only', async () => {
    const parts = standIn()

    const token = await transient(parts, OWNER_ACCOUNT)

    expect(await rightsOf(parts, token, 'friend-server')).toBe(401)
  })

  it('ends a transient token after 48 hours, never later than its maker', async () => {
    const parts = standIn()
    const first = await transient(parts, OWNER_ACCOUNT)
    parts.advance(24 * HOUR)
    const second = await transient(parts, first)
    const fresh = await transient(parts, OWNER_ACCOUNT)

    parts.advance(24 * HOUR - 1)
    const justBefore = await rightsOf(parts, first)
    parts.advance(1)

    expect(justBefore).toEqual(ADMIN)
    expect(await rightsOf(parts, first)).toBe(401)
    expect(await rightsOf(parts, second)).toBe(401)
    expect(await rightsOf(parts, fresh)).toEqual(ADMIN)
    parts.advance(24 * HOUR)
    expect(await rightsOf(parts, fresh)).toBe(401)
  })

  it('forgets every transient token of a server when it restarts', async () => {
    const parts = standIn()
    const demo = await transient(parts, OWNER_ACCOUNT)
    const friends = await transient(parts, SAM_ACCOUNT, 'friend-server')

    const restart = await parts.control('/restart', { part: 'demo-server' })

    expect(restart.status).toBe(200)
    expect(await rightsOf(parts, demo)).toBe(401)
    expect(await rightsOf(parts, OWNER_ACCOUNT)).toEqual(ADMIN)
    expect(await rightsOf(parts, friends, 'friend-server')).toMatchObject({
      accounts: 200,
    })
  })

  it('answers / for any valid token and 401 without one', async () => {
    const { pms } = standIn()

    const root = await pms('demo-server', '/', {
      token: DEMO_FRIEND_SERVER_TOKEN,
      json: true,
    })
    const without = await pms('demo-server', '/')

    expect(await root.json()).toEqual({
      MediaContainer: {
        size: 0,
        claimed: true,
        friendlyName: 'Demo Server',
        machineIdentifier: 'dec0de00dec0de00dec0de00dec0de00dec0de01',
        myPlex: true,
        version: '1.41.3.9314-a0bfb8370',
      },
    })
    expect(without.status).toBe(401)
  })

  it('lists the accounts of a server to its admin, as XML children', async () => {
    const { pms } = standIn()

    const response = await pms('demo-server', '/accounts', {
      token: OWNER_ACCOUNT,
    })

    expect(await response.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><MediaContainer size="2" identifier="com.plexapp.system.accounts"><Account id="1" key="/accounts/1" name="demo_owner"/><Account id="20000003" key="/accounts/20000003" name="demo_friend"/></MediaContainer>',
    )
  })
})
