import { useMutation } from '@tanstack/react-query'
import { getSourceConnectionInformation } from '../../lib/plex/media-server.ts'
import { readMutationKey } from '../../lib/query-client.ts'

/**
 * Looks a source up. A mutation rather than a query: the answer holds a
 * transient token, which stays out of the query cache. Still a read, so
 * retried as one (readMutationKey).
 */
export function useSourceLookup() {
  return useMutation({
    mutationKey: readMutationKey('source-lookup'),
    mutationFn: getSourceConnectionInformation,
    gcTime: 0,
  })
}
