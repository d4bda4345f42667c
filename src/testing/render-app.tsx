import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { memoryLocation } from 'wouter/memory-location'
import { App } from '../app/app.tsx'

/**
 * The whole app at `path`, with a fresh query client and an in-memory
 * address bar, so a test walks through screens as a person would. Reads
 * are not retried unless `retries` says so. The person's pauses between
 * keys pass on the fake clock when a test holds one.
 */
export function renderApp(
  path: string,
  { retries }: { retries?: number } = {},
) {
  const location = memoryLocation({ path, record: true })
  const user = userEvent.setup({
    advanceTimers: (ms) => {
      if (vi.isFakeTimers()) vi.advanceTimersByTime(ms)
    },
  })
  const view = render(<App routerHook={location.hook} retries={retries} />)
  return {
    ...view,
    user,
    history: location.history,
    /** Moves the address bar as Back, Forward or a typed address would. */
    goTo: (to: string) => act(() => location.navigate(to)),
  }
}
