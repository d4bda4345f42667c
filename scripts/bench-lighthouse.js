// @ts-check
// `npm run bench:lighthouse`: Lighthouse 12 (mobile, simulated throttling)
// on the production build served by `vite preview`, with the system
// Chromium. Prints the four category scores, LCP and TBT as the median of
// three runs. Lighthouse is fetched by npx when this runs, so `npm ci`
// stays lean.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const LIGHTHOUSE = 'lighthouse@12.8.2'
const RUNS = 3
// PLEXKEY_LIGHTHOUSE_PORT moves the preview, so that two checkouts on one
// machine can run the benchmark without one measuring the other's build.
const PORT = previewPort(process.env.PLEXKEY_LIGHTHOUSE_PORT, 4180)
const projectRoot = resolve(import.meta.dirname, '..')
const reportDir = join(projectRoot, 'reports', 'lighthouse')
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const url = `http://127.0.0.1:${PORT}/sign-in`

/** @param {string | undefined} value @param {number} fallback */
function previewPort(value, fallback) {
  if (value === undefined || value === '') return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1024 || port > 65_535) {
    throw new Error(
      `PLEXKEY_LIGHTHOUSE_PORT must be a port number, not ${value}`,
    )
  }
  return port
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function isAnswering() {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

/** @param {import('node:child_process').ChildProcess} server */
async function waitForServer(server) {
  for (let tries = 0; tries < 100; tries += 1) {
    // A preview that quit (its port taken) must not let another answer.
    if (server.exitCode !== null) break
    if (await isAnswering()) return
    await new Promise((done) => setTimeout(done, 100))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

if (await isAnswering()) {
  throw new Error(
    `Something already answers at ${url}: set PLEXKEY_LIGHTHOUSE_PORT to a free port.`,
  )
}

mkdirSync(reportDir, { recursive: true })
execFileSync(join(projectRoot, 'node_modules', '.bin', 'vite'), ['build'], {
  cwd: projectRoot,
  stdio: 'inherit',
})

// Started directly, not through npx, so killing it kills the server.
const preview = spawn(
  join(projectRoot, 'node_modules', '.bin', 'vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { cwd: projectRoot, stdio: 'ignore' },
)

/** @type {{ scores: Record<string, number>, lcp: number, tbt: number }[]} */
const runs = []
try {
  await waitForServer(preview)
  for (let run = 1; run <= RUNS; run += 1) {
    const output = join(reportDir, `run-${run}.json`)
    execFileSync(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox',
        '--output=json',
        `--output-path=${output}`,
      ],
      {
        cwd: projectRoot,
        stdio: 'inherit',
        env: { ...process.env, CHROME_PATH: chromePath },
      },
    )
    /** @type {{ categories: Record<string, { score: number }>, audits: Record<string, { numericValue: number }> }} */
    const report = JSON.parse(readFileSync(output, 'utf8'))
    runs.push({
      scores: Object.fromEntries(
        Object.entries(report.categories).map(([name, category]) => [
          name,
          category.score,
        ]),
      ),
      lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
    })
  }
} finally {
  preview.kill()
}

const categories = Object.keys(runs[0]?.scores ?? {})
console.log(
  `Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, median of ${RUNS} runs, ${url}`,
)
for (const name of categories) {
  console.log(
    `${name}: ${median(runs.map((run) => run.scores[name] ?? NaN)).toFixed(2)}`,
  )
}
console.log(`LCP: ${Math.round(median(runs.map((run) => run.lcp)))} ms`)
console.log(`TBT: ${Math.round(median(runs.map((run) => run.tbt)))} ms`)
