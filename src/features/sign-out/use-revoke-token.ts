import { useMutation } from '@tanstack/react-query'
import { revokeToken } from '../../lib/plex/user.ts'

/** Asks plex.tv to end the session's token everywhere it is used. */
export function useRevokeToken() {
  return useMutation({ mutationFn: () => revokeToken(), retry: false })
}
