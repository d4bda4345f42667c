import { useEffect, useState } from 'react'

/** How long a confirmation stays on screen, and in its live region. */
export const ANNOUNCEMENT_LINGER_MS = 5_000

interface LiveAnnouncementProps {
  /** What to say; null says nothing. */
  text: string | null
  /**
   * Changes each time `text` is to be said again, the same words included
   * (a second copy, say).
   */
  moment: number
  className?: string
}

/**
 * A status line for a confirmation that may come again with the same
 * words ("Token copied."): it shows and speaks `text` at each new
 * `moment`, then empties itself after a few seconds. A region that kept
 * the words would stay silent the second time, as nothing in it changed.
 */
export function LiveAnnouncement({
  text,
  moment,
  className,
}: LiveAnnouncementProps) {
  const [spokenMoment, setSpokenMoment] = useState(moment)
  const [isLingering, setIsLingering] = useState(true)
  if (spokenMoment !== moment) {
    setSpokenMoment(moment)
    setIsLingering(true)
  }

  useEffect(() => {
    if (!isLingering) return
    const timer = setTimeout(
      () => setIsLingering(false),
      ANNOUNCEMENT_LINGER_MS,
    )
    return () => clearTimeout(timer)
  }, [isLingering, spokenMoment])

  return (
    <span className={className} role="status">
      {/* A new node for each moment: the words are added again, not kept. */}
      <span key={spokenMoment}>{isLingering ? text : null}</span>
    </span>
  )
}
