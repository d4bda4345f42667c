import { vi } from 'vitest'
import { createQueryClient } from '../lib/query-client.ts'

/** A fresh QueryClient for one test: no retries, session end recorded. */
export function createTestQueryClient() {
  const onSessionEnded = vi.fn()
  const queryClient = createQueryClient({ onSessionEnded, retries: 0 })
  return { queryClient, onSessionEnded }
}
