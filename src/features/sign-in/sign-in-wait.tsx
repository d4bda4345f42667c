import {
  formatWait,
  useAnnouncedSeconds,
  waitAnnouncementStep,
  type Deadline,
} from '../../components/ui/use-countdown.ts'

interface SignInWaitProps {
  secondsLeft: number
  /** plex.tv said how long to wait; otherwise Plexkey chose the hold. */
  isPlexTvs: boolean
}

/**
 * The time left before the sign-in button works again. A wait plex.tv asked
 * for is given as such; one Plexkey chose is not passed off as plex.tv's.
 */
export function SignInWaitCountdown({
  secondsLeft,
  isPlexTvs,
}: SignInWaitProps) {
  if (secondsLeft <= 0) return null
  const wait = formatWait(secondsLeft)
  return (
    <p aria-hidden="true">
      {isPlexTvs
        ? `Try again in ${wait}.`
        : `The button waits ${wait}, so a quick retry does not add to the failures.`}
    </p>
  )
}

interface SignInWaitAnnouncementProps {
  secondsLeft: number
  /** The wait's deadline; null without one. */
  deadline: Deadline | null
  isPlexTvs: boolean | undefined
}

/**
 * What a screen reader hears of the same wait: the true time left when it
 * begins, then now and then (useAnnouncedSeconds). Always in the page,
 * empty without a wait, so that the first words are announced too.
 *
 * NOTE: the ticking line stays aria-hidden: inside an alert (itself a live
 * region) each tick would be spoken.
 */
export function SignInWaitAnnouncement({
  secondsLeft,
  deadline,
  isPlexTvs,
}: SignInWaitAnnouncementProps) {
  const announced = useAnnouncedSeconds(
    secondsLeft,
    waitAnnouncementStep,
    deadline,
  )
  return (
    <p className="visually-hidden" aria-live="polite">
      {isPlexTvs === undefined ? '' : announcement(announced, isPlexTvs)}
    </p>
  )
}

function announcement(announced: number, isPlexTvs: boolean): string {
  if (announced > 0) {
    const wait = formatWait(announced)
    return isPlexTvs
      ? `You can try again in ${wait}.`
      : `The button works again in ${wait}.`
  }
  return isPlexTvs
    ? 'You can try again now.'
    : 'The button works again. plex.tv may still need longer.'
}
