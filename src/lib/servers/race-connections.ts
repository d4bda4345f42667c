import type { PlexConnection } from '../plex/connection-schema.ts'
import { getIdentity } from '../plex/media-server.ts'
import type { ServerIdentity } from '../plex/media-server-schema.ts'
import { isMixedContent } from '../plex/mixed-content.ts'
import { PlexError } from '../plex/plex-error.ts'

/**
 * How trying one address ended. `unreachable` covers a refused connection,
 * a refused cross-origin (CORS) request and a blocking extension or
 * firewall: a page cannot tell them apart. `failed` means something
 * answered, but not as a Plex server should (an HTTP error, an unreadable
 * body). `mixed-content` was decided without sending anything.
 */
export type AttemptOutcome =
  | 'ok'
  | 'mixed-content'
  | 'timeout'
  | 'unreachable'
  | 'wrong-server'
  | 'failed'
  | 'aborted'

/** One address tried in a race, and how it went. */
export interface ConnectionAttempt {
  connection: PlexConnection
  outcome: AttemptOutcome
  /** Who answered, for `ok` and `wrong-server`. */
  identity?: ServerIdentity
  /** The probe's failure, for `timeout`, `unreachable` and `failed`. */
  error?: PlexError
}

/** The fastest address that reached the right server, and every attempt. */
export interface ConnectionRace {
  winner: PlexConnection | null
  /** The winner's `/identity`, with the server's version. */
  identity: ServerIdentity | null
  /** One per connection, in the order given. */
  attempts: ConnectionAttempt[]
}

export interface RaceOptions {
  /** Best first (see rankConnections); all are tried at once. */
  connections: readonly PlexConnection[]
  /** The server expected; without it, any Plex server may win. */
  machineIdentifier?: string
  pageProtocol?: string
  timeoutMs?: number
  signal?: AbortSignal
}

const DEFAULT_TIMEOUT_MS = 5_000

/**
 * Probes `/identity` on every connection at once; the first to answer as
 * the expected server wins and the others are aborted. Never throws a
 * PlexError: each attempt says how it ended. The caller's abort rejects
 * with an AbortError.
 */
export async function raceConnections(
  options: RaceOptions,
): Promise<ConnectionRace> {
  const { signal } = options
  if (signal?.aborted) throw abortError()

  const race = new AbortController()
  const forwardAbort = () => race.abort()
  signal?.addEventListener('abort', forwardAbort, { once: true })
  const first: Pick<ConnectionRace, 'winner' | 'identity'> = {
    winner: null,
    identity: null,
  }

  try {
    const attempts = await Promise.all(
      options.connections.map(async (connection) => {
        const attempt = await probe(connection, options, race.signal)
        if (attempt.outcome === 'ok' && first.winner === null) {
          first.winner = connection
          first.identity = attempt.identity ?? null
          race.abort()
        }
        return attempt
      }),
    )
    if (signal?.aborted) throw abortError()

    return { ...first, attempts }
  } finally {
    race.abort()
    signal?.removeEventListener('abort', forwardAbort)
  }
}

async function probe(
  connection: PlexConnection,
  options: RaceOptions,
  signal: AbortSignal,
): Promise<ConnectionAttempt> {
  if (isMixedContent(connection.uri, options.pageProtocol)) {
    return { connection, outcome: 'mixed-content' }
  }

  try {
    const identity = await getIdentity({
      baseUrl: connection.uri,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal,
    })
    const isExpected =
      options.machineIdentifier === undefined ||
      identity.machineIdentifier === options.machineIdentifier
    return { connection, outcome: isExpected ? 'ok' : 'wrong-server', identity }
  } catch (error) {
    if (!(error instanceof PlexError)) {
      if (isAbortError(error)) return { connection, outcome: 'aborted' }
      throw error
    }
    return { connection, outcome: outcomeOf(error), error }
  }
}

function outcomeOf(error: PlexError): AttemptOutcome {
  switch (error.kind) {
    case 'timeout':
      return 'timeout'
    case 'network':
      return 'unreachable'
    case 'mixed-content':
      return 'mixed-content'
    default:
      return 'failed'
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

function abortError(): DOMException {
  return new DOMException('The connection race was cancelled.', 'AbortError')
}
