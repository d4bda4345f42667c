import { act, render } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { recordSpokenWords } from '../../testing/spoken-words.ts'
import { deadlineIn } from '../ui/use-countdown.ts'
import { PinCountdown } from './pin-countdown.tsx'

/** Everything spoken over `seconds` of a PIN that lives `lifetime`. */
async function spokenOver(lifetime: number, seconds: number) {
  vi.useFakeTimers()
  const { container } = render(<PinCountdown deadline={deadlineIn(lifetime)} />)
  const region = container.querySelector('[aria-live]')!
  const first = region.textContent
  const recording = recordSpokenWords(region)
  // Second by second, as a browser renders each tick.
  for (let second = 0; second < seconds; second += 1) {
    await act(() => vi.advanceTimersByTimeAsync(1_000))
  }
  recording.stop()
  return [{ at: 0, text: first }, ...recording.spoken]
}

test('it always says the true time left, now and then', async () => {
  expect(await spokenOver(90, 95)).toEqual([
    { at: 0, text: '1 min 30 s left.' },
    { at: 30, text: '1 min left.' },
    { at: 45, text: '45 s left.' },
    { at: 60, text: '30 s left.' },
    { at: 75, text: '15 s left.' },
  ])
})

test('a PIN that starts between steps is spoken as it is, then on the steps', async () => {
  const spoken = await spokenOver(1799, 300)

  expect(spoken).toEqual([
    { at: 0, text: '29 min 59 s left.' },
    { at: 299, text: '25 min left.' },
  ])
})
