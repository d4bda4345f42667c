import { useMutation } from '@tanstack/react-query'
import { createTransientToken } from '../../lib/plex/media-server.ts'

/**
 * Makes a transient token. Never retried: every call that reaches the
 * server makes another working token.
 */
export function useCreateTransientToken() {
  return useMutation({
    mutationFn: createTransientToken,
    retry: false,
    // The token stays in the screen's state, not in the mutation cache.
    gcTime: 0,
  })
}
