import {
  createContext,
  use,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useState,
  type ReactNode,
} from 'react'
import { useLocation } from 'wouter'
import type { PlexAccount } from '../../lib/plex/account-schema.ts'
import type { PinKind } from '../../lib/session/pending-pin-store.ts'
import { destinationAfterSignIn } from '../../lib/session/return-target.ts'
import { onSignOutElsewhere } from '../../lib/session/session-channel.ts'
import { useSession } from '../../lib/session/session-provider.tsx'
import { usePinSignIn, type PinSignIn } from './use-pin-sign-in.ts'
import { useAnswerSignInWindow } from './sign-in-window-channel.ts'

const PinSignInsContext = createContext<Record<PinKind, PinSignIn> | null>(null)

/**
 * The tab's PIN sign-ins ("Sign in with Plex" and a code on another
 * device), above the screens: a wait goes on while the person looks at
 * another screen, and an approval signs the tab in wherever it arrives,
 * then opens what a sign-in opens (the screen a link asked for, or the
 * account).
 */
export function PinSignInsProvider({ children }: { children: ReactNode }) {
  const { isSignedIn, startSession } = useSession()
  const [arrival, setArrival] = useState<string | null>(null)

  function handleSignedIn(account: PlexAccount) {
    setArrival(destinationAfterSignIn())
    startSession(account)
  }

  const plex = usePinSignIn({
    kind: 'plex',
    isWanted: !isSignedIn,
    onSignedIn: handleSignedIn,
  })
  const link = usePinSignIn({
    kind: 'link',
    isWanted: !isSignedIn,
    onSignedIn: handleSignedIn,
  })
  useAnswerSignInWindow({
    waitingPinId: plex.pin?.id ?? null,
    approvedPinId: plex.approvedPinId,
    supersededPinId: plex.supersededPinId,
  })

  // A sign-out anywhere ends every wait: approving afterwards must not sign
  // this tab in (SessionProvider forgets the stored PINs).
  const stopWaits = useEffectEvent(() => {
    plex.stopForSignOutElsewhere()
    link.stopForSignOutElsewhere()
  })
  useEffect(() => onSignOutElsewhere(stopWaits), [])

  return (
    <PinSignInsContext value={{ plex, link }}>
      {children}
      {arrival !== null && isSignedIn && (
        <GoOn to={arrival} onGone={() => setArrival(null)} />
      )}
    </PinSignInsContext>
  )
}

/** One of the tab's PIN sign-ins; needs PinSignInsProvider above. */
export function usePinSignInFlow(kind: PinKind): PinSignIn {
  const flows = use(PinSignInsContext)
  if (!flows) throw new Error('usePinSignInFlow needs a PinSignInsProvider')
  return flows[kind]
}

function GoOn({ to, onGone }: { to: string; onGone: () => void }) {
  const [, navigate] = useLocation()

  // In a layout effect, as wouter's Redirect does: before the screen the
  // person was on paints signed in.
  useLayoutEffect(() => {
    navigate(to, { replace: true })
    onGone()
  }, [to, navigate, onGone])

  return null
}
