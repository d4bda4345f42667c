import { announcedWait, formatWait } from '../../components/ui/use-countdown.ts'

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

/**
 * What a screen reader hears of the same wait, now and then. Always in the
 * page, empty without a wait, so that the first words are announced too.
 */
export function SignInWaitAnnouncement({
  secondsLeft,
  isPlexTvs,
}: Partial<SignInWaitProps>) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {isPlexTvs === undefined ? '' : announcement(secondsLeft ?? 0, isPlexTvs)}
    </p>
  )
}

function announcement(secondsLeft: number, isPlexTvs: boolean): string {
  const announced = announcedWait(secondsLeft)
  if (announced) {
    return isPlexTvs
      ? `You can try again in ${announced}.`
      : `The button works again in ${announced}.`
  }
  return isPlexTvs
    ? 'You can try again now.'
    : 'The button works again. plex.tv may still need longer.'
}
