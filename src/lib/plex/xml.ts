/** An XML document read into plain data, shaped like Plex's JSON answers. */
export type XmlValue = string | XmlObject | XmlValue[]
export interface XmlObject {
  [name: string]: XmlValue
}

// Element and attribute names Plex never uses but an object must not take.
const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Reads XML into `{ [rootTag]: value }`, or undefined when it is not
 * well-formed. Attributes become string fields; child elements become nested
 * values under their tag, an array when a tag repeats; a plural element that
 * only wraps its singulars (`<roles><role/></roles>`) becomes an array; an
 * element holding only text becomes that text (other text goes in `#text`).
 */
export function parseXml(text: string): XmlObject | undefined {
  const document = new DOMParser().parseFromString(text, 'application/xml')
  if (document.getElementsByTagName('parsererror').length > 0) return undefined

  const root = document.documentElement
  if (UNSAFE_NAMES.has(root.tagName)) return undefined
  return { [root.tagName]: readElement(root) }
}

function readElement(element: Element): XmlValue {
  const children = Array.from(element.children)
  const text = ownText(element)

  if (isListWrapper(element.tagName, children)) {
    return children.map(readElement)
  }
  if (children.length === 0 && element.attributes.length === 0) {
    return text === '' && isPlural(element.tagName) ? [] : text
  }

  const result: XmlObject = {}
  for (const attribute of Array.from(element.attributes)) {
    if (!UNSAFE_NAMES.has(attribute.name)) {
      result[attribute.name] = attribute.value
    }
  }
  for (const [name, group] of groupByTag(children)) {
    const values = group.map(readElement)
    result[name] = values.length === 1 ? values[0]! : values
  }
  if (text !== '') result['#text'] = text
  return result
}

function isPlural(name: string): boolean {
  return name.length > 1 && name.endsWith('s')
}

function isListWrapper(name: string, children: Element[]): boolean {
  if (!isPlural(name) || children.length === 0) return false
  const singular = name.endsWith('ies')
    ? `${name.slice(0, -3)}y`
    : name.slice(0, -1)
  return children.every((child) => child.tagName === singular)
}

function groupByTag(children: Element[]): Map<string, Element[]> {
  const groups = new Map<string, Element[]>()
  for (const child of children) {
    if (UNSAFE_NAMES.has(child.tagName)) continue
    const group = groups.get(child.tagName)
    if (group) group.push(child)
    else groups.set(child.tagName, [child])
  }
  return groups
}

function ownText(element: Element): string {
  let text = ''
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue
  }
  return text.trim()
}
