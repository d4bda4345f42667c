import { useMutation } from '@tanstack/react-query'
import { signIn, type SignInInput } from '../../lib/plex/sign-in.ts'

/** Sends credentials (and a code) to plex.tv. Never retried: see below. */
export function useSignIn() {
  return useMutation({
    mutationFn: (input: SignInInput) => signIn(input),
    // A retried sign-in counts as another failure at plex.tv and can lock
    // the person out (code 1031).
    retry: false,
    // The variables hold the password: gone as soon as the form is.
    gcTime: 0,
  })
}
