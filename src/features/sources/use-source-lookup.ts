import { useMutation } from '@tanstack/react-query'
import { getSourceConnectionInformation } from '../../lib/plex/media-server.ts'

/**
 * Looks a source up. A mutation rather than a query: the answer holds a
 * transient token, which stays out of the query cache.
 */
export function useSourceLookup() {
  return useMutation({
    mutationFn: getSourceConnectionInformation,
    retry: false,
    gcTime: 0,
  })
}
