import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import * as z from 'zod/mini'
import { Alert } from '../../components/ui/alert.tsx'
import type { ServerReach } from '../../components/servers/reachable-server.tsx'
import { useSubmitOnce } from '../../components/ui/use-submit-once.ts'
import { useCreateTransientToken } from './use-create-transient-token.ts'
import {
  TransientTokenResult,
  type MadeToken,
} from './transient-token-result.tsx'
import { ActionButton } from '../../components/ui/action-button.tsx'
import { RateLimitWait } from '../../components/ui/retry-wait.tsx'
import { chooseShareAddress } from './share-address.ts'

const ConfirmSchema = z.object({
  understood: z
    .boolean()
    .check(
      z.refine(
        (value) => value,
        'Tick the box to confirm you understand what the token gives.',
      ),
    ),
})

/** The confirm step, then the token itself. */
export function TransientTokenMaker({ reach }: { reach: ServerReach }) {
  const { server, connection, addresses } = reach
  const createToken = useCreateTransientToken()
  const [made, setMade] = useState<MadeToken | null>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(ConfirmSchema),
    defaultValues: { understood: false },
  })

  const submitOnce = useSubmitOnce(handleSubmit, async () => {
    if (!server.accessToken) return
    try {
      const token = await createToken.mutateAsync({
        baseUrl: connection.uri,
        serverName: server.name,
        token: server.accessToken,
      })
      setMade({
        token,
        madeAt: new Date(),
        baseUrl: connection.uri,
        linkAddress: chooseShareAddress(addresses, connection),
      })
      createToken.reset()
    } catch {
      // Shown from createToken.error; never retried by itself.
    }
  })

  useEffect(() => {
    if (made) resultRef.current?.focus()
  }, [made])

  if (!server.accessToken) {
    return (
      <Alert tone="error" title="plex.tv gave no token for this server.">
        <p>Without one, Plexkey cannot ask it for a transient token.</p>
      </Alert>
    )
  }

  if (made) {
    return (
      <TransientTokenResult
        made={made}
        serverName={server.name}
        headingRef={resultRef}
      />
    )
  }

  return (
    <form
      noValidate
      className="card stack"
      aria-label="Create a transient token"
      onSubmit={submitOnce}
    >
      <p>
        Plexkey will ask {server.name} at{' '}
        <span className="uri">{connection.uri}</span> for a new transient token.
      </p>
      <div className="checkbox">
        <input
          id="understood"
          type="checkbox"
          aria-invalid={errors.understood ? true : undefined}
          aria-describedby={errors.understood ? 'understood-error' : undefined}
          {...register('understood')}
        />
        <label htmlFor="understood">
          I understand that whoever holds this token gets the access described
          above for up to 48 hours.
        </label>
      </div>
      {errors.understood && (
        <p id="understood-error" className="field-error">
          {errors.understood.message}
        </p>
      )}
      {createToken.error && (
        <Alert tone="error" title="No token was made.">
          <p>{createToken.error.message}</p>
          <RateLimitWait error={createToken.error} isAutomatic={false} />
        </Alert>
      )}
      <div className="actions">
        <ActionButton
          type="submit"
          className="button-primary"
          isUnavailable={createToken.isPending}
        >
          {createToken.isPending ? 'Creating…' : 'Create transient token'}
        </ActionButton>
      </div>
    </form>
  )
}
