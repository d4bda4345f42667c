import { useLocation } from 'wouter'
import { ActionButton } from '../../components/ui/action-button.tsx'
import type { PlexAccount } from '../../lib/plex/account-schema.ts'
import { destinationAfterSignIn } from '../../lib/session/return-target.ts'
import { useSession } from '../../lib/session/session-provider.tsx'
import { getSessionToken } from '../../lib/session/token-store.ts'

interface UseThisTokenProps {
  account: PlexAccount
  /** The token as pasted, which the session keeps. */
  token: string
}

/** Makes an inspected token this tab's session. */
export function UseThisToken({ account, token }: UseThisTokenProps) {
  const { isSignedIn, startSession } = useSession()
  const [, navigate] = useLocation()

  // Inspecting one's own token is common (to see what it opens): using it
  // would change nothing.
  if (isSignedIn && getSessionToken() === token) {
    return (
      <p className="muted">
        This is the token this tab is signed in with. Plexkey keeps it in this
        tab only.
      </p>
    )
  }

  function handleUse() {
    // plex.tv may answer a JWT with the account's classic token; the
    // session keeps what was pasted and inspected.
    startSession({ ...account, authToken: token })
    navigate(destinationAfterSignIn())
  }

  return (
    <div className="stack">
      <p className="muted">
        {isSignedIn
          ? 'Using it replaces the account you are signed in with, in this tab only. Your current token is not revoked.'
          : 'Using it signs this tab in with it, as a sign-in would. Plexkey keeps it in this tab only.'}
      </p>
      <div className="actions">
        <ActionButton className="button-primary" onClick={handleUse}>
          Use this token
        </ActionButton>
      </div>
    </div>
  )
}
