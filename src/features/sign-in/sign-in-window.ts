const WINDOW_NAME = 'plexkey-plex-sign-in'
const WINDOW_FEATURES = 'popup,width=560,height=760'
const PLACEHOLDER_PATH = '/sign-in-with-plex.html'

/**
 * Opens the window Plex's sign-in page will show in, on a page of our own
 * until the PIN exists. Null when the browser would not open one.
 *
 * NOTE: call it synchronously in the click handler, before any await:
 * popup blockers let a page open windows only in direct answer to a click.
 */
export function openPlaceholderWindow(): Window | null {
  const opened = window.open(PLACEHOLDER_PATH, WINDOW_NAME, WINDOW_FEATURES)
  if (!opened) return null

  // Plex's page gets no handle on this one; we still steer the window
  // through our own reference.
  opened.opener = null
  return opened
}

/**
 * Where Plex's page sends the window once the person approved: our own
 * placeholder page, which says what became of the sign-in and closes.
 */
export function windowReturnUrl(pinId: number): string {
  return `${location.origin}${PLACEHOLDER_PATH}?pin=${pinId}`
}

/** Sends this tab to `url`; the sign-in resumes when it comes back. */
export function sendThisTabTo(url: string): void {
  window.location.assign(url)
}
