import { type ReactNode } from 'react'
import { Link, useRoute } from 'wouter'
import { useSession } from '../lib/session/session-provider.tsx'

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
        {isSignedIn && (
          <nav aria-label="Main" className="site-nav">
            <NavLink href="/account" pattern="/account">
              Account
            </NavLink>
            <NavLink href="/servers" pattern="/servers/*?">
              Servers
            </NavLink>
            <NavLink href="/sign-out" pattern="/sign-out">
              Sign out
            </NavLink>
          </nav>
        )}
      </header>
      <main id="main">{children}</main>
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
