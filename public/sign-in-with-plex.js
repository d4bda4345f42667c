// @ts-check
// The "Sign in with Plex" window's own page (see sign-in-with-plex.html).
// A plain file, as the Content-Security-Policy allows no inline script.

// NOTE: src/components/pin/sign-in-window-channel.ts speaks the other end of
// this channel: the names and message shapes must match it.
const CHANNEL_NAME = 'plexkey-sign-in-with-plex'
const APPROVED = 'plex-approved'
const STILL_WAITING = 'still-waiting'
const SIGNED_IN_ANOTHER_WAY = 'signed-in-another-way'

// Plexkey sends a new window on within a moment; one still here after this
// was opened some other way, or Plexkey's tab went away.
const PLACEHOLDER_PATIENCE_MS = 4_000
// How long the tab that waits for this sign-in gets to answer.
const ANSWER_PATIENCE_MS = 3_000

const statusLine = document.getElementById('status')

/** @param {string} text */
function say(text) {
  if (statusLine) statusLine.textContent = text
}

function sayWhatThisWindowIs() {
  say(
    'This window is where Plexkey shows Plex’s sign-in page for “Sign in with Plex”, but nothing was sent to it. You can close it, and start again in Plexkey.',
  )
}

/** @param {number} pin */
function reportApproval(pin) {
  if (typeof BroadcastChannel === 'undefined') {
    say(
      'Plex has your approval. If Plexkey is still waiting for this sign-in, its tab is signing you in. You can close this window.',
    )
    return
  }

  say('Plex has your approval. Checking with Plexkey…')
  const channel = new BroadcastChannel(CHANNEL_NAME)
  const nobodyWaits = setTimeout(() => {
    say(
      'No Plexkey tab is waiting for this sign-in any more: it was cancelled, it ran out of time, its tab signed in another way, or its tab was closed. Plexkey did not sign in with it. You can close this window.',
    )
  }, ANSWER_PATIENCE_MS)

  channel.onmessage = (event) => {
    const data = event.data
    if (data?.pin !== pin) return
    if (data.type === SIGNED_IN_ANOTHER_WAY) {
      clearTimeout(nobodyWaits)
      channel.close()
      say(
        'The Plexkey tab that asked for this sign-in had already signed in another way, so it did not use this approval. You can close this window.',
      )
      return
    }
    if (data.type !== STILL_WAITING) return
    clearTimeout(nobodyWaits)
    channel.close()
    say('Plexkey is signing you in, in its own tab. This window closes now.')
    window.close()
  }
  channel.postMessage({ type: APPROVED, pin })
}

const pin = Number(new URLSearchParams(location.search).get('pin'))
if (Number.isSafeInteger(pin) && pin > 0) {
  reportApproval(pin)
} else {
  setTimeout(sayWhatThisWindowIs, PLACEHOLDER_PATIENCE_MS)
}
