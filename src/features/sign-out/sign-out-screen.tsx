import { useEffect, useRef, useState } from 'react'
import { Alert } from '../../components/ui/alert.tsx'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import { useSession } from '../../lib/session/session-provider.tsx'
import { useSingleFlight } from '../../components/ui/use-single-flight.ts'
import { useRevokeToken } from './use-revoke-token.ts'
import { ActionButton } from '../../components/ui/action-button.tsx'
import { RateLimitWait } from '../../components/ui/retry-wait.tsx'

/**
 * Signing out always forgets the token here; revoking it at plex.tv is a
 * separate choice, because it also ends every other app the token was given
 * to.
 */
export function SignOutScreen() {
  const { endSession } = useSession()
  const revokeMutation = useRevokeToken()
  const [shouldRevoke, setShouldRevoke] = useState(false)
  const failureRef = useRef<HTMLDivElement>(null)
  const revokeError = revokeMutation.error
  const runOnce = useSingleFlight()

  useEffect(() => {
    if (revokeError) failureRef.current?.focus()
  }, [revokeError])

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!shouldRevoke) {
      endSession('signed-out')
      return
    }
    // A rejected token ends the session through the global handler; any
    // other failure keeps the token so the person can retry.
    void runOnce(async () => {
      try {
        await revokeMutation.mutateAsync()
        endSession('revoked')
      } catch {
        // Shown from revokeMutation.error.
      }
    })
  }

  return (
    <div className="stack">
      <ScreenHeading>Sign out</ScreenHeading>
      <p>
        Signing out removes the token from this tab and from every other Plexkey
        tab in this browser.
      </p>
      {revokeError && (
        <Alert tone="error" title="The token was not revoked." ref={failureRef}>
          <p>{revokeError.message}</p>
          <p>
            You are still signed in. Try again, or sign out without revoking.
          </p>
          <RateLimitWait error={revokeError} isAutomatic={false} />
        </Alert>
      )}
      <form className="card stack" onSubmit={handleSubmit}>
        <div className="checkbox">
          <input
            id="revoke-token"
            type="checkbox"
            checked={shouldRevoke}
            onChange={(event) => setShouldRevoke(event.target.checked)}
          />
          <label htmlFor="revoke-token">
            Also revoke this token at plex.tv (apps you gave it to stop working)
          </label>
        </div>
        <div className="actions">
          <ActionButton
            type="submit"
            className="button-primary"
            isUnavailable={revokeMutation.isPending}
          >
            {revokeMutation.isPending
              ? 'Revoking…'
              : revokeError && shouldRevoke
                ? 'Try again'
                : 'Sign out'}
          </ActionButton>
          {revokeError && shouldRevoke && (
            <button type="button" onClick={() => endSession('signed-out')}>
              Sign out without revoking
            </button>
          )}
        </div>
      </form>
    </div>
  )
}
