// @ts-check
// What a production build must never hold: demo accounts, source maps,
// console calls, e2e-only hooks, or an address other than the real plex.tv.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name))
      : [join(dir, entry.name)],
  )
}

// The hook's name is read from its source, so renaming it cannot quietly
// turn this check into one that passes on anything.
const hookSource = readFileSync('src/app/expose-cache-keys.ts', 'utf8')
const e2eHookName = /CACHE_KEYS_PROPERTY = '([^']+)'/.exec(hookSource)?.[1]
if (!e2eHookName) {
  console.error('check-build: cannot find CACHE_KEYS_PROPERTY')
  process.exit(1)
}

const files = listFiles('dist')
const problems = []

for (const file of files) {
  if (file.endsWith('.map')) problems.push(`${file}: a source map`)
  if (!/\.(js|html|css)$/.test(file)) continue
  const text = readFileSync(file, 'utf8')
  if (text.includes('plexkey-demo') || text.includes('owner@example.com')) {
    problems.push(`${file}: demo accounts`)
  }
  if (text.includes('is the stand-in running')) {
    problems.push(`${file}: the demo's stand-in hint`)
  }
  if (text.includes('127.0.0.1')) problems.push(`${file}: a loopback address`)
  // The e2e-only hook that shows the leak scan the query keys.
  if (text.includes(e2eHookName)) {
    problems.push(`${file}: the e2e cache-keys hook`)
  }
  if (/\bconsole\.(log|debug|info)\(/.test(text)) {
    problems.push(`${file}: console.log/debug/info`)
  }
}

if (problems.length > 0) {
  console.error(`The production build is not clean:\n${problems.join('\n')}`)
  process.exit(1)
}
console.log(`dist/ is clean (${files.length} files checked).`)
