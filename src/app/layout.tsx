import { type ReactNode } from 'react'
import { Link } from 'wouter'
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
            <Link href="/account">Account</Link>
            <Link href="/sign-out">Sign out</Link>
          </nav>
        )}
      </header>
      <main id="main">{children}</main>
    </>
  )
}
