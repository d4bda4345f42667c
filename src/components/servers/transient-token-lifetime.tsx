/**
 * How long any transient token lives (PLEX-API.md §4), in the one wording
 * every screen that hands one out uses.
 */
export function TransientTokenLifetime() {
  return (
    <>
      It ends 48 hours after it was made at the latest, or when the server
      restarts.
    </>
  )
}
