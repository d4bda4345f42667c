import { act, render } from '@testing-library/react'
import { useState } from 'react'
import { expect, test, vi } from 'vitest'
import { deadlineIn, useCountdown } from '../../components/ui/use-countdown.ts'
import { recordSpokenWords } from '../../testing/spoken-words.ts'
import { SignInWaitAnnouncement, SignInWaitCountdown } from './sign-in-wait.tsx'

/** The sign-in screen's hold of `seconds` after a block (1031). */
function Hold({ seconds }: { seconds: number }) {
  const [deadline] = useState(() => deadlineIn(seconds))
  const secondsLeft = useCountdown(deadline)
  return (
    <>
      <SignInWaitCountdown secondsLeft={secondsLeft} isPlexTvs={false} />
      <SignInWaitAnnouncement
        secondsLeft={secondsLeft}
        deadline={deadline}
        isPlexTvs={false}
      />
    </>
  )
}

test('a hold is spoken at its start and every 10 s, each time true', async () => {
  vi.useFakeTimers()
  const { container } = render(<Hold seconds={60} />)
  const region = container.querySelector('[aria-live]')!
  const spoken = [{ at: 0, text: region.textContent }]
  const recording = recordSpokenWords(region)

  for (let second = 0; second < 11; second += 1) {
    await act(() => vi.advanceTimersByTimeAsync(1_000))
  }

  expect(container).toHaveTextContent('The button waits 49 s')
  recording.stop()
  expect([...spoken, ...recording.spoken]).toEqual([
    { at: 0, text: 'The button works again in 1 min.' },
    { at: 10, text: 'The button works again in 50 s.' },
  ])
})

test('a hold that begins between steps is spoken as it is', async () => {
  vi.useFakeTimers()
  const { container } = render(<Hold seconds={49} />)

  expect(container.querySelector('[aria-live]')).toHaveTextContent(
    'The button works again in 49 s.',
  )
})
