// @ts-check
// `npm test`: every check, in the order a failure is cheapest to read. Each
// step runs even when an earlier one failed, so one run shows every problem;
// only the e2e step needs its build. The last line counts the tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

mkdirSync('reports', { recursive: true })

/** @type {{ name: string, ok: boolean }[]} */
const steps = []

/**
 * @param {string} name
 * @param {string} command
 * @param {Record<string, string>} [env] added to this step's environment
 */
function run(name, command, env = {}) {
  console.log(`\n▶ ${name}: ${command}`)
  const { status } = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  steps.push({ name, ok: status === 0 })
  return status === 0
}

run('types', 'tsc --noEmit')
run('lint', 'eslint . --max-warnings=0')
run('format', 'prettier --check .')
run(
  'unit',
  'vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json',
)
if (run('build', 'vite build'))
  run('build check', 'node scripts/check-build.js')
// With PLEXKEY_E2E_PORT set (see e2e/ports.ts), the e2e build must talk to
// the stand-in there rather than on the port .env.e2e names.
const movedStandIn = process.env.PLEXKEY_E2E_PORT
/** @type {Record<string, string>} */
const e2eBuildEnv = movedStandIn
  ? {
      VITE_PLEX_TV_URL: `http://127.0.0.1:${movedStandIn}`,
      VITE_PLEX_APP_URL: `http://127.0.0.1:${Number(movedStandIn) + 1}`,
    }
  : {}
const e2eBuilt = run(
  'e2e build',
  'vite build --mode e2e --outDir dist-e2e',
  e2eBuildEnv,
)
// The same app with plex.tv relayed through its own origin, for
// e2e/plex-tv-relay.spec.ts.
const relayBuilt = run(
  'e2e relay build',
  'vite build --mode e2e --outDir dist-e2e-relay',
  { ...e2eBuildEnv, VITE_PLEX_TV_RELAY: 'true' },
)
// Required: the relay tests must run here, never be skipped.
if (e2eBuilt && relayBuilt) {
  run('e2e', 'playwright test', { PLEXKEY_E2E_RELAY: 'required' })
}

/** @param {string} file */
function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

const unit = readJson('reports/vitest.json')
const e2e = readJson('reports/e2e.json')
const failedSteps = steps.filter((step) => !step.ok)
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0)
const testFailures =
  (unit?.numFailedTests ?? 0) +
  (e2e?.stats.unexpected ?? 0) +
  (e2e?.stats.flaky ?? 0)
// A failed step that counts no failed test (types, lint, a crashed runner)
// still counts as one failure.
const uncountedFailures = failedSteps.filter(
  (step) =>
    (step.name !== 'unit' || (unit?.numFailedTests ?? 0) === 0) &&
    (step.name !== 'e2e' || (e2e?.stats.unexpected ?? 0) === 0),
).length
const failed = testFailures + uncountedFailures
const line = `tests: ${passed} passed, ${failed} failed`

console.log('')
for (const step of steps) console.log(`${step.ok ? '✔' : '✘'} ${step.name}`)
writeFileSync('reports/summary.txt', `${line}\n`)
console.log(line)
process.exit(failedSteps.length === 0 ? 0 : 1)
