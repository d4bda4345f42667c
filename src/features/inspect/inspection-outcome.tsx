import { AccountCard } from '../../components/account/account-card.tsx'
import { Alert } from '../../components/ui/alert.tsx'
import {
  RateLimitWait,
  RetryingNotice,
} from '../../components/ui/retry-wait.tsx'
import type { PlexAccount } from '../../lib/plex/account-schema.ts'
import type { PlexError } from '../../lib/plex/plex-error.ts'
import { UseThisToken } from './use-this-token.tsx'

interface InspectionOutcomeProps {
  token: string
  account: PlexAccount | undefined
  error: PlexError | null
  /** The failure plex.tv is being asked again after, if any. */
  retrying: PlexError | null
  isSignedIn: boolean
}

/** plex.tv's answer about an account token or JWT. */
export function InspectionOutcome({
  token,
  account,
  error,
  retrying,
  isSignedIn,
}: InspectionOutcomeProps) {
  const sessionNote = isSignedIn ? (
    <p>Your own session is not affected: you are still signed in.</p>
  ) : null

  if (retrying) {
    return (
      <RetryingNotice what="plex.tv's answer about it" failure={retrying} />
    )
  }
  if (error?.kind === 'unauthorized') {
    return (
      <Alert tone="error" title="Revoked or not accepted by plex.tv.">
        <p>
          plex.tv does not accept this token: it has been revoked (signed out),
          it has expired, or it was never a Plex token.
        </p>
        {sessionNote}
      </Alert>
    )
  }
  if (error) {
    return (
      <Alert tone="error" title="Could not inspect this token.">
        <p>{error.message}</p>
        <p>This says nothing about whether the token works.</p>
        <RateLimitWait error={error} isAutomatic={false} />
        {sessionNote}
      </Alert>
    )
  }
  if (!account) {
    return (
      <p role="status" className="muted">
        Asking plex.tv whose token this is…
      </p>
    )
  }

  return (
    <>
      <AccountCard account={account} token={token} />
      <UseThisToken account={account} token={token} />
    </>
  )
}
