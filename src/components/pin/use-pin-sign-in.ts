import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import { log, loggableError } from '../../lib/log.ts'
import type { PlexAccount } from '../../lib/plex/account-schema.ts'
import { isPlexError, type PlexError } from '../../lib/plex/plex-error.ts'
import { createPin, type OpenPin } from '../../lib/plex/pins.ts'
import {
  clearPendingPin,
  readPendingPin,
  savePendingPin,
  type PinKind,
} from '../../lib/session/pending-pin-store.ts'
import type { Deadline } from '../ui/use-countdown.ts'
import { pollPinOnce } from './poll-pin-once.ts'

export type PinStep =
  'idle' | 'creating' | 'waiting' | 'expired' | 'failed' | 'signed-in'

/**
 * Why the last wait ended without a sign-in, for the screen to say so: the
 * person cancelled it, or signed out in another Plexkey tab.
 */
export interface EndedWait {
  why: 'cancelled' | 'signed-out-elsewhere'
  /** The PIN that was waiting, when one existed yet. */
  pin: OpenPin | null
}

type FlowState =
  | { step: 'idle'; ended?: EndedWait }
  | { step: 'creating' | 'expired' | 'signed-in' }
  | { step: 'waiting'; pin: OpenPin; deadline: Deadline }
  | { step: 'failed'; message: string; error: PlexError | null }

interface PinSignInOptions {
  /** A long code for Plex's page, or a 4-character one for plex.tv/link. */
  kind: PinKind
  /** False while this tab is signed in: nothing waits, nothing is polled. */
  isWanted: boolean
  onSignedIn: (account: PlexAccount) => void
}

/**
 * Sign-in with a PIN: create it, then poll it about once a second until
 * someone approves it or it expires. Only the poll decides; whatever
 * happens to a window showing Plex's page says nothing. The waiting PIN is
 * kept in this tab (pending-pin-store), so a reload picks the wait up again;
 * cancelling, expiry, success and a session starting forget it.
 */
export function usePinSignIn({ kind, isWanted, onSignedIn }: PinSignInOptions) {
  const [state, setState] = useState<FlowState>(() => {
    const pending = isWanted ? readPendingPin(kind) : null
    return pending ? waitingFor(pending) : { step: 'idle' }
  })
  const [pollProblem, setPollProblem] = useState<PlexError | null>(null)
  // The PIN this flow last signed in with: kept past the session's start,
  // for Plex's window asking afterwards whether its approval was taken.
  const [approvedPinId, setApprovedPinId] = useState<number | null>(null)
  // The PIN that still waited when the tab signed in some other way: Plex's
  // window asking about it deserves that reason, not "nobody waits".
  const [supersededPinId, setSupersededPinId] = useState<number | null>(null)
  const [wasWanted, setWasWanted] = useState(isWanted)
  // Each start, cancel or session makes earlier answers stale.
  const attempt = useRef(0)
  const isWantedRef = useRef(isWanted)
  const handleSignedIn = useEffectEvent(onSignedIn)

  if (wasWanted !== isWanted) {
    setWasWanted(isWanted)
    // A session started (by this flow or any other way): whatever waited
    // is over, and the next sign-out finds the flow at its start.
    if (!isWanted) {
      if (state.step === 'waiting') setSupersededPinId(state.pin.id)
      setState({ step: 'idle' })
      setPollProblem(null)
    }
  }

  useEffect(() => {
    isWantedRef.current = isWanted
    if (!isWanted) attempt.current += 1
  }, [isWanted])

  const start = useCallback(async (): Promise<OpenPin | null> => {
    attempt.current += 1
    const thisAttempt = attempt.current
    setState({ step: 'creating' })
    setPollProblem(null)

    try {
      const pin = await createPin({ strong: kind === 'plex' })
      if (thisAttempt !== attempt.current || !isWantedRef.current) return null
      savePendingPin(kind, pin)
      setState(waitingFor(pin))
      return pin
    } catch (error) {
      if (!isPlexError(error)) throw error
      if (thisAttempt === attempt.current) {
        setState({ step: 'failed', message: error.message, error })
      }
      return null
    }
  }, [kind])

  const end = useCallback(
    (why: EndedWait['why']) => {
      attempt.current += 1
      clearPendingPin(kind)
      setState((current) => {
        if (current.step === 'waiting') {
          return { step: 'idle', ended: { why, pin: current.pin } }
        }
        if (current.step === 'creating') {
          return { step: 'idle', ended: { why, pin: null } }
        }
        // Nothing waited: a sign-out elsewhere has nothing to stop here.
        return why === 'cancelled' ? { step: 'idle' } : current
      })
      setPollProblem(null)
    },
    [kind],
  )

  const cancel = useCallback(() => end('cancelled'), [end])
  /** Another Plexkey tab signed out: nothing may sign this one in now. */
  const stopForSignOutElsewhere = useCallback(
    () => end('signed-out-elsewhere'),
    [end],
  )

  const waitingPin = isWanted && state.step === 'waiting' ? state.pin : null

  useEffect(() => {
    if (!waitingPin) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    let failures = 0

    async function look(pin: OpenPin) {
      try {
        const outcome = await pollPinOnce(pin, controller.signal, failures)
        if (controller.signal.aborted) return
        if (outcome.kind === 'expired') {
          clearPendingPin(kind)
          setState({ step: 'expired' })
        } else if (outcome.kind === 'approved') {
          clearPendingPin(kind)
          setApprovedPinId(pin.id)
          setState({ step: 'signed-in' })
          handleSignedIn(outcome.account)
        } else {
          failures = outcome.problem ? failures + 1 : 0
          setPollProblem(outcome.problem)
          timer = setTimeout(() => void look(pin), outcome.nextLookInMs)
        }
      } catch (error) {
        if (controller.signal.aborted) return
        log.error('pin', 'polling stopped on an unexpected failure', {
          error: loggableError(error),
        })
        clearPendingPin(kind)
        setState({ step: 'failed', message: UNEXPECTED_FAILURE, error: null })
      }
    }

    void look(waitingPin)
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [kind, waitingPin])

  return {
    step: state.step,
    pin: waitingPin,
    deadline: waitingPin && state.step === 'waiting' ? state.deadline : null,
    failure: state.step === 'failed' ? state.message : null,
    failureError: state.step === 'failed' ? state.error : null,
    pollProblem,
    ended: state.step === 'idle' ? (state.ended ?? null) : null,
    approvedPinId,
    supersededPinId,
    start,
    cancel,
    stopForSignOutElsewhere,
  }
}

export type PinSignIn = ReturnType<typeof usePinSignIn>

const UNEXPECTED_FAILURE =
  'Checking the sign-in stopped on an unexpected error. Start again.'

function waitingFor(pin: OpenPin): FlowState {
  const seconds = Math.ceil((pin.expiresAt - Date.now()) / 1000)
  return {
    step: 'waiting',
    pin,
    deadline: { until: pin.expiresAt, seconds: Math.max(0, seconds) },
  }
}
