import { useMutation } from '@tanstack/react-query'
import { getUser } from '../../lib/plex/user.ts'

/**
 * Asks plex.tv whose account a pasted token opens. A mutation, not a
 * query: a query key would hold the token, and keys show up in Devtools.
 * A rejection never ends the session: getUser only marks a 401 for the
 * session's own token as ending it.
 */
export function useInspectToken() {
  return useMutation({
    mutationFn: (token: string) => getUser({ token }),
    retry: false,
    gcTime: 0,
  })
}
