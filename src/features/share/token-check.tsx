import { useMutation } from '@tanstack/react-query'
import { checkToken } from '../../lib/plex/media-server.ts'
import { useSingleFlight } from '../../components/ui/use-single-flight.ts'
import { ActionButton } from '../../components/ui/action-button.tsx'

interface TokenCheckProps {
  /** The address that answered in this browser: the one tested. */
  baseUrl: string
  serverName: string
  token: string
}

/** "Test token": asks the server, at the address tested, whether it works. */
export function TokenCheck({ baseUrl, serverName, token }: TokenCheckProps) {
  const check = useMutation({
    mutationFn: () => checkToken({ baseUrl, serverName, token }),
    retry: false,
  })
  const runOnce = useSingleFlight()

  return (
    <div className="stack">
      <div className="actions">
        <ActionButton
          onClick={() =>
            void runOnce(() => check.mutateAsync().catch(() => undefined))
          }
          isUnavailable={check.isPending}
        >
          {check.isPending ? 'Testing…' : 'Test token'}
        </ActionButton>
      </div>
      <p role="status">
        {check.data === true && (
          <>
            The token works on {serverName} at{' '}
            <span className="uri">{baseUrl}</span>.
          </>
        )}
        {check.data === false && (
          <>
            {serverName} at <span className="uri">{baseUrl}</span> no longer
            accepts this token: it has expired, or the server restarted.
          </>
        )}
        {check.error && `Could not test it: ${check.error.message}`}
      </p>
    </div>
  )
}
