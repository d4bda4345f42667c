import { Link } from 'wouter'
import { ScreenHeading } from '../components/ui/screen-heading.tsx'

export function NotFoundScreen() {
  return (
    <div className="stack">
      <ScreenHeading>Page not found</ScreenHeading>
      <p>There is no Plexkey screen at this address.</p>
      <p>
        <Link href="/">Go to the start</Link>
      </p>
    </div>
  )
}
