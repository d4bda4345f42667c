import { useEffect, useState } from 'react'

/** A moment to count down to, with the seconds left when it was set. */
export interface Deadline {
  until: number
  seconds: number
}

/** A deadline `seconds` from now; call it where the wait begins. */
export function deadlineIn(seconds: number): Deadline {
  return { until: Date.now() + seconds * 1000, seconds }
}

/**
 * Seconds left until the deadline, ticking once a second; 0 once it has
 * passed or when there is none. It reads the clock on each tick rather than
 * counting ticks, since background tabs run timers late.
 */
export function useCountdown(deadline: Deadline | null): number {
  const [trackedDeadline, setTrackedDeadline] = useState(deadline)
  const [secondsLeft, setSecondsLeft] = useState(deadline?.seconds ?? 0)

  if (trackedDeadline !== deadline) {
    setTrackedDeadline(deadline)
    setSecondsLeft(deadline?.seconds ?? 0)
  }

  useEffect(() => {
    if (deadline === null) return
    const timer = setInterval(() => {
      const seconds = Math.ceil((deadline.until - Date.now()) / 1000)
      setSecondsLeft(Math.max(0, seconds))
      if (seconds <= 0) clearInterval(timer)
    }, 1000)
    return () => clearInterval(timer)
  }, [deadline])

  return secondsLeft
}

/** "2 min 5 s", "45 s": short enough to read aloud. */
export function formatWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes === 0) return `${rest} s`
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`
}

/** How many seconds apart a countdown is spoken, for the time left. */
export type AnnouncementStep = (secondsLeft: number) => number

/**
 * For short waits (a rate limit, a sign-in hold): every 30 s while long,
 * every 10 s in the last minute.
 */
export const waitAnnouncementStep: AnnouncementStep = (seconds) =>
  seconds > 60 ? 30 : 10

/**
 * The seconds a screen reader should hear of a countdown: the true time
 * left when the wait begins, and again each time it passes a multiple of
 * the step (`step(secondsLeft)`), never each tick; 0 once it is over. The
 * number holds between those moments, so a live region showing it speaks
 * only when it changes. A new `deadline` starts over.
 */
export function useAnnouncedSeconds(
  secondsLeft: number,
  step: AnnouncementStep,
  deadline: Deadline | null,
): number {
  const [announced, setAnnounced] = useState({ secondsLeft, deadline })
  const isNewMoment =
    announced.deadline !== deadline ||
    stretchOf(secondsLeft, step) !== stretchOf(announced.secondsLeft, step)
  if (isNewMoment) setAnnounced({ secondsLeft, deadline })
  return isNewMoment ? secondsLeft : announced.secondsLeft
}

// Which stretch between two spoken moments `seconds` falls in: the same
// for every second from one multiple of the step down to just above the
// next.
function stretchOf(seconds: number, step: AnnouncementStep): string {
  if (seconds <= 0) return 'over'
  const size = step(seconds)
  return `${size}:${Math.ceil(seconds / size)}`
}
