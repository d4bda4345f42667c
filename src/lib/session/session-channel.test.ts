import { expect, test, vi } from 'vitest'
import { announceSignOut, onSignOutElsewhere } from './session-channel.ts'

test('a sign-out announced in one tab reaches listeners in others', async () => {
  const callback = vi.fn()
  const unsubscribe = onSignOutElsewhere(callback)

  announceSignOut()

  await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1))
  unsubscribe()
})

test('other messages on the channel are ignored', async () => {
  const callback = vi.fn()
  const unsubscribe = onSignOutElsewhere(callback)
  const stranger = new BroadcastChannel('plexkey-session')

  stranger.postMessage({ type: 'something-else' })
  stranger.postMessage('signed-out')
  stranger.postMessage(null)
  announceSignOut()

  await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1))
  stranger.close()
  unsubscribe()
})

test('after unsubscribing, the callback is not called', async () => {
  const callback = vi.fn()
  const unsubscribe = onSignOutElsewhere(callback)
  const witness = vi.fn()
  const unsubscribeWitness = onSignOutElsewhere(witness)

  unsubscribe()
  announceSignOut()

  await vi.waitFor(() => expect(witness).toHaveBeenCalled())
  expect(callback).not.toHaveBeenCalled()
  unsubscribeWitness()
})

test('without BroadcastChannel both calls do nothing', () => {
  vi.stubGlobal('BroadcastChannel', undefined)

  const unsubscribe = onSignOutElsewhere(vi.fn())

  expect(() => announceSignOut()).not.toThrow()
  expect(() => unsubscribe()).not.toThrow()
  vi.unstubAllGlobals()
})
