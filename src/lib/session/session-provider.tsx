import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { PlexAccount } from '../plex/account-schema.ts'
import { accountQueries } from '../queries/account-queries.ts'
import { clearAddedAddresses } from './added-address-store.ts'
import {
  clearSessionToken,
  getSessionToken,
  saveSessionToken,
} from './token-store.ts'
import { clearPendingPins } from './pending-pin-store.ts'
import { clearReturnTarget } from './return-target.ts'
import { announceSignOut, onSignOutElsewhere } from './session-channel.ts'

/** Why a session ended: each gets its own words on the sign-in screen. */
export type SessionEndReason =
  'signed-out' | 'revoked' | 'token-rejected' | 'signed-out-elsewhere'

/** How the sign-in screen tells the person why they are signed out. */
export interface SessionNotice {
  text: string
  /** A session the person did not end themselves deserves attention. */
  tone: 'success' | 'info' | 'warning'
}

const endNotices: Record<SessionEndReason, SessionNotice> = {
  'signed-out': {
    text: 'You are signed out. This tab no longer holds a Plex token.',
    tone: 'success',
  },
  revoked: {
    text: 'You are signed out, and plex.tv has revoked the token: apps you gave it to stop working too.',
    tone: 'success',
  },
  'token-rejected': {
    text: 'plex.tv no longer accepts this token, so you have been signed out. Sign in again to continue.',
    tone: 'warning',
  },
  'signed-out-elsewhere': {
    text: 'You signed out of Plexkey in another tab.',
    tone: 'info',
  },
}

interface SessionContextValue {
  isSignedIn: boolean
  /** A message for the sign-in screen about how the last session ended. */
  notice: SessionNotice | null
  startSession: (account: PlexAccount) => void
  endSession: (reason: SessionEndReason) => void
  dismissNotice: () => void
}

const SessionContext = createContext<SessionContextValue | null>(null)

interface SessionProviderProps {
  children: ReactNode
  /**
   * Where to go once a session has ended. When plex.tv ended it, the screen
   * the person was on is theirs to come back to (saveReturnTarget); a
   * sign-out has already forgotten any.
   */
  onEnded: (reason: SessionEndReason) => void
}

/**
 * Holds whether this tab is signed in, and the one way in and out: a new
 * session wipes the previous identity's cached data; ending a session wipes
 * this tab's token and cache, and signing out does so in every Plexkey tab.
 */
export function SessionProvider({ children, onEnded }: SessionProviderProps) {
  const queryClient = useQueryClient()
  const [isSignedIn, setIsSignedIn] = useState(() => getSessionToken() !== null)
  const [notice, setNotice] = useState<SessionNotice | null>(null)

  const clearLocalSession = useCallback(
    (reason: SessionEndReason) => {
      clearSessionToken()
      clearAddedAddresses()
      clearPendingPins()
      // Only the person's own choice forgets where they were going.
      if (reason !== 'token-rejected') clearReturnTarget()
      queryClient.clear()
      setIsSignedIn(false)
      setNotice(endNotices[reason])
      onEnded(reason)
    },
    [queryClient, onEnded],
  )

  const endSession = useCallback(
    (reason: SessionEndReason) => {
      clearLocalSession(reason)
      // NOTE: only the person's own sign-out reaches the other tabs. A token
      // plex.tv rejected ends only the session holding it (SECURITY.md
      // SE-04): another tab may hold another, valid token, and one holding
      // this same token learns it at its own next call to plex.tv.
      if (isOwnSignOut(reason)) announceSignOut()
    },
    [clearLocalSession],
  )

  const startSession = useCallback(
    (account: PlexAccount) => {
      queryClient.clear()
      clearAddedAddresses()
      // However this session started, no other sign-in is still waiting.
      clearPendingPins()
      saveSessionToken(account.authToken)
      queryClient.setQueryData(accountQueries.me().queryKey, account)
      setNotice(null)
      setIsSignedIn(true)
    },
    [queryClient],
  )

  useEffect(
    () =>
      onSignOutElsewhere(() => {
        if (getSessionToken() !== null) {
          clearLocalSession('signed-out-elsewhere')
          return
        }
        // A tab that is not signed in still empties what Plexkey keeps: a
        // sign-in waiting here must not sign it in after the person signed
        // out (the waiting flows themselves stop in PinSignInsProvider).
        clearAddedAddresses()
        clearPendingPins()
        clearReturnTarget()
      }),
    [clearLocalSession],
  )

  const value = useMemo(
    () => ({
      isSignedIn,
      notice,
      startSession,
      endSession,
      dismissNotice: () => setNotice(null),
    }),
    [isSignedIn, notice, startSession, endSession],
  )

  return <SessionContext value={value}>{children}</SessionContext>
}

function isOwnSignOut(reason: SessionEndReason): boolean {
  return reason === 'signed-out' || reason === 'revoked'
}

export function useSession(): SessionContextValue {
  const session = use(SessionContext)
  if (!session) throw new Error('useSession needs a SessionProvider above it')
  return session
}
