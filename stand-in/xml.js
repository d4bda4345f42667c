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
 * How a list is written. plex.tv wraps a list `things` as
 * `<things><thing …/></things>` (a plain value goes in the item's `id`
 * attribute); Plex Media Server repeats a `<Device …>` child per item of a
 * list `Device`.
 * @typedef {'wrapped' | 'repeated'} ListStyle
 */

/**
 * Renders a JSON object the way plex.tv's XML carries it: scalars become
 * attributes (booleans as 1/0, nulls left out), objects become child
 * elements, and lists are wrapped.
 * @param {string} name
 * @param {Record<string, unknown>} value
 */
export function objectToXml(name, value) {
  return xmlDocument({ [name]: toElement(value, 'wrapped') })
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
      [singular(name)]: items.map((item) => toElement(item, 'wrapped')),
    },
  })
}

/**
 * Renders a MediaContainer the way Plex Media Server's XML carries it:
 * as objectToXml does, but each item of a list is its own child element.
 * @param {string} name
 * @param {Record<string, unknown>} value
 */
export function containerToXml(name, value) {
  return xmlDocument({ [name]: toElement(value, 'repeated') })
}

/**
 * @param {Record<string, unknown>} value
 * @param {ListStyle} lists
 */
function toElement(value, lists) {
  /** @type {Record<string, unknown>} */
  const element = {}
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined) continue
    if (Array.isArray(item)) {
      const items = item.map((child) => toItem(child, lists))
      element[key] = lists === 'wrapped' ? { [singular(key)]: items } : items
    } else if (typeof item === 'object') {
      element[key] = toElement(
        /** @type {Record<string, unknown>} */ (item),
        lists,
      )
    } else {
      element[`@_${key}`] = toAttribute(item)
    }
  }
  return element
}

/**
 * @param {unknown} item
 * @param {ListStyle} lists
 */
function toItem(item, lists) {
  if (item !== null && typeof item === 'object') {
    return toElement(/** @type {Record<string, unknown>} */ (item), lists)
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
