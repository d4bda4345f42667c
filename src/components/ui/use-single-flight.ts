import { useCallback, useRef } from 'react'

/**
 * Runs one task at a time: a call made while the last is still running is
 * dropped. State such as `isPending` only updates after a render, so a
 * double click could otherwise send a request twice — two tokens, or two
 * failed sign-ins counted against the person.
 */
export function useSingleFlight() {
  const isRunning = useRef(false)

  return useCallback(async (task: () => Promise<unknown>): Promise<void> => {
    if (isRunning.current) return
    isRunning.current = true
    try {
      await task()
    } finally {
      isRunning.current = false
    }
  }, [])
}
