// @ts-check
import { Hono } from 'hono'
import { isPartName } from './config.js'
import { SERVERS, serverOfPart } from './pms/catalogue.js'
import { approvePin, pinView } from './plex-tv/pins.js'
import {
  parseClockChange,
  parseCorsRefusal,
  parseFailureRule,
  parseNewAccount,
  parsePinApproval,
  parsePinExpiry,
  parseServerChange,
} from './test-control-input.js'

/** @import { Ctx, PartEnv } from './types.js' */
/** @import { SharedState } from './state.js' */
/** @import { ServerFacts } from './pms/catalogue.js' */

/**
 * Routes under /__standin/ that only exist with --test. Everything a test
 * changes is scoped to its client identifier, except restart, the media
 * servers' settings, the clock and a CORS refusal for everyone.
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

  controls.get('/cors', (c) => c.json(state.corsRefusal.view()))

  controls.post('/cors', async (c) => {
    const parsed = parseCorsRefusal(await readJson(c))
    if (!parsed.ok) return c.json({ error: parsed.error }, 400)

    const { refuse, clientIdentifier } = parsed.value
    state.corsRefusal.set(refuse, clientIdentifier)
    return c.json(state.corsRefusal.view())
  })

  controls.delete('/cors', (c) => {
    state.corsRefusal.reset()
    return c.json(state.corsRefusal.view())
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

  controls.get('/pins', (c) => {
    const id = c.req.query('clientIdentifier')
    if (!id) return c.json({ error: 'clientIdentifier is required' }, 400)
    const context = { now: state.now(), plexTvUrl: state.urls['plex.tv'] }
    return c.json(state.pins.ofClient(id).map((pin) => pinView(pin, context)))
  })

  controls.post('/pins/expire', async (c) => {
    const parsed = parsePinExpiry(await readJson(c))
    if (!parsed.ok) return c.json({ error: parsed.error }, 400)

    const { clientIdentifier, id } = parsed.value
    return c.json({ expired: state.pins.expire(clientIdentifier, id) })
  })

  controls.post('/pins/approve', async (c) => {
    const parsed = parsePinApproval(await readJson(c))
    if (!parsed.ok) return c.json({ error: parsed.error }, 400)

    const { clientIdentifier, code, email } = parsed.value
    const account = state.accounts.findByLogin(email)?.account
    if (!account) return c.json({ error: `no account ${email}` }, 400)
    const pin = code
      ? state.pins.findByCode(code, { clientIdentifier })
      : state.pins.ofClient(clientIdentifier).find((p) => !p.claim)
    const session = pin && approvePin(state, pin, account)
    if (!pin || !session) {
      return c.json({ error: 'no open PIN for that client and code' }, 404)
    }
    return c.json({ id: pin.id, code: pin.code, authToken: session.token })
  })

  controls.get('/clock', (c) => c.json(clockView(state)))

  controls.post('/clock', async (c) => {
    const parsed = parseClockChange(await readJson(c))
    if (!parsed.ok) return c.json({ error: parsed.error }, 400)

    state.clock.advance(parsed.value.advanceSeconds * 1000)
    return c.json(clockView(state))
  })

  controls.delete('/clock', (c) => {
    state.clock.reset()
    return c.json(clockView(state))
  })

  return controls
}

/** @param {SharedState} state */
function clockView(state) {
  return {
    now: new Date(state.now()).toISOString(),
    offsetSeconds: Math.round(state.clock.offsetMs() / 1000),
  }
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
