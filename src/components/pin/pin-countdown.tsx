import { formatWait, useCountdown, type Deadline } from '../ui/use-countdown.ts'

/**
 * Time left on a PIN. The visible clock ticks each second; screen readers
 * hear it only now and then (see announcedTimeLeft), not every tick.
 */
export function PinCountdown({ deadline }: { deadline: Deadline }) {
  const secondsLeft = useCountdown(deadline)
  const announced = announcedTimeLeft(secondsLeft)

  return (
    <>
      <p className="pin-countdown" aria-hidden="true">
        Time left: <strong>{formatWait(secondsLeft)}</strong>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced && `${announced} left.`}
      </p>
    </>
  )
}

/**
 * What a screen reader should hear of a PIN's time left, which starts at
 * 15 or 30 minutes: every 5 minutes, each minute in the last 5, every
 * 15 seconds in the last one.
 */
export function announcedTimeLeft(seconds: number): string | null {
  if (seconds <= 0) return null
  const step = seconds > 300 ? 300 : seconds > 60 ? 60 : 15
  return formatWait(Math.ceil(seconds / step) * step)
}
