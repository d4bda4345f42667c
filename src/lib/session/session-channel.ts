const CHANNEL_NAME = 'plexkey-session'
const SIGNED_OUT = 'signed-out'

/** Tells every other Plexkey tab of this browser that the user signed out. */
export function announceSignOut(): void {
  if (typeof BroadcastChannel === 'undefined') return

  const channel = new BroadcastChannel(CHANNEL_NAME)
  channel.postMessage({ type: SIGNED_OUT })
  channel.close()
}

/**
 * Calls `callback` when another tab signs out. Returns the unsubscribe
 * function. Without BroadcastChannel, other tabs simply are not told.
 */
export function onSignOutElsewhere(callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {}

  const channel = new BroadcastChannel(CHANNEL_NAME)
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data
    if (
      typeof data === 'object' &&
      data !== null &&
      'type' in data &&
      data.type === SIGNED_OUT
    ) {
      callback()
    }
  }
  return () => channel.close()
}
