import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import { registerSecret } from '../../lib/log.ts'
import { retryingAfter } from '../../components/ui/retry-wait.tsx'
import { useSession } from '../../lib/session/session-provider.tsx'
import { InspectionOutcome } from './inspection-outcome.tsx'
import { RecognisedTokenFacts } from './recognised-token-facts.tsx'
import { TokenExplanation } from './token-explanation.tsx'
import { TokenPasteForm, type RecognisedToken } from './token-paste-form.tsx'
import { useInspectToken } from './use-inspect-token.ts'

/** Paste any Plex token, link or query string and see what it is. */
export function InspectScreen() {
  const { isSignedIn } = useSession()
  const inspection = useInspectToken()
  const [recognised, setRecognised] = useState<RecognisedToken | null>(null)
  const resultRef = useRef<HTMLDivElement>(null)
  const asksPlexTv =
    recognised?.kind === 'account' || recognised?.kind === 'jwt'
  const isSettled =
    recognised !== null &&
    (!asksPlexTv || inspection.isSuccess || inspection.isError)

  useEffect(() => {
    if (isSettled) resultRef.current?.focus()
  }, [isSettled, recognised])

  async function handleInspect(next: RecognisedToken) {
    inspection.reset()
    // Every kind is a secret, sent or not (a transient token opens a server).
    registerSecret(next.token)
    setRecognised(next)
    if (next.kind !== 'account' && next.kind !== 'jwt') return
    // Failures are shown from inspection.error.
    await inspection.mutateAsync(next.token).catch(() => undefined)
  }

  return (
    <div className="stack">
      <ScreenHeading>Inspect a token</ScreenHeading>
      <p className="muted">
        Paste a Plex token to see what it is and whose account it opens. It
        stays in this tab: Plexkey sends account tokens only to plex.tv, and
        nothing at all for the other kinds.
        {!isSignedIn && (
          <>
            {' '}
            To use your own account, <Link href="/sign-in">sign in</Link>.
          </>
        )}
      </p>
      <TokenPasteForm
        isInspecting={inspection.isPending}
        onInspect={handleInspect}
        onEdit={() => setRecognised(null)}
      />
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {recognised && (
          <section className="stack" aria-label="What was pasted">
            <RecognisedTokenFacts
              recognised={recognised}
              showsToken={!(asksPlexTv && inspection.isSuccess)}
            />
            {asksPlexTv ? (
              <InspectionOutcome
                token={recognised.token}
                account={inspection.data}
                error={inspection.error}
                retrying={retryingAfter(inspection)}
                isSignedIn={isSignedIn}
              />
            ) : (
              <TokenExplanation recognised={recognised} />
            )}
          </section>
        )}
      </div>
    </div>
  )
}
