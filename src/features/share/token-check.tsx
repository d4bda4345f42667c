import { useMutation } from '@tanstack/react-query'
import { checkToken } from '../../lib/plex/media-server.ts'
import { useSingleFlight } from '../../components/ui/use-single-flight.ts'
import { ActionButton } from '../../components/ui/action-button.tsx'

interface TokenCheckProps {
  baseUrl: string
  serverName: string
  token: string
}

/** "Test token": asks the server whether the token still works. */
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
        {check.data === true && `The token works on ${serverName}.`}
        {check.data === false &&
          `${serverName} no longer accepts this token: it has expired, or the server restarted.`}
        {check.error && `Could not test it: ${check.error.message}`}
      </p>
    </div>
  )
}
