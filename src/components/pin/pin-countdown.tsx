import { SpokenCountdown } from '../ui/spoken-countdown.tsx'
import {
  formatWait,
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

  return (
    <SpokenCountdown
      secondsLeft={secondsLeft}
      deadline={deadline}
      step={timeLeftStep}
      shownClassName="pin-countdown"
      shown={(seconds) => (
        <>
          Time left: <strong>{formatWait(seconds)}</strong>
        </>
      )}
      spoken={(seconds) => (seconds > 0 ? `${formatWait(seconds)} left.` : '')}
    />
  )
}

/**
 * How often a PIN's time left, which starts at 15 or 30 minutes, is
 * spoken: every 5 minutes, each minute in the last 5, every 15 seconds in
 * the last one.
 */
export const timeLeftStep: AnnouncementStep = (seconds) =>
  seconds > 300 ? 300 : seconds > 60 ? 60 : 15
