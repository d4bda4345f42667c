import { queryOptions, type QueryClient } from '@tanstack/react-query'

// Addresses typed on the servers screen, kept in the query cache so that
// sign-out forgets them with everything else. Never filled from the page's
// URL: a link must not choose where a server's token is sent.

/** Addresses added by hand for one server, newest first. */
export function addedAddressesQuery(clientIdentifier: string) {
  return queryOptions({
    queryKey: ['server', clientIdentifier, 'added-addresses'] as const,
    queryFn: () => [] as string[],
    initialData: [] as string[],
    staleTime: Infinity,
  })
}

/** Remembers an address for a server for the rest of this session. */
export function addAddress(
  queryClient: QueryClient,
  clientIdentifier: string,
  url: string,
) {
  const { queryKey } = addedAddressesQuery(clientIdentifier)
  queryClient.setQueryData(queryKey, (current: string[] = []) => [
    url,
    ...current.filter((known) => known !== url),
  ])
}
