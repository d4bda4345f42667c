import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  type ReactNode,
} from 'react'
import { Redirect, Route, Switch, useLocation } from 'wouter'
import {
  clearReturnTarget,
  destinationAfterSignIn,
  saveReturnTarget,
} from '../lib/session/return-target.ts'
import { useSession } from '../lib/session/session-provider.tsx'
import { NotFoundScreen } from './not-found-screen.tsx'

// Each screen is its own chunk: the sign-in route loads only what sign-in
// needs.
const SignInScreen = lazy(() =>
  import('../features/sign-in/sign-in-screen.tsx').then((module) => ({
    default: module.SignInScreen,
  })),
)
const LinkDeviceScreen = lazy(() =>
  import('../features/link-device/link-device-screen.tsx').then((module) => ({
    default: module.LinkDeviceScreen,
  })),
)
const AccountScreen = lazy(() =>
  import('../features/account/account-screen.tsx').then((module) => ({
    default: module.AccountScreen,
  })),
)
const ServersScreen = lazy(() =>
  import('../features/servers/servers-screen.tsx').then((module) => ({
    default: module.ServersScreen,
  })),
)
const ShareScreen = lazy(() =>
  import('../features/share/share-screen.tsx').then((module) => ({
    default: module.ShareScreen,
  })),
)
const SourcesScreen = lazy(() =>
  import('../features/sources/sources-screen.tsx').then((module) => ({
    default: module.SourcesScreen,
  })),
)
const SignOutScreen = lazy(() =>
  import('../features/sign-out/sign-out-screen.tsx').then((module) => ({
    default: module.SignOutScreen,
  })),
)
const InspectScreen = lazy(() =>
  import('../features/inspect/inspect-screen.tsx').then((module) => ({
    default: module.InspectScreen,
  })),
)

export function AppRoutes() {
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Switch>
        <Route path="/">
          <HomeRedirect />
        </Route>
        {/* What a static host serves for "/": the same start. */}
        <Route path="/index.html">
          <HomeRedirect />
        </Route>
        <Route path="/sign-in/:step?">
          <SignedOutOnly>
            <SignInScreen />
          </SignedOutOnly>
        </Route>
        <Route path="/link-device">
          <SignedOutOnly>
            <LinkDeviceScreen />
          </SignedOutOnly>
        </Route>
        <Route path="/account">
          <SignedInOnly>
            <AccountScreen />
          </SignedInOnly>
        </Route>
        <Route path="/servers">
          <SignedInOnly>
            <ServersScreen />
          </SignedInOnly>
        </Route>
        <Route path="/servers/:clientIdentifier/share">
          {(params) => (
            <SignedInOnly>
              <ShareScreen clientIdentifier={params.clientIdentifier} />
            </SignedInOnly>
          )}
        </Route>
        <Route path="/servers/:clientIdentifier/sources">
          {(params) => (
            <SignedInOnly>
              <SourcesScreen clientIdentifier={params.clientIdentifier} />
            </SignedInOnly>
          )}
        </Route>
        <Route path="/inspect">
          <InspectScreen />
        </Route>
        <Route path="/sign-out">
          <SignedInOnly>
            <SignOutScreen />
          </SignedInOnly>
        </Route>
        <Route>
          <NotFoundScreen />
        </Route>
      </Switch>
    </Suspense>
  )
}

/**
 * While a screen's chunk loads: a heading, as every screen has one, and no
 * live region, since the screen itself follows in a moment. It shows only
 * if the wait is long enough to notice (styles.css).
 */
function ScreenLoading() {
  return <h1 className="screen-loading">Loading…</h1>
}

function HomeRedirect() {
  const { isSignedIn } = useSession()
  return <Redirect to={isSignedIn ? '/account' : '/sign-in'} replace />
}

function SignedInOnly({ children }: { children: ReactNode }) {
  const { isSignedIn } = useSession()
  return isSignedIn ? <Arrived>{children}</Arrived> : <SignInFirst />
}

/** Sign-in, remembering the screen that was asked for. */
function SignInFirst() {
  const [location, navigate] = useLocation()

  useLayoutEffect(() => {
    saveReturnTarget(location)
    navigate('/sign-in', { replace: true })
  }, [location, navigate])

  return null
}

/** A screen that needed a session is open: nothing is left to return to. */
function Arrived({ children }: { children: ReactNode }) {
  useEffect(() => clearReturnTarget(), [])
  return children
}

// However the session started (password, code, PIN, link code), the
// sign-in screens send it on from here, once it has: to the screen a
// signed-out visit asked for, or the account.
function SignedOutOnly({ children }: { children: ReactNode }) {
  const { isSignedIn } = useSession()
  return isSignedIn ? (
    <Redirect to={destinationAfterSignIn()} replace />
  ) : (
    children
  )
}
