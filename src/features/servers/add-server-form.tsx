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
import { addAddress } from '../../lib/queries/added-addresses.ts'
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
  const isListed = server ? listsAddress(server, url) : false

  useEffect(() => {
    if (server && !isListed) {
      addAddress(queryClient, server.clientIdentifier, url)
    }
  }, [queryClient, server, isListed, url])

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
          {isListed
            ? 'It is already among the addresses Plexkey tries for it: plex.tv lists it, so nothing was added.'
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

/** Whether plex.tv already lists this address for the server. */
function listsAddress(server: PlexServer, url: string): boolean {
  const { origin } = new URL(url)
  return server.connections.some(
    (connection) => new URL(connection.uri).origin === origin,
  )
}
