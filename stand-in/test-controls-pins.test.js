// @ts-check
import { describe, expect, it } from 'vitest'
import { CLIENT, standIn } from './testing.js'

/**
 * @param {ReturnType<typeof standIn>} stand
 * @param {Parameters<ReturnType<typeof standIn>['createPin']>[0]} [options]
 */
async function newPin(stand, options) {
  const response = await stand.createPin(options)
  return /** @type {{ id: number, code: string }} */ (await response.json())
}

describe('test controls for PINs and the clock', () => {
  it('do not exist without --test', async () => {
    const stand = standIn({ testMode: false })

    const responses = [
      await stand.control('/pins/expire', { clientIdentifier: CLIENT }),
      await stand.control('/pins/approve', {
        clientIdentifier: CLIENT,
        email: 'owner@example.com',
      }),
      await stand.control('/clock', { advanceSeconds: 60 }),
    ]

    expect(responses.map((r) => r.status)).toEqual([404, 404, 404])
  })

  it("list a client's live PINs, newest first", async () => {
    const stand = standIn()
    const first = await newPin(stand)
    const second = await newPin(stand, { strong: false })
    await newPin(stand, { clientIdentifier: 'other' })

    const listed = await (
      await stand.control(`/pins?clientIdentifier=${CLIENT}`)
    ).json()

    expect(listed.map((/** @type {{ id: number }} */ p) => p.id)).toEqual([
      second.id,
      first.id,
    ])
    expect(listed[0]).toMatchObject({ code: second.code, expiresIn: 900 })
  })

  it("expire one client's PINs only, or one PIN by id", async () => {
    const stand = standIn()
    const mine = await newPin(stand)
    const kept = await newPin(stand)
    const theirs = await newPin(stand, { clientIdentifier: 'other' })

    const one = await stand.control('/pins/expire', {
      clientIdentifier: CLIENT,
      id: mine.id,
    })
    const afterOne = [
      await stand.pollPin(mine.id),
      await stand.pollPin(kept.id),
    ]
    const all = await stand.control('/pins/expire', {
      clientIdentifier: CLIENT,
    })

    expect(await one.json()).toEqual({ expired: 1 })
    expect(afterOne.map((r) => r.status)).toEqual([404, 200])
    expect(await all.json()).toEqual({ expired: 1 })
    expect((await stand.pollPin(kept.id)).status).toBe(404)
    expect(
      (await stand.pollPin(theirs.id, { clientIdentifier: 'other' })).status,
    ).toBe(200)
  })

  it("approve the client's newest open PIN, or the one with a code", async () => {
    const stand = standIn()
    const older = await newPin(stand)
    const newer = await newPin(stand)

    const byDefault = await stand.control('/pins/approve', {
      clientIdentifier: CLIENT,
      email: 'FRIEND@example.com',
    })
    const byCode = await stand.control('/pins/approve', {
      clientIdentifier: CLIENT,
      code: older.code,
      email: 'sam@example.com',
    })
    const polled = await (await stand.pollPin(newer.id)).json()

    const approved = await byDefault.json()
    expect(approved).toEqual({
      id: newer.id,
      code: newer.code,
      authToken: polled.authToken,
    })
    expect(stand.state.sessions.check(approved.authToken)).toMatchObject({
      session: { account: { username: 'demo_friend' } },
    })
    expect(byCode.status).toBe(200)
    expect((await byCode.json()).id).toBe(older.id)
  })

  it('refuse an unknown account, a used PIN and no PIN at all', async () => {
    const stand = standIn()
    const pin = await newPin(stand)
    const approve = (/** @type {Record<string, unknown>} */ body) =>
      stand.control('/pins/approve', { clientIdentifier: CLIENT, ...body })

    const unknown = await approve({ email: 'nobody@example.com' })
    await approve({ email: 'owner@example.com', code: pin.code })
    const used = await approve({ email: 'owner@example.com', code: pin.code })
    const none = await approve({ email: 'owner@example.com' })
    const incomplete = await stand.control('/pins/approve', {
      email: 'owner@example.com',
    })

    expect(unknown.status).toBe(400)
    expect(used.status).toBe(404)
    expect(none.status).toBe(404)
    expect(await incomplete.json()).toEqual({
      error: 'clientIdentifier is required',
    })
  })

  it('move the clock forward for everyone, and back to real time', async () => {
    const stand = standIn()
    const mine = await newPin(stand, { strong: false })
    const theirs = await newPin(stand, { clientIdentifier: 'other' })

    const moved = await stand.control('/clock', { advanceSeconds: 900 })
    const polls = [
      await stand.pollPin(mine.id),
      await stand.pollPin(theirs.id, { clientIdentifier: 'other' }),
    ]
    const reset = await stand.control('/clock', undefined, 'DELETE')
    const bad = await stand.control('/clock', { advanceSeconds: -5 })

    expect(await moved.json()).toEqual({
      now: '2026-01-01T12:15:00.000Z',
      offsetSeconds: 900,
    })
    expect(polls.map((r) => r.status)).toEqual([404, 200])
    expect(await reset.json()).toEqual({
      now: '2026-01-01T12:00:00.000Z',
      offsetSeconds: 0,
    })
    expect((await stand.pollPin(mine.id)).status).toBe(200)
    expect(bad.status).toBe(400)
  })

  it('fail the new routes on request, scoped to the client', async () => {
    const stand = standIn()
    await stand.control('/failures', {
      clientIdentifier: CLIENT,
      method: 'POST',
      path: '/api/v2/pins',
      status: 500,
      times: 1,
    })

    const failed = await stand.createPin()
    const other = await stand.createPin({ clientIdentifier: 'other' })
    const next = await stand.createPin()
    const journal = await (
      await stand.control(`/requests?clientIdentifier=${CLIENT}`)
    ).json()

    expect([failed.status, other.status, next.status]).toEqual([500, 201, 201])
    expect(journal).toEqual([
      expect.objectContaining({
        path: '/api/v2/pins',
        queryKeys: ['strong'],
        plexHeaders: expect.objectContaining({ 'x-plex-product': 'Plexkey' }),
        outcome: 'injected',
        status: 500,
      }),
      expect.objectContaining({ path: '/api/v2/pins', status: 201 }),
    ])
  })
})
