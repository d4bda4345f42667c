import { useMutation } from '@tanstack/react-query'
import { getUser } from '../../lib/plex/user.ts'
import { readMutationKey } from '../../lib/query-client.ts'

/**
 * Asks plex.tv whose account a pasted token opens. A mutation, not a
 * query: a query key would hold the token, and keys show up in Devtools.
 * A rejection never ends the session: getUser only marks a 401 for the
 * session's own token as ending it. Retried as a read (readMutationKey).
 */
export function useInspectToken() {
  return useMutation({
    mutationKey: readMutationKey('inspect-token'),
    mutationFn: (token: string) => getUser({ token }),
    gcTime: 0,
  })
}
