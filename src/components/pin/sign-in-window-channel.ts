import { useEffect } from 'react'

// NOTE: public/sign-in-with-plex.js speaks the other end of this channel:
// the names and message shapes must match it.
const CHANNEL_NAME = 'plexkey-sign-in-with-plex'
const APPROVED = 'plex-approved'
const STILL_WAITING = 'still-waiting'
const SIGNED_IN_ANOTHER_WAY = 'signed-in-another-way'

interface SignInWindowPins {
  /** The PIN this tab polls now. */
  waitingPinId: number | null
  /** The PIN this tab already signed in with. */
  approvedPinId: number | null
  /** The PIN that waited when this tab signed in some other way. */
  supersededPinId: number | null
}

/**
 * Answers Plexkey's page in the "Sign in with Plex" window, where Plex's
 * page sends that window once the person approved: it asks whether a tab
 * still waits for its PIN, to say truthfully what happens next (a
 * cancelled or expired sign-in signs nobody in; one this tab gave up for
 * another way in is said to be so). The PIN this tab already signed in with
 * is answered too: the poll may find the approval before the window asks.
 * Also said once when the wait begins, for a window that asked while this
 * tab was reloading.
 */
export function useAnswerSignInWindow({
  waitingPinId,
  approvedPinId,
  supersededPinId,
}: SignInWindowPins): void {
  useEffect(() => {
    const takenIds = [waitingPinId, approvedPinId].filter(
      (id): id is number => id !== null,
    )
    if (
      (takenIds.length === 0 && supersededPinId === null) ||
      typeof BroadcastChannel === 'undefined'
    ) {
      return
    }

    const channel = new BroadcastChannel(CHANNEL_NAME)
    const sayTaken = (pinId: number) =>
      channel.postMessage({ type: STILL_WAITING, pin: pinId })
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const asked = approvalOf(event.data)
      if (asked === null) return
      if (takenIds.includes(asked)) sayTaken(asked)
      else if (asked === supersededPinId) {
        channel.postMessage({ type: SIGNED_IN_ANOTHER_WAY, pin: asked })
      }
    }
    if (waitingPinId !== null) sayTaken(waitingPinId)
    return () => channel.close()
  }, [waitingPinId, approvedPinId, supersededPinId])
}

function approvalOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, pin } = data as Record<string, unknown>
  return type === APPROVED && typeof pin === 'number' ? pin : null
}
