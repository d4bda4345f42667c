import { MaskedSecret } from '../../components/ui/masked-secret.tsx'
import { describeKind } from './token-words.ts'
import type { RecognisedToken } from './token-paste-form.tsx'

interface RecognisedTokenFactsProps {
  recognised: RecognisedToken
  /** Off when an account card below shows the token already. */
  showsToken: boolean
}

/** What Plexkey read from the pasted text before sending anything. */
export function RecognisedTokenFacts({
  recognised,
  showsToken,
}: RecognisedTokenFactsProps) {
  const { kind, token, extraction } = recognised
  const what = describeKind(kind)

  return (
    <dl className="facts">
      <dt>What it is</dt>
      <dd>{what.charAt(0).toUpperCase() + what.slice(1)}</dd>
      {extraction && (
        <>
          <dt>Found in</dt>
          <dd>
            {extraction.from === 'url' ? (
              <>
                a link to <code>{extraction.host}</code> (the token was taken
                out of it; the link is not kept)
              </>
            ) : extraction.from === 'header' ? (
              'an X-Plex-Token header line (the token was taken out of it)'
            ) : extraction.from === 'curl' ? (
              'a curl command (the token was taken out of it; the command is not kept)'
            ) : (
              'a query string (the token was taken out of it)'
            )}
          </dd>
        </>
      )}
      {showsToken && (
        <>
          <dt>Token</dt>
          <dd>
            <MaskedSecret name="token" value={token} />
          </dd>
        </>
      )}
    </dl>
  )
}
