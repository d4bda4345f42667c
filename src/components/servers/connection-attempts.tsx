import type { ConnectionAttempt } from '../../lib/servers/race-connections.ts'
import { describeAttempt } from '../../lib/servers/describe-attempt.ts'

/** Each address tried, and what happened to it. */
export function ConnectionAttempts({
  attempts,
}: {
  attempts: readonly ConnectionAttempt[]
}) {
  return (
    <ul className="attempts">
      {attempts.map((attempt) => (
        <li key={attempt.connection.uri}>
          <code>{attempt.connection.uri}</code>
          {attempt.connection.relay && ' (relay)'}
          {attempt.connection.local && ' (local)'}: {describeAttempt(attempt)}
        </li>
      ))}
    </ul>
  )
}
