// @ts-check
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url))
const PARTS_RUNNING = 4

/** @type {import('node:child_process').ChildProcess[]} */
const children = []

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
})

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

/**
 * Starts the stand-in and waits for its printed lines, one per part.
 * @param {string[]} args
 */
async function start(args) {
  const port = await freePort()
  const child = spawn(process.execPath, [MAIN, ...args], {
    env: { ...process.env, PLEXKEY_STANDIN_PORT: String(port) },
  })
  children.push(child)
  const stdout = /** @type {NodeJS.ReadableStream} */ (child.stdout)
  let printed = ''
  while (printed.split('\n').length <= PARTS_RUNNING) {
    const [chunk] = await once(stdout, 'data')
    printed += String(chunk)
  }
  const lines = printed.split('\n').slice(0, PARTS_RUNNING)
  return { child, port, lines, firstLine: lines[0] }
}

describe('node stand-in/main.js', () => {
  it('prints the plex.tv line and answers health on that port', async () => {
    const { port, firstLine } = await start([])

    const response = await fetch(`http://127.0.0.1:${port}/__standin/health`)

    expect(firstLine).toBe(`plex.tv http://127.0.0.1:${port}`)
    expect(await response.json()).toEqual({ ok: true })
  })

  it('prints every part and serves them on +1, +2 and +3', async () => {
    const { lines, port } = await start([])

    const identities = await Promise.all(
      [port + 2, port + 3].map(async (p) => {
        const response = await fetch(`http://127.0.0.1:${p}/identity`, {
          headers: { Accept: 'application/json' },
        })
        return (await response.json()).MediaContainer.machineIdentifier
      }),
    )

    const auth = await fetch(`http://127.0.0.1:${port + 1}/auth`)

    expect(lines).toEqual([
      `plex.tv http://127.0.0.1:${port}`,
      `app.plex.tv http://127.0.0.1:${port + 1}`,
      `Demo Server http://127.0.0.1:${port + 2}`,
      `Friend's Server http://127.0.0.1:${port + 3}`,
    ])
    expect(identities).toEqual([
      'dec0de00dec0de00dec0de00dec0de00dec0de01',
      'fa11bacc0fa11bacc0fa11bacc0fa11bacc00002',
    ])
    expect(auth.status).toBe(200)
    expect(auth.headers.get('cross-origin-opener-policy')).toBe('same-origin')
  })

  it('forgets transient tokens when a media server restarts', async () => {
    const { port } = await start(['--test'])
    const demo = `http://127.0.0.1:${port + 2}`
    const made = await fetch(
      `${demo}/security/token?type=delegation&scope=all`,
      {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'X-Plex-Token': 'DEMOxOWNERxTOKENxxx1',
        },
      },
    )
    const { token } = (await made.json()).MediaContainer
    const probe = () =>
      fetch(`${demo}/library/sections`, { headers: { 'X-Plex-Token': token } })

    const before = await probe()
    await fetch(`http://127.0.0.1:${port}/__standin/restart`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ part: 'demo-server' }),
    })
    const after = await probe()

    expect(before.status).toBe(200)
    expect(after.status).toBe(401)
  })

  it('drops a connection on request and exits cleanly on SIGTERM', async () => {
    const { child, port } = await start(['--test'])
    const base = `http://127.0.0.1:${port}`
    await fetch(`${base}/__standin/failures`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        clientIdentifier: 'dropped',
        method: 'GET',
        path: '/api/v2/user',
        drop: true,
      }),
    })

    const dropped = fetch(`${base}/api/v2/user`, {
      headers: { 'X-Plex-Client-Identifier': 'dropped' },
    })

    await expect(dropped).rejects.toThrow(TypeError)
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  })

  it('refuses a bad PLEXKEY_STANDIN_PORT', async () => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PLEXKEY_STANDIN_PORT: 'eighty' },
    })
    children.push(child)

    const [code] = await once(child, 'exit')

    expect(code).toBe(1)
  })
})
