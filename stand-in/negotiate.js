// @ts-check

/** @import { Ctx } from './types.js' */

/** @typedef {import('hono/utils/http-status').ContentfulStatusCode} Status */
/** @typedef {{ json: string, xml: string }} ContentTypes */

// plex.tv and Plex Media Server answer XML unless the caller asks for JSON.
// They label it differently.

/** @type {ContentTypes} */
export const PLEX_TV_TYPES = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
}

/** @type {ContentTypes} */
export const PMS_TYPES = {
  json: 'application/json',
  xml: 'text/xml;charset=utf-8',
}

/**
 * Whether to answer JSON: only when Accept asks for it, and never when a
 * test made this request's answer XML (failure mode `200-xml`).
 * @param {Ctx} c
 */
export function wantsJson(c) {
  if (c.get('forceXml')) return false
  const accept = c.req.header('accept') ?? ''
  return accept.toLowerCase().includes('application/json')
}

/**
 * @param {Ctx} c
 * @param {Status} status
 * @param {unknown} value
 * @param {string} [contentType]
 */
export function sendJson(c, status, value, contentType = PLEX_TV_TYPES.json) {
  return c.body(JSON.stringify(value), status, { 'Content-Type': contentType })
}

/**
 * @param {Ctx} c
 * @param {Status} status
 * @param {string} xml
 * @param {string} [contentType]
 */
export function sendXml(c, status, xml, contentType = PLEX_TV_TYPES.xml) {
  return c.body(xml, status, { 'Content-Type': contentType })
}

/**
 * @param {Ctx} c
 * @param {Status} status
 * @param {unknown} json
 * @param {() => string} xml
 * @param {ContentTypes} [types]
 */
export function sendNegotiated(c, status, json, xml, types = PLEX_TV_TYPES) {
  return wantsJson(c)
    ? sendJson(c, status, json, types.json)
    : sendXml(c, status, xml(), types.xml)
}
