import { useEffect } from 'react'

// NOTE: public/sign-in-with-plex.js speaks the other end of this channel:
// the names and message shapes must match it.
const CHANNEL_NAME = 'plexkey-sign-in-with-plex'
const APPROVED = 'plex-approved'
const STILL_WAITING = 'still-waiting'

/**
 * Answers Plexkey's page in the "Sign in with Plex" window, where Plex's
 * page sends that window once the person approved: it asks whether a tab
 * still waits for its PIN, to say truthfully what happens next (a
 * cancelled or expired sign-in signs nobody in). Also said once when the
 * wait begins, for a window that asked while this tab was reloading.
 */
export function useAnswerSignInWindow(pinId: number | null): void {
  useEffect(() => {
    if (pinId === null || typeof BroadcastChannel === 'undefined') return

    const channel = new BroadcastChannel(CHANNEL_NAME)
    const sayStillWaiting = () =>
      channel.postMessage({ type: STILL_WAITING, pin: pinId })
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isApprovalOf(event.data, pinId)) sayStillWaiting()
    }
    sayStillWaiting()
    return () => channel.close()
  }, [pinId])
}

function isApprovalOf(data: unknown, pinId: number): boolean {
  if (typeof data !== 'object' || data === null) return false
  const { type, pin } = data as Record<string, unknown>
  return type === APPROVED && pin === pinId
}
