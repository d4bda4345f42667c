import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import { EndedLinkCodeNotice } from '../../components/pin/ended-wait-notice.tsx'
import { PinCountdown } from '../../components/pin/pin-countdown.tsx'
import { usePinSignInFlow } from '../../components/pin/pin-sign-ins.tsx'
import { ActionButton } from '../../components/ui/action-button.tsx'
import { Alert } from '../../components/ui/alert.tsx'
import { RateLimitWait } from '../../components/ui/retry-wait.tsx'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import { useFocusOnChange } from '../../components/ui/use-focus-on-change.ts'
import { linkPageUrl } from '../../lib/plex/pin-urls.ts'
import { LinkCode } from './link-code.tsx'

const HEADING_ID = 'link-device-heading'

/**
 * Sign-in with a 4-character code that the person types at plex.tv/link on
 * another device where they can sign in to Plex; this tab polls the code.
 * A code still waiting (after a reload, or a look at another screen) is
 * shown again rather than replaced.
 */
export function LinkDeviceScreen() {
  const flow = usePinSignInFlow('link')
  const { start } = flow
  const hasStarted = useRef(false)
  const [isIdleOnArrival] = useState(flow.step === 'idle')
  // While a code is being made the last screen stays, its button busy, so
  // focus moves once: to the code.
  const [view, setView] = useState(
    flow.step === 'creating' ? 'idle' : flow.step,
  )
  if (flow.step !== 'creating' && flow.step !== view) setView(flow.step)
  const headingRef = useFocusOnChange<HTMLHeadingElement>(view)
  const linkUrl = linkPageUrl()

  useEffect(() => {
    // A ref, not state: StrictMode runs this effect twice on mount, and one
    // visit should make one code.
    if (hasStarted.current || !isIdleOnArrival) return
    hasStarted.current = true
    void start()
  }, [start, isIdleOnArrival])

  const startButton = (label: string) => (
    <div className="actions">
      <ActionButton
        className="button-primary"
        isUnavailable={flow.step === 'creating'}
        onClick={() => void start()}
      >
        {flow.step === 'creating' ? 'Getting a code…' : label}
      </ActionButton>
    </div>
  )

  const heading = (text: string) => (
    <h2 id={HEADING_ID} ref={headingRef} tabIndex={-1}>
      {text}
    </h2>
  )

  return (
    <div className="stack">
      <ScreenHeading>Use a code on another device</ScreenHeading>
      <p className="muted">
        Sign in to Plex on a phone or another computer, type the code shown
        here, and this tab is signed in. Nothing is typed on this device.
      </p>
      <section className="card stack" aria-labelledby={HEADING_ID}>
        {view === 'idle' && (
          <>
            {heading('Get a code')}
            {flow.ended && <EndedLinkCodeNotice ended={flow.ended} />}
            <p>A code works once, for 15 minutes.</p>
            {startButton('Get a code')}
          </>
        )}
        {view === 'waiting' && flow.pin && flow.deadline && (
          <>
            {heading('Your code')}
            <LinkCode code={flow.pin.code} linkUrl={linkUrl} />
            <PinCountdown deadline={flow.deadline} />
            {flow.pollProblem && (
              <Alert tone="error" title="Could not check the code just now.">
                <p>{flow.pollProblem.message}</p>
                <p>Plexkey keeps trying until the time runs out.</p>
                <RateLimitWait error={flow.pollProblem} isAutomatic />
              </Alert>
            )}
            <div className="actions">
              <button type="button" onClick={flow.cancel}>
                Cancel
              </button>
            </div>
          </>
        )}
        {view === 'expired' && (
          <>
            {heading('Code expired')}
            <p>This code expired. Start again.</p>
            {startButton('Start again')}
          </>
        )}
        {view === 'failed' && (
          <>
            {heading('No code this time')}
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
      <p>
        <Link href="/sign-in">Sign in another way</Link>
      </p>
    </div>
  )
}
