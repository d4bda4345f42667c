/** What the friend does with what they were sent. */
export function FriendGuide({ serverName }: { serverName: string }) {
  return (
    <section aria-labelledby="friend-guide-heading">
      <h2 id="friend-guide-heading">What your friend does with it</h2>
      <ol>
        <li>
          With the <strong>link</strong>: open it, or paste it into an app that
          asks for a Plex server address. It leads straight to {serverName} with
          the token in it.
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
