// @ts-check

/** @typedef {'plex.tv' | 'app' | 'demo-server' | 'friend-server'} PartName */

/**
 * What every part's Hono app carries. `incoming` is absent under
 * `app.request()`, where there is no socket.
 * @typedef {{
 *   Bindings: { incoming?: import('node:http').IncomingMessage },
 *   Variables: {
 *     cors?: boolean,
 *     dropped?: boolean,
 *     hung?: boolean,
 *     injected?: boolean,
 *     forceXml?: boolean,
 *   },
 * }} PartEnv
 */

/** @typedef {import('hono').Context<PartEnv>} Ctx */
/** @typedef {import('hono').MiddlewareHandler<PartEnv>} Middleware */

export {}
