import { useState } from 'react'
import { Link } from 'wouter'
import { SignInStoppedNotice } from '../../components/pin/ended-wait-notice.tsx'
import { PinCountdown } from '../../components/pin/pin-countdown.tsx'
import { usePinSignInFlow } from '../../components/pin/pin-sign-ins.tsx'
import { ActionButton } from '../../components/ui/action-button.tsx'
import { Alert } from '../../components/ui/alert.tsx'
import { RateLimitWait } from '../../components/ui/retry-wait.tsx'
import { useFocusOnChange } from '../../components/ui/use-focus-on-change.ts'
import { useSingleFlight } from '../../components/ui/use-single-flight.ts'
import type { OpenPin } from '../../lib/plex/pins.ts'
import { hostedSignInUrl } from '../../lib/plex/pin-urls.ts'
import {
  notePlexPageShownInThisTab,
  readPendingPin,
} from '../../lib/session/pending-pin-store.ts'
import { closePlexWindow, openPlexWindow } from './plex-window.ts'
import { sendThisTabTo, windowReturnUrl } from './sign-in-window.ts'

const HEADING_ID = 'plex-sign-in-heading'

/**
 * Plex's page for `pin`: in `opened` when there is a window, which Plex's
 * page sends back to our own page once approved; else in this tab, which
 * comes back to the sign-in screen.
 */
function showPlexPage(pin: OpenPin, opened: Window | null) {
  notePlexPageShownInThisTab('plex', opened === null)
  if (opened) {
    opened.location.href = hostedSignInUrl(pin.code, windowReturnUrl(pin.id))
    return
  }
  sendThisTabTo(hostedSignInUrl(pin.code, `${location.origin}/sign-in`))
}

/**
 * "Sign in with Plex": Plex's own page in a new window (or, when no window
 * may open, in this tab, which comes back here), while the tab polls the
 * PIN until someone approves it or it expires. The wait itself lives above
 * the screens (PinSignInsProvider): it survives a move elsewhere and, from
 * this tab's storage, a reload.
 */
export function PlexSignIn() {
  const flow = usePinSignInFlow('plex')
  const runOnce = useSingleFlight()
  // Set by a Cancel that could not close Plex's window.
  const [isWindowOutOfReach, setIsWindowOutOfReach] = useState(false)
  // No window could open, so Plex's page showed in this tab (and the person
  // came Back): the wait's words speak of no window. From storage after a
  // reload; from the last showing while the page lives.
  const [isPageInThisTab, setIsPageInThisTab] = useState(
    () => readPendingPin('plex')?.isShownInThisTab === true,
  )
  // While a PIN is being made the last screen stays, its button busy, so
  // focus moves once: to the waiting screen.
  const [view, setView] = useState(
    flow.step === 'creating' ? 'idle' : flow.step,
  )
  if (flow.step !== 'creating' && flow.step !== view) setView(flow.step)
  const headingRef = useFocusOnChange<HTMLHeadingElement>(view)

  function handleStart() {
    const opened = openPlexWindow()
    setIsWindowOutOfReach(false)

    void runOnce(async () => {
      const pin = await flow.start()
      if (!pin) {
        closePlexWindow()
        return
      }
      setIsPageInThisTab(opened === null)
      showPlexPage(pin, opened)
    })
  }

  // The window was closed or lost, or this tab came Back from Plex's page:
  // the same PIN's page again, opened within the click so that popup
  // blockers allow it.
  function handleReopen() {
    if (!flow.pin) return
    const opened = openPlexWindow()
    setIsPageInThisTab(opened === null)
    showPlexPage(flow.pin, opened)
  }

  function handleCancel() {
    setIsWindowOutOfReach(!closePlexWindow())
    flow.cancel()
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
          {flow.ended?.why === 'signed-out-elsewhere' && (
            <SignInStoppedNotice isPageInThisTab={isPageInThisTab} />
          )}
          {flow.ended?.why === 'cancelled' && isWindowOutOfReach && (
            <Alert tone="info" title="Sign-in cancelled.">
              <p>
                {isPageInThisTab
                  ? 'Approving it on Plex’s page now signs nothing in.'
                  : 'If Plex’s page is still open in another window, close it: Plexkey cannot close it from here. Approving there now signs nothing in.'}
              </p>
            </Alert>
          )}
          <p>
            Sign in on Plex’s own page, in a new window. It works for accounts
            made with Google, Apple or Facebook too.
          </p>
          {startButton('Sign in with Plex')}
        </>
      )}
      {view === 'waiting' && flow.deadline && (
        <>
          {heading('Finish signing in on Plex’s page')}
          {isPageInThisTab ? (
            <p>
              The browser opened no window, so Plex’s page showed in this tab.
              Sign in there and approve Plexkey: Plex’s page then brings this
              tab back here, signed in.
            </p>
          ) : (
            <p>
              Sign in there and approve Plexkey. This tab carries on by itself
              once you have, whichever Plexkey screen it shows.
            </p>
          )}
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
          <p className="muted">
            {isPageInThisTab
              ? '“Open Plex’s page again” takes this tab back to Plex’s page, for the same sign-in.'
              : 'Once Plex’s page is open, the browser keeps its window out of Plexkey’s reach: “Open Plex’s page again” then opens another one, for the same sign-in.'}
          </p>
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
      {view === 'signed-in' ? (
        <>
          {heading('Signed in')}
          <p>Opening your account…</p>
        </>
      ) : (
        // Every state keeps the other way in that needs no password.
        <p>
          <Link href="/link-device">Use a code on another device</Link>
        </p>
      )}
    </section>
  )
}
