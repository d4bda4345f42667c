import type { ConnectionAttempt } from './race-connections.ts'

/** A short sentence for one address in a connection race. */
export function describeAttempt(attempt: ConnectionAttempt): string {
  switch (attempt.outcome) {
    case 'ok':
      return 'Answered.'
    case 'aborted':
      return 'Not needed: another address answered first.'
    case 'mixed-content':
      return 'Not tried: this page is on https, and browsers block plain http addresses from it (mixed content).'
    case 'timeout':
      return 'No answer in time. The server may be off, or this address not reachable from here.'
    case 'unreachable':
      return 'Refused or blocked. A refused connection, a refused cross-origin (CORS) request and a browser extension or firewall that blocks it look the same to this page.'
    case 'wrong-server':
      return 'A different Plex server answered at this address.'
    case 'failed':
      return (
        attempt.error?.message ?? 'The answer was not that of a Plex server.'
      )
  }
}
