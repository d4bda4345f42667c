import {
  FAILURE_MODES,
  isRetried,
  MATRIX,
  MATRIX_CALLS,
  matrixCells,
  MODE_WIRE_FORMS,
  OUTCOMES,
  RETRY_POLICIES,
  type Outcome,
  type RetryPolicy,
} from './failure-matrix.ts'

export const FAILURE_MATRIX_DOC = 'docs/failure-matrix.md'

const DECISIONS = [
  'Only plex.tv refusing the session\'s own token (401, or 422 "Invalid token") ends a session (SECURITY.md SE-04). A media server\'s 401, a 401 for a pasted token, a network failure and a 5xx never do.',
  'plex.tv states its 4xx verdicts in JSON or XML. An HTML page in their place (401 HTML, 403 HTML) came from something in between, such as a Wi-Fi sign-in page, a proxy or a filter: it is reported as such, and never signs anyone out. The one exception is sign-in, where any 401 reads as a wrong password (SECURITY.md AU-06).',
  'Media servers answer errors with bare HTML pages by nature, so their 401, 403 and 404 pages are their verdicts. A 401 or 422 to a call that carried no token (PINs, `/identity`) says nothing about a token: it is an error Plexkey does not expect there.',
  'XML is data: plex.tv and servers send XML when they ignore `Accept: application/json`, and every call reads both.',
  'No body is read past 2 MiB. The largest answer Plexkey asks for, the device list, stays far below 1 MiB even for accounts with hundreds of devices; past the cap reading stops, nothing is parsed, and the tab stays responsive.',
  "Sign-out needs no data, so any readable 2xx will do; but a web page, a garbled or a 5 MiB answer may not be plex.tv's, so the token is kept and the person can try again or sign out without revoking.",
  'Typed input is never lost: the sign-in form clears only the field plex.tv rejected, the source and the pasted token stay in their fields, the share confirmation stays ticked, and a PIN stays on screen until it expires.',
]

/** docs/failure-matrix.md, before Prettier formats it. */
export function renderFailureMatrixDoc(): string {
  const cells = matrixCells()
  const lines = [
    '# Failure matrix',
    '',
    '<!-- Written by `npm run matrix:doc` from src/testing/failure-matrix.ts: change that file, then run it. A unit test fails while the two differ. -->',
    '',
    `How each call Plexkey makes ends under each way it can fail: ${MATRIX_CALLS.length} calls × ${FAILURE_MODES.length} failures = ${cells.length} cells. One table holds the expected outcomes, and every test reads it: each cell runs against the real endpoint function (\`src/lib/plex/failure-matrix.test.ts\`), every read's retries are counted there too, each call's screen runs its cells (\`src/features/*/*-failures.test.tsx\`), and a few cells run end to end through the stand-in's failure modes (\`e2e/failure-matrix.spec.ts\`; the modes are described in [stand-in/README.md](../stand-in/README.md)).`,
    '',
    '## Decisions',
    '',
    ...DECISIONS.map((decision) => `- ${decision}`),
    '',
    '## The failures',
    '',
    '| Failure | What comes back |',
    '| --- | --- |',
    ...FAILURE_MODES.map(
      (mode) => `| \`${mode}\` | ${MODE_WIRE_FORMS[mode]} |`,
    ),
    '',
    '## Outcomes',
    '',
    'No outcome shows "Unknown error" or any of the body that came back: every message names who failed (plex.tv, or the server by name) and what to do.',
    '',
    '| Outcome | Error kind | Ends the session | Cells | Meaning |',
    '| --- | --- | --- | --- | --- |',
    ...(Object.keys(OUTCOMES) as Outcome[]).map((outcome) => {
      const facts = OUTCOMES[outcome]
      const kind = facts.kind
        ? `\`${facts.kind}\`${facts.reason ? ` (${facts.reason})` : ''}`
        : 'none'
      const count = cells.filter(([, , cell]) => cell === outcome).length
      return `| ${outcome} | ${kind} | ${facts.endsSession ? 'yes' : 'no'} | ${count} | ${facts.meaning} |`
    }),
    '',
    '## Retries',
    '',
    '| Policy | What happens |',
    '| --- | --- |',
    ...(Object.keys(RETRY_POLICIES) as RetryPolicy[]).map(
      (policy) => `| ${policy} | ${RETRY_POLICIES[policy]} |`,
    ),
    '',
    '## The calls',
  ]

  for (const call of MATRIX_CALLS) {
    const row = MATRIX[call]
    lines.push(
      '',
      `### ${row.title}: \`${row.request}\``,
      '',
      `Retry policy: **${row.retry}**. On screen: ${row.onScreen}.`,
      ...(row.note ? ['', `Note: ${row.note}.`] : []),
      '',
      '| Failure | Outcome | Retried by itself |',
      '| --- | --- | --- |',
      ...FAILURE_MODES.map((mode) => {
        const outcome = row.cells[mode]
        const retried = isRetried(row.retry, outcome) ? 'yes' : 'no'
        return `| \`${mode}\` | ${outcome} | ${retried} |`
      }),
    )
  }
  return `${lines.join('\n')}\n`
}
