import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import { PlexConnectionSchema } from '../plex/connection-schema.ts'
import { PlexError } from '../plex/plex-error.ts'
import { describeAttempt } from './describe-attempt.ts'
import type { AttemptOutcome } from './race-connections.ts'

const connection = z.parse(PlexConnectionSchema, {
  uri: 'http://192.168.1.20:32400',
})

test.each([
  ['ok', /^Answered\.$/],
  ['aborted', /another address answered first/],
  ['mixed-content', /https.*mixed content/],
  ['timeout', /No answer in time/],
  ['unreachable', /refused connection.*CORS.*extension or firewall/],
  ['wrong-server', /different Plex server/],
  ['failed', /not that of a Plex server/],
] as [AttemptOutcome, RegExp][])('%s reads as a sentence', (outcome, text) => {
  const sentence = describeAttempt({ connection, outcome })

  expect(sentence).toMatch(text)
  expect(sentence).toMatch(/^[A-Z].*\.$/)
})

test('a failed attempt says what went wrong', () => {
  const error = new PlexError({
    kind: 'server',
    path: '/identity',
    message: 'The Plex server had a problem (HTTP 502).',
  })

  expect(describeAttempt({ connection, outcome: 'failed', error })).toBe(
    error.message,
  )
})
