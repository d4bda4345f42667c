import { useEffect, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { TextField } from '../../components/ui/text-field.tsx'
import { Alert } from '../../components/ui/alert.tsx'
import { ConnectionAttempts } from '../../components/servers/connection-attempts.tsx'
import type { PlexServer } from '../../lib/plex/resources.ts'
import { normalizeServerUrl } from '../../lib/servers/normalize-server-url.ts'
import { serverQueries } from '../../lib/queries/server-queries.ts'
import {
  addAddress,
  addedAddressesQuery,
} from '../../lib/queries/added-addresses.ts'
import {
  type AddressPort,
  previewPortNote,
  unansweredPortHint,
  unansweredSchemeHint,
} from './port-words.ts'

const ServerAddressSchema = z.object({
  address: z.string().check(
    z.superRefine((value, context) => {
      const normalized = normalizeServerUrl(value)
      if (!normalized.ok) {
        context.issues.push({
          code: 'custom',
          message: normalized.reason,
          input: value,
        })
      }
    }),
  ),
})

interface CheckedAddress extends AddressPort {
  /** What the field held when it was checked. */
  typed: string
}

/**
 * Reaches one of the account's servers at an address plex.tv does not
 * list (a LAN name, a reverse proxy). The address is shown normalised
 * before anything is sent to it.
 */
export function AddServerForm({ servers }: { servers: readonly PlexServer[] }) {
  const [checked, setChecked] = useState<CheckedAddress | null>(null)
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(ServerAddressSchema),
    defaultValues: { address: '' },
  })
  const typed = useWatch({ control, name: 'address' })
  const preview = typed.trim() === '' ? null : normalizeServerUrl(typed)
  // A check answers the address it was made for: once the field holds
  // anything else (an edit, or an address it refused), it is not shown.
  const current = checked?.typed === typed ? checked : null

  function handleValidSubmit({ address }: { address: string }) {
    const normalized = normalizeServerUrl(address)
    if (normalized.ok) setChecked({ ...normalized, typed: address })
  }

  return (
    <section className="card stack" aria-labelledby="add-server-heading">
      <h2 id="add-server-heading">Add a server by address</h2>
      <form
        noValidate
        className="stack"
        onSubmit={(event) => void handleSubmit(handleValidSubmit)(event)}
      >
        <TextField
          label="Server address"
          type="text"
          inputMode="url"
          autoComplete="url"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="http://192.168.1.20:32400"
          hint={
            preview?.ok
              ? `Plexkey will use ${preview.url}${previewPortNote(preview)}`
              : 'An address where one of your servers answers, such as a LAN address or a reverse proxy.'
          }
          error={errors.address?.message}
          {...register('address')}
        />
        <div className="actions">
          <button type="submit">Check this address</button>
        </div>
      </form>
      {current && (
        <AddressCheck key={current.url} address={current} servers={servers} />
      )}
    </section>
  )
}

function AddressCheck({
  address,
  servers,
}: {
  address: AddressPort
  servers: readonly PlexServer[]
}) {
  const { url } = address
  const portHint = unansweredPortHint(address)
  const queryClient = useQueryClient()
  const { data: race, isPending } = useQuery(serverQueries.urlConnection(url))
  const machineIdentifier = race?.identity?.machineIdentifier
  const server = servers.find(
    (candidate) => candidate.clientIdentifier === machineIdentifier,
  )
  // Read once, before this check adds the address: afterwards it would
  // always look added already.
  const [addedBefore] = useState(
    () =>
      new Map<string, readonly string[]>(
        servers.map(({ clientIdentifier }) => [
          clientIdentifier,
          queryClient.getQueryData(
            addedAddressesQuery(clientIdentifier).queryKey,
          ) ?? [],
        ]),
      ),
  )
  const known = server
    ? knownAs(server, url, addedBefore.get(server.clientIdentifier) ?? [])
    : null

  useEffect(() => {
    if (server && !known) {
      addAddress(queryClient, server.clientIdentifier, url)
    }
  }, [queryClient, server, known, url])

  if (isPending) {
    return (
      <p role="status" className="muted">
        Asking {url} who it is…
      </p>
    )
  }
  if (server) {
    return (
      <Alert tone="success" title={`${url} reaches ${server.name}.`}>
        <p>
          {known === 'listed'
            ? 'It is already among the addresses Plexkey tries for it: plex.tv lists it, so nothing was added.'
            : known === 'added'
              ? 'It is already among the addresses Plexkey tries for it: you added it earlier in this tab.'
              : 'Plexkey will try this address for it too, in this tab, until you sign out.'}
        </p>
      </Alert>
    )
  }
  if (machineIdentifier) {
    return (
      <Alert
        tone="error"
        title="A Plex server answers there, but not one of yours."
      >
        <p>
          plex.tv does not list it for this account, so Plexkey has no token for
          it.
        </p>
      </Alert>
    )
  }
  const schemeHint = unansweredSchemeHint(address, race?.attempts[0]?.outcome)
  return (
    <Alert tone="error" title={`No Plex server answered at ${url}.`}>
      {portHint && <p>{portHint}</p>}
      <ConnectionAttempts attempts={race?.attempts ?? []} />
      {schemeHint && <p>{schemeHint}</p>}
    </Alert>
  )
}

/** Whether the address is already tried for the server, and why. */
function knownAs(
  server: PlexServer,
  url: string,
  addedBefore: readonly string[],
): 'listed' | 'added' | null {
  const { origin } = new URL(url)
  const isSame = (known: string) => new URL(known).origin === origin
  if (server.connections.some((connection) => isSame(connection.uri))) {
    return 'listed'
  }
  return addedBefore.some(isSame) ? 'added' : null
}
