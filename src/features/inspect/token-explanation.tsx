import { Alert } from '../../components/ui/alert.tsx'
import type { RecognisedToken } from './token-paste-form.tsx'

/**
 * Why a transient token or a claim code is not sent to plex.tv: neither
 * opens an account there, so asking would only hand plex.tv a secret.
 */
export function TokenExplanation({
  recognised,
}: {
  recognised: RecognisedToken
}) {
  const serverHost =
    recognised.extraction?.from === 'url' ? recognised.extraction.host : null

  if (recognised.kind === 'claim') {
    return (
      <Alert title="A server claim code, not a sign-in token.">
        <p>
          plex.tv hands out claim codes (at plex.tv/claim) to link a new Plex
          Media Server to an account. A code lasts a few minutes, works once,
          and opens no account, so there is nothing to look up.
        </p>
        <p>
          Plexkey has not sent it anywhere. To sign in, use your e-mail and
          password, or paste an account token.
        </p>
      </Alert>
    )
  }

  return (
    <Alert title="A transient token: it works only on the server that made it.">
      <p>
        A Plex Media Server
        {serverHost ? (
          <>
            {' '}
            (probably the one at <code>{serverHost}</code>)
          </>
        ) : null}{' '}
        made it from another token and gave it the same rights: full owner
        rights if an owner made it. It lasts at most 48 hours, and ends at once
        when that server restarts.
      </p>
      <p>
        plex.tv does not know transient tokens, so Plexkey has not sent it
        anywhere. Only the server that made it can say whether it still works.
      </p>
    </Alert>
  )
}
