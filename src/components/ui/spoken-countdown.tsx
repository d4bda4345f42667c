import type { ReactNode } from 'react'
import {
  useAnnouncedSeconds,
  type AnnouncementStep,
  type Deadline,
} from './use-countdown.ts'

interface SpokenCountdownProps {
  secondsLeft: number
  deadline: Deadline | null
  /** How far apart the time left is spoken (useAnnouncedSeconds). */
  step: AnnouncementStep
  /** The line on screen, redrawn each tick and hidden from screen readers. */
  shown: (secondsLeft: number) => ReactNode
  /** What a screen reader hears, at the step's moments only. */
  spoken: (announcedSeconds: number) => string
  shownClassName?: string
}

/**
 * A countdown in two lines: one that ticks for the eye, and a live one that
 * speaks the true time left now and then, never each tick.
 */
export function SpokenCountdown({
  secondsLeft,
  deadline,
  step,
  shown,
  spoken,
  shownClassName,
}: SpokenCountdownProps) {
  const announced = useAnnouncedSeconds(secondsLeft, step, deadline)
  return (
    <>
      <p className={shownClassName} aria-hidden="true">
        {shown(secondsLeft)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken(announced)}
      </p>
    </>
  )
}
