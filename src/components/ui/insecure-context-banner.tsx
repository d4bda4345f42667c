/**
 * Browsers keep the clipboard API, and some window handling, to secure
 * contexts: https pages and localhost. Plexkey served over plain http from
 * a LAN address still works, but those parts may not; say so up front
 * rather than fail at the moment it matters.
 */
export function InsecureContextBanner() {
  // Undefined (an old browser, or jsdom) says nothing either way.
  if (window.isSecureContext !== false) return null
  return (
    <div className="alert alert-warning banner" role="note">
      <p>
        <strong>This page is not on a secure connection.</strong>
      </p>
      <p>
        Browsers limit pages served over plain http from an address other than
        localhost: copying to the clipboard and Sign in with Plex may not work
        here. Open Plexkey over https, or on localhost, to use them.
      </p>
    </div>
  )
}
