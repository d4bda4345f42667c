import { type ReactNode } from 'react'
import { Link, useRoute } from 'wouter'
import { useSession } from '../lib/session/session-provider.tsx'
import { InsecureContextBanner } from '../components/ui/insecure-context-banner.tsx'

export function Layout({ children }: { children: ReactNode }) {
  const { isSignedIn } = useSession()

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          Plexkey
        </Link>
        <nav aria-label="Main" className="site-nav">
          {isSignedIn && (
            <>
              <NavLink href="/account" pattern="/account">
                Account
              </NavLink>
              <NavLink href="/servers" pattern="/servers/*?">
                Servers
              </NavLink>
            </>
          )}
          <NavLink href="/inspect" pattern="/inspect">
            Inspect a token
          </NavLink>
          {isSignedIn && (
            <NavLink href="/sign-out" pattern="/sign-out">
              Sign out
            </NavLink>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <InsecureContextBanner />
        {children}
      </main>
    </>
  )
}

function NavLink({
  href,
  pattern,
  children,
}: {
  href: string
  pattern: string
  children: ReactNode
}) {
  const [isActive] = useRoute(pattern)
  return (
    <Link href={href} aria-current={isActive ? 'page' : undefined}>
      {children}
    </Link>
  )
}
