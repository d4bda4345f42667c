import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import { installConsoleGuard } from './console-guard.ts'
import { server } from './msw-server.ts'

// Testing Library gives up on findBy and waitFor after 1 s by default. A
// screen loads lazily and waits on MSW, which on a busy machine can take
// longer than that. A screen that never comes still fails, after 5 s: well
// inside the test timeout (vitest.config.ts), so the failure shows what was
// on screen.
configure({ asyncUtilTimeout: 5_000 })

// Testing Library advances fake timers only when it finds Jest's. Without
// this its waits, and user-event's, hang on vitest's fake timers, or need
// shouldAdvanceTime, which lets a busy machine's real time leak into the
// clock a test means to hold (testing-library/react-testing-library#1197).
// With it they move the fake clock themselves, so a test on fake timers must
// load its lazy screens first: a chunk arrives on real time only.
Object.assign(globalThis, {
  jest: { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) },
})

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  sessionStorage.clear()
  localStorage.clear()
  vi.useRealTimers()
})

afterAll(() => {
  server.close()
})

installConsoleGuard()
