import { queryOptions, type QueryClient } from '@tanstack/react-query'
import {
  readAddedAddresses,
  saveAddedAddress,
} from '../session/added-address-store.ts'

// Addresses typed on the servers screen, kept in this tab's sessionStorage
// (so a reload keeps them) and mirrored in the query cache; ending a
// session forgets both. Never filled from the page's URL: a link must not
// choose where a server's token is sent.

/** Addresses added by hand for one server, newest first. */
export function addedAddressesQuery(clientIdentifier: string) {
  return queryOptions({
    queryKey: ['server', clientIdentifier, 'added-addresses'] as const,
    queryFn: () => readAddedAddresses(clientIdentifier),
    initialData: () => readAddedAddresses(clientIdentifier),
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
  queryClient.setQueryData(queryKey, saveAddedAddress(clientIdentifier, url))
}
