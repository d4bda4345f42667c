import { http, HttpResponse } from 'msw'
import {
  getIdentity,
  createTransientToken,
  getSourceConnectionInformation,
} from '../lib/plex/media-server.ts'
import { checkPin, createPin } from '../lib/plex/pins.ts'
import { getServers } from '../lib/plex/resources.ts'
import { signIn } from '../lib/plex/sign-in.ts'
import { getUser, revokeToken } from '../lib/plex/user.ts'
import { saveSessionToken } from '../lib/session/token-store.ts'
import { failureAnswer } from './failure-answers.ts'
import { MATRIX, type FailureMode, type MatrixCall } from './failure-matrix.ts'
import { plexAccountXml, TEST_TOKEN } from './fixtures/plex-account.ts'
import {
  PMS_HTTPS_URL,
  TEST_TRANSIENT_TOKEN,
  identityXml,
  sourceLookupXml,
  transientTokenXml,
} from './fixtures/pms.ts'
import {
  plexPinXml,
  TEST_PIN_ID,
  TEST_STRONG_CODE,
} from './fixtures/plex-pins.ts'
import {
  OWNED_SERVER_ID,
  SHARED_SERVER_ID,
  TEST_OWNED_SERVER_TOKEN,
  plexResourcesXml,
} from './fixtures/plex-resources.ts'
import { TEST_ACCOUNTS, plexTv } from './plex-tv-handlers.ts'
import { server } from './msw-server.ts'
import { afterOtherAnswers } from './pms-handlers.ts'

export const MATRIX_SERVER_NAME = 'Test Home Server'
export const PASTED_TOKEN = 'TESTxTOKENxPASTEDx77'

interface CallHarness {
  method: 'get' | 'post' | 'delete'
  url: string
  /** How long the client waits for it before a timeout. */
  timeoutMs: number
  /** The real answer, as XML (`200-xml`). */
  xml: () => Response
  /** Calls the real endpoint function. */
  run: () => Promise<unknown>
  /** What usable data looks like, for `expect(…).toMatchObject`. */
  data: unknown
}

const xml = (text: string, status = 200) =>
  new HttpResponse(text, {
    status,
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })

const serverXml = (text: string) =>
  new HttpResponse(text, {
    headers: { 'Content-Type': 'text/xml;charset=utf-8' },
  })

const onServer = {
  baseUrl: PMS_HTTPS_URL,
  serverName: MATRIX_SERVER_NAME,
}

/** Each matrix call, as the app sends it, on the session's TEST_TOKEN. */
export const MATRIX_HARNESS: Record<MatrixCall, CallHarness> = {
  'sign-in': {
    method: 'post',
    url: plexTv('/api/v2/users/signin'),
    timeoutMs: 15_000,
    xml: () => xml(plexAccountXml(), 201),
    run: () => signIn({ ...TEST_ACCOUNTS.owner, rememberMe: false }),
    data: { authToken: TEST_TOKEN, email: 'owner@example.com' },
  },
  user: {
    method: 'get',
    url: plexTv('/api/v2/user'),
    timeoutMs: 15_000,
    xml: () => xml(plexAccountXml()),
    run: () => getUser(),
    data: { authToken: TEST_TOKEN, username: 'test_owner' },
  },
  'user-pasted': {
    method: 'get',
    url: plexTv('/api/v2/user'),
    timeoutMs: 15_000,
    xml: () => xml(plexAccountXml(PASTED_TOKEN)),
    run: () => getUser({ token: PASTED_TOKEN }),
    data: { authToken: PASTED_TOKEN },
  },
  'sign-out': {
    method: 'delete',
    url: plexTv('/api/v2/users/signout'),
    timeoutMs: 5_000,
    xml: () => new HttpResponse(null, { status: 204 }),
    run: () => revokeToken(),
    data: undefined,
  },
  'pin-create': {
    method: 'post',
    url: plexTv('/api/v2/pins'),
    timeoutMs: 15_000,
    xml: () => xml(plexPinXml(), 201),
    run: () => createPin({ strong: true }),
    data: { id: TEST_PIN_ID, code: TEST_STRONG_CODE },
  },
  'pin-poll': {
    method: 'get',
    url: plexTv(`/api/v2/pins/${TEST_PIN_ID}`),
    timeoutMs: 15_000,
    xml: () => xml(plexPinXml(PASTED_TOKEN)),
    run: () => checkPin(TEST_PIN_ID),
    data: PASTED_TOKEN,
  },
  resources: {
    method: 'get',
    url: plexTv('/api/v2/resources'),
    timeoutMs: 15_000,
    xml: () => xml(plexResourcesXml()),
    run: () => getServers(),
    data: [
      { clientIdentifier: OWNED_SERVER_ID },
      { clientIdentifier: SHARED_SERVER_ID },
      { name: 'Old Server' },
    ],
  },
  identity: {
    method: 'get',
    url: `${PMS_HTTPS_URL}/identity`,
    timeoutMs: 10_000,
    xml: () => serverXml(identityXml()),
    run: () => getIdentity(onServer),
    data: { machineIdentifier: OWNED_SERVER_ID },
  },
  'transient-token': {
    method: 'get',
    url: `${PMS_HTTPS_URL}/security/token`,
    timeoutMs: 10_000,
    xml: () => serverXml(transientTokenXml()),
    run: () =>
      createTransientToken({ ...onServer, token: TEST_OWNED_SERVER_TOKEN }),
    data: TEST_TRANSIENT_TOKEN,
  },
  'source-lookup': {
    method: 'get',
    url: `${PMS_HTTPS_URL}/security/resources`,
    timeoutMs: 10_000,
    xml: () => serverXml(sourceLookupXml()),
    run: () =>
      getSourceConnectionInformation({
        ...onServer,
        token: TEST_OWNED_SERVER_TOKEN,
        source: `server://${SHARED_SERVER_ID}`,
      }),
    data: { clientIdentifier: SHARED_SERVER_ID },
  },
}

/**
 * Makes `call` fail with `mode` (every time), signed in with TEST_TOKEN;
 * returns the requests it received.
 */
export function failCall(
  call: MatrixCall,
  mode: FailureMode,
  options: { retryAfterSeconds?: number } = {},
): Request[] {
  const harness = MATRIX_HARNESS[call]
  const seen: Request[] = []
  saveSessionToken(TEST_TOKEN)
  server.use(
    http[harness.method](harness.url, async ({ request }) => {
      seen.push(request.clone())
      // A probe that wins a connection race must not outrun the losers.
      if (call === 'identity') await afterOtherAnswers()
      return failureAnswer(mode, MATRIX[call].host, harness.xml, options)
    }),
  )
  return seen
}
