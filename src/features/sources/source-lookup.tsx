import { useEffect, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { Alert } from '../../components/ui/alert.tsx'
import { TextField } from '../../components/ui/text-field.tsx'
import type { ServerReach } from '../../components/servers/reachable-server.tsx'
import {
  checkSource,
  SOURCE_EXAMPLE,
} from '../../lib/plex/source-identifier.ts'
import {
  isVersionAtLeast,
  SOURCE_LOOKUP_MIN_VERSION,
} from '../../lib/plex/server-version.ts'
import { serverQueries } from '../../lib/queries/server-queries.ts'
import { SourceResult } from './source-result.tsx'
import { useSubmitOnce } from '../../components/ui/use-submit-once.ts'
import { useSourceLookup } from './use-source-lookup.ts'
import { ActionButton } from '../../components/ui/action-button.tsx'
import {
  RateLimitWait,
  RetryingNotice,
  retryingAfter,
} from '../../components/ui/retry-wait.tsx'

const SourceFormSchema = z.object({
  source: z.string().check(
    z.superRefine((value, context) => {
      const checked = checkSource(value)
      if (!checked.ok) {
        context.issues.push({
          code: 'custom',
          message: checked.reason,
          input: value,
        })
      }
    }),
  ),
})

type SourceForm = z.infer<typeof SourceFormSchema>

export function SourceLookup({ reach }: { reach: ServerReach }) {
  const { server, connection, identity } = reach
  const lookup = useSourceLookup()
  const { data: servers } = useQuery(serverQueries.all())
  const otherServers = (servers ?? []).filter(
    (candidate) => candidate.clientIdentifier !== server.clientIdentifier,
  )
  const resultRef = useRef<HTMLDivElement>(null)
  const {
    register,
    handleSubmit,
    setValue,
    control,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(SourceFormSchema),
    defaultValues: { source: '' },
  })
  const [lookedUp, setLookedUp] = useState<string | null>(null)
  const typedSource = useWatch({ control, name: 'source' })
  // An answer belongs to the source it was asked for: once the field holds
  // anything else (an edit, a pick, or a source it refused), it is not shown.
  const isAnswerCurrent = lookedUp === typedSource
  const hasResult = isAnswerCurrent && (lookup.isSuccess || lookup.isError)
  const retrying = retryingAfter(lookup)
  const lowerCaseForm = lookedUp === null ? null : lowerCaseServer(lookedUp)
  const submitOnce = useSubmitOnce(
    handleSubmit,
    async ({ source }: SourceForm) => {
      const checked = checkSource(source)
      if (!checked.ok || !server.accessToken) return
      setLookedUp(source)
      // Failures are shown from lookup.error.
      await lookup
        .mutateAsync({
          baseUrl: connection.uri,
          serverName: server.name,
          token: server.accessToken,
          source: checked.source,
        })
        .catch(() => undefined)
    },
  )

  useEffect(() => {
    if (hasResult) resultRef.current?.focus()
  }, [hasResult])

  if (!server.accessToken) {
    return (
      <Alert tone="error" title="plex.tv gave no token for this server.">
        <p>Without one, Plexkey cannot ask it anything.</p>
      </Alert>
    )
  }
  const version = identity?.version
  if (version && !isVersionAtLeast(version, SOURCE_LOOKUP_MIN_VERSION)) {
    return (
      <Alert tone="error" title={`${server.name} is too old for this.`}>
        <p>
          It runs Plex Media Server {version}; looking up sources needs{' '}
          {SOURCE_LOOKUP_MIN_VERSION} or newer.
        </p>
      </Alert>
    )
  }

  return (
    <>
      <form
        noValidate
        className="card stack"
        aria-label="Look up a source"
        onSubmit={submitOnce}
      >
        {otherServers.length > 0 && (
          <div className="field">
            <label htmlFor="known-source">
              Pick another server on your account, yours or shared with you
            </label>
            <select
              id="known-source"
              defaultValue=""
              onChange={(event) =>
                setValue('source', event.target.value, {
                  shouldValidate: true,
                })
              }
            >
              <option value="">Choose a server…</option>
              {otherServers.map((candidate) => (
                <option
                  key={candidate.clientIdentifier}
                  value={`server://${candidate.clientIdentifier}`}
                >
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextField
          label="Source"
          type="text"
          autoCapitalize="off"
          spellCheck={false}
          hint={`server:// or provider:// and an identifier, for example ${SOURCE_EXAMPLE}`}
          error={errors.source?.message}
          {...register('source')}
        />
        <div className="actions">
          <ActionButton
            type="submit"
            className="button-primary"
            isUnavailable={lookup.isPending}
          >
            {lookup.isPending ? 'Looking up…' : 'Look up'}
          </ActionButton>
        </div>
      </form>
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {isAnswerCurrent && retrying && (
          <RetryingNotice
            what={`an answer from ${server.name}`}
            failure={retrying}
          />
        )}
        {isAnswerCurrent && lookup.error && (
          <Alert tone="error" title="No answer for that source.">
            <p>
              {lookup.error.kind === 'forbidden'
                ? "Only the server's owner can look this up."
                : lookup.error.message}
            </p>
            <RateLimitWait error={lookup.error} isAutomatic={false} />
          </Alert>
        )}
        {isAnswerCurrent &&
          lookup.isSuccess &&
          (lookup.data ? (
            <SourceResult device={lookup.data} />
          ) : (
            <Alert title="Nothing known about that source.">
              <p>
                {server.name} knows no source with that identifier.
                {lowerCaseForm && (
                  <>
                    {' '}
                    It is matched exactly as typed, and Plex server identifiers
                    are in lower case: try{' '}
                    <span className="uri">{lowerCaseForm}</span>.
                  </>
                )}
              </p>
            </Alert>
          ))}
      </div>
    </>
  )
}

/**
 * The lower-case form of a `server://` source typed with capitals, or
 * null. Plex machine identifiers are lower-case hex, and nothing in Plex's
 * documentation (PLEX-API.md §5) says a server matches them in any case,
 * so the source is sent as typed and the lower-case form only suggested.
 */
function lowerCaseServer(typed: string): string | null {
  const checked = checkSource(typed)
  if (!checked.ok || !checked.source.startsWith('server://')) return null
  const lower = checked.source.toLowerCase()
  return lower === checked.source ? null : lower
}
