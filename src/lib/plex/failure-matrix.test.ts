import { expect, test, vi } from 'vitest'
import { allowConsole } from '../../testing/console-guard.ts'
import { BODY_SENTINELS } from '../../testing/failure-answers.ts'
import {
  isRetried,
  MATRIX,
  matrixCells,
  OUTCOMES,
} from '../../testing/failure-matrix.ts'
import { TEST_TOKEN } from '../../testing/fixtures/plex-account.ts'
import {
  failCall,
  MATRIX_HARNESS,
  MATRIX_SERVER_NAME,
} from '../../testing/matrix-calls.ts'
import {
  createQueryClient,
  READ_RETRIES,
  readMutationKey,
  shouldRetry,
} from '../query-client.ts'
import { getSessionToken } from '../session/token-store.ts'
import { PlexError } from './plex-error.ts'

/** Runs a call to its end, waiting out its timeout for `hang`. */
async function settle(
  run: () => Promise<unknown>,
  { hangs, timeoutMs }: { hangs: boolean; timeoutMs: number },
) {
  if (hangs) vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  const settled = run().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
  if (hangs) await vi.advanceTimersByTimeAsync(timeoutMs)
  return settled
}

test.each(matrixCells())('%s, %s: %s', async (call, mode, outcome) => {
  allowConsole('warn')
  const harness = MATRIX_HARNESS[call]
  const expected = OUTCOMES[outcome]
  const seen = failCall(call, mode)

  const result = await settle(harness.run, {
    hangs: mode === 'hang',
    timeoutMs: harness.timeoutMs,
  })

  expect(seen).toHaveLength(1)
  expect(getSessionToken()).toBe(TEST_TOKEN)
  if (expected.kind === null) {
    expect(result).not.toHaveProperty('error')
    if (harness.data === undefined) expect(result).toEqual({ value: undefined })
    else expect(result).toMatchObject({ value: harness.data })
    return
  }

  expect(result).toHaveProperty('error')
  const error = (result as { error: unknown }).error
  expect(error).toBeInstanceOf(PlexError)
  const plexError = error as PlexError
  expect({
    kind: plexError.kind,
    reason: plexError.reason,
    endsSession: plexError.endsSession,
  }).toEqual({
    kind: expected.kind,
    reason: expected.reason,
    endsSession: expected.endsSession,
  })
  expectMessageForPeople(plexError.message, MATRIX[call].host, outcome)
  if (MATRIX[call].retry === 'read') {
    expect(shouldRetry(0, plexError, READ_RETRIES)).toBe(
      isRetried('read', outcome),
    )
  }
})

function expectMessageForPeople(
  message: string,
  host: 'plex.tv' | 'server',
  outcome: string,
) {
  expect(message).toMatch(/^[A-Zp].{20,}\.$/s)
  expect(message).not.toMatch(/unknown error|undefined|null|\[object|</i)
  for (const sentinel of BODY_SENTINELS) expect(message).not.toContain(sentinel)
  // A wrong password is about the credentials, whoever refused them.
  if (outcome === 'bad-credentials') return
  expect(message).toContain(
    host === 'plex.tv' ? 'plex.tv' : `“${MATRIX_SERVER_NAME}”`,
  )
}

const READS = matrixCells().filter(([call]) => MATRIX[call].retry === 'read')

test.each(READS)(
  '%s, %s (%s): sent three times if retried, else once',
  async (call, mode, outcome) => {
    allowConsole('warn')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const harness = MATRIX_HARNESS[call]
    const seen = failCall(call, mode)
    const queryClient = createQueryClient({
      onSessionEnded: vi.fn(),
      retries: READ_RETRIES,
    })

    // The two that hold a secret are mutations, retried as reads.
    const settled =
      call === 'user-pasted' || call === 'source-lookup'
        ? queryClient
            .getMutationCache()
            .build(queryClient, {
              mutationKey: readMutationKey(call),
              mutationFn: harness.run,
            })
            .execute(undefined)
        : queryClient.fetchQuery({ queryKey: [call], queryFn: harness.run })
    const done = settled.catch(() => undefined)
    await vi.advanceTimersByTimeAsync(20 * 60_000)
    await done

    expect(seen).toHaveLength(isRetried('read', outcome) ? 3 : 1)
  },
)

test('the matrix holds every call and failure the issue lists, and more', () => {
  const cells = matrixCells()

  expect(cells).toHaveLength(200)
  expect(new Set(cells.map(([call]) => MATRIX[call].request))).toEqual(
    new Set([
      'POST plex.tv /api/v2/users/signin',
      'GET plex.tv /api/v2/user',
      'DELETE plex.tv /api/v2/users/signout',
      'POST plex.tv /api/v2/pins',
      'GET plex.tv /api/v2/pins/{id}',
      'GET plex.tv /api/v2/resources',
      'GET server /identity',
      'GET server /security/token',
      'GET server /security/resources',
    ]),
  )
})

test('only plex.tv refusing the session token ends a session', () => {
  const ending = matrixCells().filter(
    ([, , outcome]) => OUTCOMES[outcome].endsSession,
  )

  expect(ending.map(([call, mode]) => `${call} ${mode}`).sort()).toEqual([
    'resources 401-json',
    'resources 422-xml',
    'sign-out 401-json',
    'sign-out 422-xml',
    'user 401-json',
    'user 422-xml',
  ])
})
