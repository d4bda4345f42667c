import { http, HttpResponse, type HttpHandler } from 'msw'
import { server } from './msw-server.ts'
import {
  identityJson,
  identityXml,
  PMS_HTTPS_URL,
  PMS_VERSION,
  sourceDeviceFixture,
  sourceLookupXml,
  transientTokenXml,
} from './fixtures/pms.ts'
import {
  OWNED_SERVER_ID,
  SHARED_SERVER_ID,
  TEST_OWNED_SERVER_TOKEN,
} from './fixtures/plex-resources.ts'

type Rights = 'admin' | 'shared'

export interface FakePmsOptions {
  /** Where it answers; the plex.direct test address unless given. */
  baseUrl?: string
  machineIdentifier?: string
  version?: string
  /** Tokens the server takes, and the rights each gives. */
  tokens?: Record<string, Rights>
}

export interface FakePms {
  handlers: HttpHandler[]
  /** Every request it received, in order. */
  requests: Request[]
}

const REASONS = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
} as const

/**
 * A Plex Media Server for unit tests, answering like the real one: XML
 * unless `Accept` asks for JSON, bare HTML pages for errors. Install with
 * `server.use(...fakePms().handlers)`.
 */
export function fakePms(options: FakePmsOptions = {}): FakePms {
  const base = options.baseUrl ?? PMS_HTTPS_URL
  const machineIdentifier = options.machineIdentifier ?? OWNED_SERVER_ID
  const version = options.version ?? PMS_VERSION
  const tokens = new Map(
    Object.entries(options.tokens ?? { [TEST_OWNED_SERVER_TOKEN]: 'admin' }),
  )
  const requests: Request[] = []
  let minted = 0

  const rightsOf = (request: Request) =>
    tokens.get(request.headers.get('X-Plex-Token') ?? '')
  const record = (request: Request) => requests.push(request.clone())

  const mint = ({ request }: { request: Request }) => {
    record(request)
    const rights = rightsOf(request)
    if (!rights) return htmlError(401)
    const query = new URL(request.url).searchParams
    if (query.get('type') !== 'delegation' || query.get('scope') !== 'all') {
      return htmlError(400)
    }
    minted += 1
    const token = `transient-00000000-0000-4000-8000-${String(minted).padStart(12, '0')}`
    tokens.set(token, rights)
    return wantsJson(request)
      ? HttpResponse.json({ MediaContainer: { size: 0, token } })
      : xml(transientTokenXml(token))
  }

  const handlers = [
    http.get(`${base}/identity`, async ({ request }) => {
      record(request)
      await afterOtherAnswers()
      return wantsJson(request)
        ? HttpResponse.json(identityJson(machineIdentifier, version))
        : xml(identityXml(machineIdentifier, version))
    }),
    http.get(`${base}/security/token`, mint),
    http.post(`${base}/security/token`, mint),
    http.get(`${base}/security/resources`, ({ request }) => {
      record(request)
      const rights = rightsOf(request)
      if (!rights) return htmlError(401)
      if (rights !== 'admin') return htmlError(403)
      const source = new URL(request.url).searchParams.get('source') ?? ''
      if (!/^(server|provider):\/\/.+/.test(source)) return htmlError(400)
      if (source !== `server://${SHARED_SERVER_ID}`) {
        return wantsJson(request)
          ? HttpResponse.json({ MediaContainer: { size: 0 } })
          : xml('<MediaContainer size="0"/>')
      }
      return wantsJson(request)
        ? HttpResponse.json({
            MediaContainer: { size: 1, Device: [sourceDeviceFixture()] },
          })
        : xml(sourceLookupXml())
    }),
    http.get(`${base}/`, ({ request }) => {
      record(request)
      if (!rightsOf(request)) return htmlError(401)
      return HttpResponse.json({
        MediaContainer: { size: 0, machineIdentifier, version },
      })
    }),
  ]
  return { handlers, requests }
}

// The fake server answers /identity a turn of the event loop late, so the
// addresses that fail at once have failed before it wins a race. Otherwise
// the race aborts them while MSW is answering them with
// HttpResponse.error(), and msw 2.15 then leaves an unhandled rejection.
export function afterOtherAnswers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** A media server's bare HTML error page, whatever `Accept` said. */
export function htmlError(status: keyof typeof REASONS): HttpResponse<string> {
  const reason = REASONS[status]
  return HttpResponse.html(
    `<html><head><title>${reason}</title></head><body><h1>${status} ${reason}</h1></body></html>`,
    { status },
  )
}

/** An XML answer with the media server's content type. */
export function xml(body: string): HttpResponse<string> {
  return HttpResponse.text(body, {
    headers: { 'Content-Type': 'text/xml;charset=utf-8' },
  })
}

function wantsJson(request: Request): boolean {
  return (request.headers.get('Accept') ?? '').includes('application/json')
}

/**
 * The account's own server, reachable at its plex.direct address only:
 * every other address fails at once, as addresses out of reach do.
 */
export function installReachableServer(options: FakePmsOptions = {}): FakePms {
  const pms = fakePms(options)
  server.use(
    ...pms.handlers,
    http.get('*/identity', () => HttpResponse.error()),
  )
  return pms
}
