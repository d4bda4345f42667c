import { openPlaceholderWindow } from './sign-in-window.ts'

// The window this page opened for Plex's sign-in page. A module's, not a
// screen's: it outlasts a move to another screen, though not a reload.
let plexWindow: Window | null = null

/**
 * The window, while Plexkey can still reach it. Once Plex's page is in it,
 * Plex's Cross-Origin-Opener-Policy cuts the link: `closed` then reads
 * true, and close(), focus() or a window name no longer reach it.
 */
function reachablePlexWindow(): Window | null {
  return plexWindow && !plexWindow.closed ? plexWindow : null
}

/**
 * A window for Plex's page: the one already open, brought forward, when
 * Plexkey can still reach it, else a new one (null when none may open).
 * Call it within the click, as openPlaceholderWindow says.
 */
export function openPlexWindow(): Window | null {
  const reachable = reachablePlexWindow()
  if (reachable) {
    reachable.focus()
    return reachable
  }
  plexWindow = openPlaceholderWindow()
  return plexWindow
}

/**
 * Closes the window if Plexkey can still reach it. False when it cannot:
 * the person closed it, or Plex's page cut the link (see above).
 */
export function closePlexWindow(): boolean {
  const reachable = reachablePlexWindow()
  plexWindow = null
  reachable?.close()
  return reachable !== null
}
