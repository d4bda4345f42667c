// @ts-check
import { Hono } from 'hono'
import { isPartName } from './config.js'
import { SERVERS, serverOfPart } from './pms/catalogue.js'
import {
  parseFailureRule,
  parseNewAccount,
  parseServerChange,
} from './test-control-input.js'

/** @import { Ctx, PartEnv } from './types.js' */
/** @import { SharedState } from './state.js' */
/** @import { ServerFacts } from './pms/catalogue.js' */

/**
 * Routes under /__standin/ that only exist with --test. Everything a test
 * changes is scoped to its client identifier, except restart.
 * @param {SharedState} state
 */
export function testControls(state) {
  /** @type {Hono<PartEnv>} */
  const controls = new Hono()

  controls.post('/failures', async (c) => {
    const parsed = parseFailureRule(await readJson(c))
    if (!parsed.ok) return c.json({ error: parsed.error }, 400)

    state.failures.add(parsed.value)
    return c.json({ ok: true }, 201)
  })

  controls.delete('/failures', (c) => {
    const id = c.req.query('clientIdentifier')
    if (!id) return c.json({ error: 'clientIdentifier is required' }, 400)
    return c.json({ removed: state.failures.clear(id) })
  })

  controls.post('/accounts', async (c) => {
    const parsed = parseNewAccount(await readJson(c))
    if (!parsed.ok) return c.json({ error: parsed.error }, 400)

    const account = state.accounts.add(parsed.value)
    if (account === 'conflict') {
      return c.json({ error: 'that e-mail or username is taken' }, 409)
    }
    const { id, uuid, email, username, token } = account
    return c.json({ id, uuid, email, username, token }, 201)
  })

  controls.get('/requests', (c) => {
    const id = c.req.query('clientIdentifier')
    const part = c.req.query('part')
    if (!id) return c.json({ error: 'clientIdentifier is required' }, 400)
    if (part !== undefined && !isPartName(part)) {
      return c.json({ error: `unknown part ${part}` }, 400)
    }
    return c.json(state.journal.list(id, part))
  })

  controls.delete('/requests', (c) => {
    const id = c.req.query('clientIdentifier')
    if (!id) return c.json({ error: 'clientIdentifier is required' }, 400)
    state.journal.clear(id)
    return c.json({ ok: true })
  })

  controls.post('/restart', async (c) => {
    const body = await readJson(c)
    const part = isRecord(body) ? body.part : undefined
    if (!isPartName(part)) return c.json({ error: 'unknown part' }, 400)

    const restart = state.restarts.get(part)
    if (!restart) return c.json({ error: `${part} is not running` }, 404)
    restart()
    return c.json({ ok: true })
  })

  controls.get('/servers', (c) =>
    c.json(SERVERS.map((server) => serverView(state, server))),
  )

  controls.post('/servers', async (c) => {
    const parsed = parseServerChange(await readJson(c))
    if (!parsed.ok) return c.json({ error: parsed.error }, 400)

    const server = serverOfPart(parsed.value.part)
    state.mediaServers.configure(server, parsed.value)
    return c.json(serverView(state, server))
  })

  controls.delete('/servers', (c) => {
    state.mediaServers.resetSettings()
    return c.json(SERVERS.map((server) => serverView(state, server)))
  })

  return controls
}

/**
 * @param {SharedState} state
 * @param {ServerFacts} server
 */
function serverView(state, server) {
  const { part, name, machineIdentifier } = server
  return {
    part,
    name,
    machineIdentifier,
    url: part ? state.urls[part] : null,
    online: part !== null,
    ...state.mediaServers.settings(server),
  }
}

/** @param {Ctx} c */
async function readJson(c) {
  try {
    return /** @type {unknown} */ (await c.req.json())
  } catch {
    return undefined
  }
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null
}
