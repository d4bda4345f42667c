import type { ShareAddress } from './share-address.ts'

interface FriendGuideProps {
  serverName: string
  linkAddress: ShareAddress
}

/** What the friend does with what they were sent. */
export function FriendGuide({ serverName, linkAddress }: FriendGuideProps) {
  return (
    <section aria-labelledby="friend-guide-heading">
      <h2 id="friend-guide-heading">What your friend does with it</h2>
      <ol>
        <li>
          With the <strong>link</strong>: open it, or paste it into an app that
          asks for a Plex server address. It holds the token and{' '}
          {linkAddress.reach === 'internet'
            ? `${serverName}’s address on the internet, for use from wherever they are.`
            : `${serverName}’s address on your network, so it works only there: at your place, not from theirs.`}
        </li>
        <li>
          With the <strong>token</strong>: paste it into an app that asks for a
          Plex token (often called X-Plex-Token), together with the server
          address.
        </li>
        <li>
          Keep it private: anyone with the token or link has the same access
          until it ends.
        </li>
      </ol>
      <p className="muted">
        It stops working after 48 hours at most. To end it sooner, restart the
        server: that ends every transient token made on it.
      </p>
    </section>
  )
}
