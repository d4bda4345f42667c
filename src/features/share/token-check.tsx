import { useMutation } from '@tanstack/react-query'
import { checkToken } from '../../lib/plex/media-server.ts'

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

  return (
    <div className="stack">
      <div className="actions">
        <button
          type="button"
          onClick={() => check.mutate()}
          disabled={check.isPending}
        >
          {check.isPending ? 'Testing…' : 'Test token'}
        </button>
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
