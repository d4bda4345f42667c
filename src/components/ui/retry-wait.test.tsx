import { act, render } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { PlexError } from '../../lib/plex/plex-error.ts'
import { recordSpokenWords } from '../../testing/spoken-words.ts'
import { RateLimitWait } from './retry-wait.tsx'

function rateLimited(seconds: number) {
  return new PlexError({
    kind: 'rate-limited',
    message: 'plex.tv asked for a pause.',
    path: '/api/v2/user',
    status: 429,
    retryAfterSeconds: seconds,
    waitUntil: Date.now() + seconds * 1000,
  })
}

/** What is spoken, and shown, second by second over `seconds`. */
async function watch(waitSeconds: number, seconds: number) {
  vi.useFakeTimers()
  const { container } = render(
    <RateLimitWait error={rateLimited(waitSeconds)} isAutomatic />,
  )
  const region = container.querySelector('[aria-live]')!
  const spoken = [{ at: 0, text: region.textContent }]
  const shown = [container.querySelector('p')?.textContent]
  const recording = recordSpokenWords(region)
  for (let second = 0; second < seconds; second += 1) {
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    shown.push(container.querySelector('p')?.textContent)
  }
  recording.stop()
  return { spoken: [...spoken, ...recording.spoken], shown }
}

test('a 5 s Retry-After is spoken as 5 s, not rounded up', async () => {
  const { spoken, shown } = await watch(5, 6)

  expect(spoken).toEqual([
    { at: 0, text: 'Trying again in 5 s.' },
    { at: 5, text: 'Trying again now…' },
  ])
  expect(shown.slice(0, 2)).toEqual([
    'Trying again in 5 s.',
    'Trying again in 4 s.',
  ])
})

test('a longer wait is spoken at its start and at round moments, each true', async () => {
  const { spoken } = await watch(95, 96)

  expect(spoken).toEqual([
    { at: 0, text: 'Trying again in 1 min 35 s.' },
    { at: 5, text: 'Trying again in 1 min 30 s.' },
    { at: 35, text: 'Trying again in 1 min.' },
    { at: 45, text: 'Trying again in 50 s.' },
    { at: 55, text: 'Trying again in 40 s.' },
    { at: 65, text: 'Trying again in 30 s.' },
    { at: 75, text: 'Trying again in 20 s.' },
    { at: 85, text: 'Trying again in 10 s.' },
    { at: 95, text: 'Trying again now…' },
  ])
})
