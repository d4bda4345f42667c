import { type Ref } from 'react'
import { CopyButton } from '../../components/ui/copy-button.tsx'
import { MaskedSecret } from '../../components/ui/masked-secret.tsx'
import { FriendGuide } from './friend-guide.tsx'
import { type ShareAddress, shareLink } from './share-address.ts'
import { ShareLinkReach } from './share-link-reach.tsx'
import { TokenCheck } from './token-check.tsx'

const LIFETIME_MS = 48 * 60 * 60 * 1000

export interface MadeToken {
  token: string
  madeAt: Date
  /** The server address it was made at, where "Test token" asks. */
  baseUrl: string
  /** Where the link for the friend leads. */
  linkAddress: ShareAddress
}

interface TransientTokenResultProps {
  made: MadeToken
  serverName: string
  headingRef: Ref<HTMLHeadingElement>
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'full',
  timeStyle: 'short',
})

export function TransientTokenResult({
  made,
  serverName,
  headingRef,
}: TransientTokenResultProps) {
  const validUntil = new Date(made.madeAt.getTime() + LIFETIME_MS)

  return (
    <section className="card stack" aria-labelledby="made-token-heading">
      <h2 id="made-token-heading" ref={headingRef} tabIndex={-1}>
        Your transient token for {serverName}
      </h2>
      <dl className="facts">
        <dt>Made</dt>
        <dd>{timeFormat.format(made.madeAt)}</dd>
        <dt>Valid until at most</dt>
        <dd>{timeFormat.format(validUntil)}</dd>
        <dt>Token</dt>
        <dd>
          <MaskedSecret name="token" value={made.token} />
        </dd>
        <dt>Link</dt>
        <dd className="stack">
          <div className="secret">
            <CopyButton
              text={shareLink(made.linkAddress.uri, made.token)}
              label="Copy link"
              copiedMessage="Link copied."
            />
          </div>
          <ShareLinkReach
            address={made.linkAddress}
            serverName={serverName}
            testedUri={made.baseUrl}
          />
        </dd>
      </dl>
      <TokenCheck
        baseUrl={made.baseUrl}
        serverName={serverName}
        token={made.token}
      />
      <FriendGuide serverName={serverName} linkAddress={made.linkAddress} />
    </section>
  )
}
