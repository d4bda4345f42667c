import { TransientTokenLifetime } from '../../components/servers/transient-token-lifetime.tsx'
import type { ShareAddress } from './share-address.ts'

interface FriendGuideProps {
  serverName: string
  linkAddress: ShareAddress
}

/** What the friend can do with what they were sent, and what they cannot. */
export function FriendGuide({ serverName, linkAddress }: FriendGuideProps) {
  return (
    <section aria-labelledby="friend-guide-heading">
      <h2 id="friend-guide-heading">What your friend does with it</h2>
      <ul>
        <li>
          The token and the link are for tools and apps that talk to a Plex
          server directly: ones that ask for a server address and a token
          (X-Plex-Token), or take a URL carrying <code>X-Plex-Token</code>. The
          link holds both, and leads to{' '}
          {linkAddress.reach === 'internet'
            ? `${serverName}’s address for use over the internet, meant to work from wherever they are.`
            : `${serverName}’s address on your network, so it works only there: at your place, not from theirs.`}
        </li>
        <li>
          Opened in a browser, the link shows the server’s answer as XML: that
          proves the token works, nothing more. It is not a way into the Plex
          apps or Plex Web; for those, share libraries from Plex itself.
        </li>
        <li>
          Keep it private: anyone with the token or link has the same access
          until it ends.
        </li>
      </ul>
      <p className="muted">
        <TransientTokenLifetime /> To end it sooner, restart the server: that
        ends every transient token made on it.
      </p>
    </section>
  )
}
