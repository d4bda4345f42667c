import { Alert } from '../ui/alert.tsx'
import type { EndedWait } from './use-pin-sign-in.ts'

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })

export const SIGNED_OUT_ELSEWHERE_STOP =
  'You signed out in another Plexkey tab, so this sign-in was stopped.'

/**
 * Why a link code's wait ended, said honestly: plex.tv cancels no PIN, so
 * the code still links at plex.tv/link until it expires; only this tab no
 * longer takes what that makes.
 */
export function EndedLinkCodeNotice({ ended }: { ended: EndedWait }) {
  const title =
    ended.why === 'cancelled' ? 'Sign-in cancelled.' : SIGNED_OUT_ELSEWHERE_STOP
  return (
    <Alert tone="info" title={title}>
      {ended.pin ? (
        <p>
          plex.tv may still accept the code {ended.pin.code} at its link page
          until it expires at {timeFormat.format(ended.pin.expiresAt)}, but
          entering it now signs nothing in here.
        </p>
      ) : (
        <p>No code was shown yet; nothing signs in here.</p>
      )}
    </Alert>
  )
}

/** Why a "Sign in with Plex" wait ended, when this tab did not end it. */
export function SignInStoppedNotice({
  isPageInThisTab,
}: {
  /** Plex's page showed in this tab, not in a window. */
  isPageInThisTab: boolean
}) {
  return (
    <Alert tone="info" title={SIGNED_OUT_ELSEWHERE_STOP}>
      <p>
        {isPageInThisTab
          ? 'Approving it on Plex’s page now signs nothing in.'
          : 'If Plex’s page is still open in another window, close it: approving there now signs nothing in.'}
      </p>
    </Alert>
  )
}
