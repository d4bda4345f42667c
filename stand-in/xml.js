// @ts-check
import { XMLBuilder } from 'fast-xml-parser'

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>'

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
})

/** @param {Record<string, unknown>} tree fast-xml-parser's object form */
export function xmlDocument(tree) {
  return PROLOG + builder.build(tree)
}

/**
 * Renders a JSON object the way Plex XML carries it: scalars become
 * attributes (booleans as 1/0, nulls left out), objects become child
 * elements, and a list `things` becomes `<things><thing …/></things>`,
 * with a plain value in the item's `id` attribute.
 * @param {string} name
 * @param {Record<string, unknown>} value
 */
export function objectToXml(name, value) {
  return xmlDocument({ [name]: toElement(value) })
}

/**
 * A plex.tv v2 list: `<resources size="2"><resource …/>…</resources>`,
 * each item rendered as objectToXml renders an object.
 * @param {string} name
 * @param {Record<string, unknown>[]} items
 */
export function listToXml(name, items) {
  return xmlDocument({
    [name]: {
      '@_size': String(items.length),
      [singular(name)]: items.map(toElement),
    },
  })
}

/**
 * Renders a JSON object the way Plex Media Server's XML carries it:
 * scalars become attributes (booleans as 1/0, nulls left out), and each
 * item of a list `Device` becomes its own `<Device …>` child, as does a
 * nested object.
 * @param {string} name
 * @param {Record<string, unknown>} value
 */
export function containerToXml(name, value) {
  return xmlDocument({ [name]: toContainerElement(value) })
}

/** @param {Record<string, unknown>} value */
function toContainerElement(value) {
  /** @type {Record<string, unknown>} */
  const element = {}
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined) continue
    if (Array.isArray(item)) {
      element[key] = item.map((child) =>
        toContainerElement(/** @type {Record<string, unknown>} */ (child)),
      )
    } else if (typeof item === 'object') {
      element[key] = toContainerElement(
        /** @type {Record<string, unknown>} */ (item),
      )
    } else {
      element[`@_${key}`] = toAttribute(item)
    }
  }
  return element
}

/** @param {Record<string, unknown>} value */
function toElement(value) {
  /** @type {Record<string, unknown>} */
  const element = {}
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined) continue
    if (Array.isArray(item)) {
      element[key] = { [singular(key)]: item.map(toItem) }
    } else if (typeof item === 'object') {
      element[key] = toElement(/** @type {Record<string, unknown>} */ (item))
    } else {
      element[`@_${key}`] = toAttribute(item)
    }
  }
  return element
}

/** @param {unknown} item */
function toItem(item) {
  if (item !== null && typeof item === 'object') {
    return toElement(/** @type {Record<string, unknown>} */ (item))
  }
  return { '@_id': toAttribute(item) }
}

/** @param {unknown} value */
function toAttribute(value) {
  if (typeof value === 'boolean') return value ? '1' : '0'
  return String(value)
}

/** @param {string} key */
function singular(key) {
  return key.endsWith('s') ? key.slice(0, -1) : key
}
