import type { PlexServer } from '../../lib/plex/resources.ts'

/** What a transient token made here gives whoever holds it. */
export function GrantsExplainer({ server }: { server: PlexServer }) {
  return (
    <section className="alert grants" aria-labelledby="grants-heading">
      <h2 id="grants-heading">What a transient token gives</h2>
      <ul>
        {server.owned ? (
          <li>
            <strong>Full owner rights on {server.name}</strong>: the same as
            your own token there. Whoever holds it can do anything you can on
            this server, including changing its settings and libraries.
          </li>
        ) : (
          <li>
            <strong>Your access to {server.name}</strong>, no more: the same
            libraries {server.sourceTitle || 'its owner'} shared with you.
          </li>
        )}
        <li>
          It lasts <strong>up to 48 hours</strong>, less if the server restarts:
          a restart ends every transient token at once. It cannot be narrowed or
          ended early any other way.
        </li>
        <li>
          For lasting or limited access, share libraries from Plex itself
          instead: plex.tv → Settings → Manage Library Access.{' '}
          <a
            href="https://support.plex.tv/articles/201105343-share-your-library-with-friends-and-family/"
            target="_blank"
            rel="noopener noreferrer"
          >
            How sharing works (Plex support, opens in a new tab)
          </a>
        </li>
      </ul>
    </section>
  )
}
