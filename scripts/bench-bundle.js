// @ts-check
// `npm run bench:bundle`: how much JavaScript the sign-in route makes a
// browser download on a first visit, against a bare React + react-dom page
// built with the same Vite config. Prints both (gzip) and their ratio; the
// goal is a ratio of at most 1.45 (README, "Performance"). Also prints the
// floor under that ratio: a page with only the libraries the route needs.
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const projectRoot = resolve(import.meta.dirname, '..')
const benchDir = join(projectRoot, 'reports', 'bench-bundle')
const configFile = join(projectRoot, 'vite.config.ts')

/**
 * @typedef {{ file: string, isEntry?: boolean, imports?: string[],
 *   dynamicImports?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/** @param {string} root @param {string} outDir */
async function buildWithManifest(root, outDir) {
  await build({
    configFile,
    root,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  })
  return /** @type {Manifest} */ (
    JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))
  )
}

/**
 * The chunks a key loads before it runs: itself and its static imports.
 * @param {Manifest} manifest @param {string} key @param {Set<string>} found
 */
function collectStatic(manifest, key, found = new Set()) {
  if (found.has(key)) return found
  found.add(key)
  for (const imported of manifest[key]?.imports ?? []) {
    collectStatic(manifest, imported, found)
  }
  return found
}

/** @param {string} outDir @param {Manifest} manifest @param {Set<string>} keys */
function gzipBytes(outDir, manifest, keys) {
  let total = 0
  for (const key of keys) {
    const chunk = manifest[key]
    if (!chunk?.file.endsWith('.js')) continue
    total += gzipSync(readFileSync(join(outDir, chunk.file)), {
      level: 9,
    }).length
  }
  return total
}

/**
 * A page whose one script is `main` (a file name inside `root`).
 * @param {string} root @param {string} main
 */
function writePage(root, main) {
  mkdirSync(root, { recursive: true })
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Bench</title></head>' +
      `<body><div id="root"></div><script type="module" src="/${main}"></script></body></html>\n`,
  )
}

/**
 * The bare page: React renders one heading, nothing else.
 * @param {string} root
 */
function writeBarePage(root) {
  writePage(root, 'main.jsx')
  writeFileSync(
    join(root, 'main.jsx'),
    "import { createRoot } from 'react-dom/client'\n" +
      "createRoot(document.getElementById('root')).render(<h1>Hello</h1>)\n",
  )
}

/**
 * The sign-in route's libraries and nothing of Plexkey's.
 * @param {string} root
 */
function writeLibrariesPage(root) {
  writePage(root, 'main.tsx')
  copyFileSync(
    join(projectRoot, 'scripts', 'bench-pages', 'sign-in-libraries.tsx'),
    join(root, 'main.tsx'),
  )
}

/** @param {string} root @param {string} outDir */
async function firstLoadOfPage(root, outDir) {
  const manifest = await buildWithManifest(root, outDir)
  return gzipBytes(outDir, manifest, collectStatic(manifest, 'index.html'))
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`

rmSync(benchDir, { recursive: true, force: true })

const appOut = join(benchDir, 'app')
const appManifest = await buildWithManifest(projectRoot, appOut)
const signInKey = 'src/features/sign-in/sign-in-screen.tsx'
if (!appManifest[signInKey]) {
  throw new Error(`${signInKey} is not its own chunk: is the route lazy?`)
}
const appKeys = collectStatic(appManifest, 'index.html')
collectStatic(appManifest, signInKey, appKeys)
const appBytes = gzipBytes(appOut, appManifest, appKeys)

const bareRoot = join(benchDir, 'bare-src')
writeBarePage(bareRoot)
const bareBytes = await firstLoadOfPage(bareRoot, join(benchDir, 'bare'))

const librariesRoot = join(benchDir, 'libraries-src')
writeLibrariesPage(librariesRoot)
const librariesBytes = await firstLoadOfPage(
  librariesRoot,
  join(benchDir, 'libraries'),
)

const ratio = appBytes / bareBytes
console.log(`sign-in route, first load JS (gzip): ${kB(appBytes)}`)
console.log(`bare React + react-dom page (gzip):  ${kB(bareBytes)}`)
console.log(`ratio: ${ratio.toFixed(2)} (goal ≤ 1.45)`)
console.log(
  `its libraries alone, no Plexkey code: ${kB(librariesBytes)}, ratio ` +
    (librariesBytes / bareBytes).toFixed(2),
)
console.log(
  `the rest (Plexkey's code and what it uses of them): ${kB(appBytes - librariesBytes)}`,
)
