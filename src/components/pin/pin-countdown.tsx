import {
  formatWait,
  useAnnouncedSeconds,
  useCountdown,
  type AnnouncementStep,
  type Deadline,
} from '../ui/use-countdown.ts'

/**
 * Time left on a PIN. The visible clock ticks each second; screen readers
 * hear the true time left only now and then (see timeLeftStep), not every
 * tick.
 */
export function PinCountdown({ deadline }: { deadline: Deadline }) {
  const secondsLeft = useCountdown(deadline)
  const announced = useAnnouncedSeconds(secondsLeft, timeLeftStep, deadline)

  return (
    <>
      <p className="pin-countdown" aria-hidden="true">
        Time left: <strong>{formatWait(secondsLeft)}</strong>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced > 0 && `${formatWait(announced)} left.`}
      </p>
    </>
  )
}

/**
 * How often a PIN's time left, which starts at 15 or 30 minutes, is
 * spoken: every 5 minutes, each minute in the last 5, every 15 seconds in
 * the last one.
 */
export const timeLeftStep: AnnouncementStep = (seconds) =>
  seconds > 300 ? 300 : seconds > 60 ? 60 : 15
