import { Alert } from '../../components/ui/alert.tsx'
import type { ShareAddress } from './share-address.ts'

interface ShareLinkReachProps {
  address: ShareAddress
  serverName: string
  /** The address that answered in this browser, where Test token asks. */
  testedUri: string
}

/** Where the copied link leads, and whether a friend elsewhere can use it. */
export function ShareLinkReach({
  address,
  serverName,
  testedUri,
}: ShareLinkReachProps) {
  if (address.reach === 'local-network') {
    return (
      <Alert tone="warning" title="This link works only on your own network.">
        <p>
          plex.tv lists no address of {serverName} that works from elsewhere, so
          the link leads to <span className="uri">{address.uri}</span>, where it
          answered you. For a friend elsewhere, turn on Remote Access in the
          server’s Plex settings and make a new token, or send the token with an
          address they can reach.
        </p>
      </Alert>
    )
  }

  return (
    <p className="field-hint">
      It leads to <span className="uri">{address.uri}</span>, {serverName}’s
      address for use over the internet.
      {address.isRelay &&
        ' That is Plex’s relay: it works from anywhere, but slowly, as plex.tv lists no direct address for elsewhere.'}
      {address.isPlainHttp &&
        ' It is plain http, so the token in the link travels unencrypted.'}
      {address.uri !== testedUri && (
        <>
          {' '}
          This browser has not checked that address: Test token asks{' '}
          <span className="uri">{testedUri}</span>, where {serverName} answered
          here. That is normal: the link’s address is the one for use from
          outside your network, and from inside it often does not answer.
        </>
      )}
    </p>
  )
}
