import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import { installConsoleGuard } from './console-guard.ts'
import { server } from './msw-server.ts'

// Screens load as lazy chunks: on a cold, busy run the first look at one
// can take more than the default second.
configure({ asyncUtilTimeout: 3_000 })

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
