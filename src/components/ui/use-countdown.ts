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

/**
 * What a screen reader should hear of a countdown: every 30 s while long,
 * every 10 s near the end, never every tick.
 */
export function announcedWait(seconds: number): string | null {
  if (seconds === 0) return null
  const step = seconds > 60 ? 30 : 10
  const rounded = Math.ceil(seconds / step) * step
  return formatWait(rounded)
}
