import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import { PinCountdown } from '../../components/pin/pin-countdown.tsx'
import { usePinSignIn } from '../../components/pin/use-pin-sign-in.ts'
import { ActionButton } from '../../components/ui/action-button.tsx'
import { Alert } from '../../components/ui/alert.tsx'
import { RateLimitWait } from '../../components/ui/retry-wait.tsx'
import { useFocusOnChange } from '../../components/ui/use-focus-on-change.ts'
import { useSingleFlight } from '../../components/ui/use-single-flight.ts'
import type { OpenPin } from '../../lib/plex/pins.ts'
import { hostedSignInUrl } from '../../lib/plex/pin-urls.ts'
import {
  clearPendingPin,
  readPendingPin,
  savePendingPin,
} from '../../lib/session/pending-pin-store.ts'
import { useSession } from '../../lib/session/session-provider.tsx'
import { openPlaceholderWindow, sendThisTabTo } from './sign-in-window.ts'

const HEADING_ID = 'plex-sign-in-heading'

/** Plex's page for `pin`: in `opened` when there is one, else in this tab. */
function showPlexPage(pin: OpenPin, opened: Window | null) {
  if (opened) {
    opened.location.href = hostedSignInUrl(pin.code)
    return
  }
  savePendingPin(pin)
  sendThisTabTo(hostedSignInUrl(pin.code, `${location.origin}/sign-in`))
}

/**
 * "Sign in with Plex": Plex's own page in a new window (or, when no window
 * may open, in this tab, which comes back here), while this page polls the
 * PIN until someone approves it or it expires.
 */
export function PlexSignIn() {
  const { startSession } = useSession()
  const [resumedPin] = useState(() => readPendingPin())
  const signInWindow = useRef<Window | null>(null)
  const runOnce = useSingleFlight()
  const flow = usePinSignIn({
    strong: true,
    resumeFrom: resumedPin,
    onSignedIn: (account) => {
      clearPendingPin()
      // The sign-in route moves on by itself once the session exists.
      startSession(account)
    },
  })
  // While a PIN is being made the last screen stays, its button busy, so
  // focus moves once: to the waiting screen.
  const [view, setView] = useState(flow.step)
  if (flow.step !== 'creating' && flow.step !== view) setView(flow.step)
  const headingRef = useFocusOnChange<HTMLHeadingElement>(view)

  useEffect(() => {
    if (flow.step !== 'waiting' && flow.step !== 'creating') clearPendingPin()
  }, [flow.step])

  function handleStart() {
    const placeholder = openPlaceholderWindow()
    signInWindow.current = placeholder

    void runOnce(async () => {
      const pin = await flow.start()
      if (!pin) {
        placeholder?.close()
        return
      }
      showPlexPage(pin, placeholder)
    })
  }

  // The window was closed or lost, or this tab came Back from Plex's page:
  // the same PIN's page again, opened within the click so that popup
  // blockers allow it.
  function handleReopen() {
    if (!flow.pin) return
    signInWindow.current?.close()
    const opened = openPlaceholderWindow()
    signInWindow.current = opened
    showPlexPage(flow.pin, opened)
  }

  function handleCancel() {
    flow.cancel()
    signInWindow.current?.close()
    signInWindow.current = null
  }

  const startButton = (label: string) => (
    <div className="actions">
      <ActionButton
        isUnavailable={flow.step === 'creating'}
        onClick={handleStart}
      >
        {flow.step === 'creating' ? 'Opening Plex…' : label}
      </ActionButton>
    </div>
  )

  const heading = (text: string) => (
    <h2 id={HEADING_ID} ref={headingRef} tabIndex={-1}>
      {text}
    </h2>
  )

  return (
    <section className="card stack" aria-labelledby={HEADING_ID}>
      {view === 'idle' && (
        <>
          {heading('Sign in with Plex')}
          <p>
            Sign in on Plex’s own page, in a new window. It works for accounts
            made with Google, Apple or Facebook too.
          </p>
          {startButton('Sign in with Plex')}
          <p>
            <Link href="/link-device">Use a code on another device</Link>
          </p>
        </>
      )}
      {view === 'waiting' && flow.deadline && (
        <>
          {heading('Finish signing in on Plex’s page')}
          <p>
            Sign in there and approve Plexkey. This page carries on by itself
            once you have.
          </p>
          <PinCountdown deadline={flow.deadline} />
          {flow.pollProblem && (
            <Alert tone="error" title="Could not check the sign-in just now.">
              <p>{flow.pollProblem.message}</p>
              <p>Plexkey keeps trying until the time runs out.</p>
              <RateLimitWait error={flow.pollProblem} isAutomatic />
            </Alert>
          )}
          <div className="actions">
            <button type="button" onClick={handleReopen}>
              Open Plex’s page again
            </button>
            <button type="button" onClick={handleCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
      {view === 'expired' && (
        <>
          {heading('Sign-in expired')}
          <p>This sign-in expired. Start again.</p>
          {startButton('Start again')}
        </>
      )}
      {view === 'failed' && (
        <>
          {heading('Sign in with Plex did not start')}
          <Alert tone="error">
            <p>{flow.failure}</p>
            <RateLimitWait error={flow.failureError} isAutomatic={false} />
          </Alert>
          {startButton('Try again')}
        </>
      )}
      {view === 'signed-in' && (
        <>
          {heading('Signed in')}
          <p>Opening your account…</p>
        </>
      )}
    </section>
  )
}
