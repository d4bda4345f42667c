import { useCallback, useEffect, useState } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { Router, useLocation } from 'wouter'
import { ScreenFocusScope } from '../components/ui/screen-heading.tsx'
import { createQueryClient } from '../lib/query-client.ts'
import {
  SessionProvider,
  useSession,
  type SessionEndReason,
} from '../lib/session/session-provider.tsx'
import { PinSignInsProvider } from '../components/pin/pin-sign-ins.tsx'
import { saveReturnTarget } from '../lib/session/return-target.ts'
import { exposeCacheKeysForE2e } from './expose-cache-keys.ts'
import { Layout } from './layout.tsx'
import { AppRoutes } from './routes.tsx'

interface AppProps {
  /** Tests pass a memory location hook; the browser uses the address bar. */
  routerHook?: Parameters<typeof Router>[0]['hook']
  /** Tests of the retry policy turn retries on; otherwise the default. */
  retries?: number
}

const TOKEN_REJECTED = 'token-rejected'

export function App({ routerHook, retries }: AppProps) {
  // The query client exists before the session does; plex.tv rejecting the
  // session's token reaches the session through this event.
  const [tokenRejections] = useState(() => new EventTarget())
  const [queryClient] = useState(() => {
    const client = createQueryClient({
      onSessionEnded: () =>
        tokenRejections.dispatchEvent(new Event(TOKEN_REJECTED)),
      retries,
    })
    exposeCacheKeysForE2e(client)
    return client
  })

  return (
    <QueryClientProvider client={queryClient}>
      <Router hook={routerHook}>
        <SessionRoot tokenRejections={tokenRejections} />
      </Router>
    </QueryClientProvider>
  )
}

function SessionRoot({ tokenRejections }: { tokenRejections: EventTarget }) {
  const [location, navigate] = useLocation()
  const goToSignIn = useCallback(
    (reason: SessionEndReason) => {
      // The person did not choose this end: signing in again goes back to
      // the screen they were on.
      if (reason === 'token-rejected') saveReturnTarget(location)
      navigate('/sign-in', { replace: true })
    },
    [location, navigate],
  )

  return (
    <SessionProvider onEnded={goToSignIn}>
      <EndSessionOnRejection tokenRejections={tokenRejections} />
      <PinSignInsProvider>
        <ScreenFocusScope>
          <Layout>
            <AppRoutes />
          </Layout>
        </ScreenFocusScope>
      </PinSignInsProvider>
    </SessionProvider>
  )
}

function EndSessionOnRejection({
  tokenRejections,
}: {
  tokenRejections: EventTarget
}) {
  const { endSession } = useSession()

  useEffect(() => {
    const handleRejection = () => endSession('token-rejected')
    tokenRejections.addEventListener(TOKEN_REJECTED, handleRejection)
    return () =>
      tokenRejections.removeEventListener(TOKEN_REJECTED, handleRejection)
  }, [endSession, tokenRejections])

  return null
}
