// The leak scan's search: where a secret (a token, password or code) shows
// up in what a run collected, raw or URL-encoded. Kept apart from the spec
// so a unit test can prove it finds what is planted.

/** A secret the run handled, with a name to report it by. */
export interface Needle {
  label: string
  value: string
}

/** Something the run collected: a console line, a URL, storage, keys. */
export interface Place {
  where: string
  text: string
}

export type LeakForm =
  | 'raw'
  | 'percent-encoded'
  | 'double percent-encoded'
  | 'form-encoded'
  | 'double form-encoded'

export interface Leak {
  needle: string
  form: LeakForm
  where: string
  /** The place's text around the find, every needle form masked. */
  excerpt: string
}

const EXCERPT_RADIUS = 60

/** The forms a value can take on its way into a URL, most specific last. */
export function formsOf(value: string): { form: LeakForm; text: string }[] {
  const once = encodeURIComponent(value)
  const formOnce = new URLSearchParams({ v: value }).toString().slice(2)
  const candidates: { form: LeakForm; text: string }[] = [
    { form: 'raw', text: value },
    { form: 'percent-encoded', text: once },
    { form: 'double percent-encoded', text: encodeURIComponent(once) },
    { form: 'form-encoded', text: formOnce },
    {
      form: 'double form-encoded',
      text: new URLSearchParams({ v: formOnce }).toString().slice(2),
    },
  ]
  // A value that encoding leaves alone (most tokens) is reported as raw.
  const seen = new Set<string>()
  return candidates.filter(({ text }) => {
    const key = normaliseEscapes(text)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Every place where a needle appears, in whichever form. */
export function findLeaks(
  needles: readonly Needle[],
  places: readonly Place[],
): Leak[] {
  const leaks: Leak[] = []
  const masks = needles.flatMap((needle) =>
    formsOf(needle.value).map(({ text }) => ({
      text: normaliseEscapes(text),
      label: needle.label,
    })),
  )
  // Longest first, so a form inside another is masked by the longer one.
  masks.sort((a, b) => b.text.length - a.text.length)

  for (const place of places) {
    const text = normaliseEscapes(place.text)
    for (const needle of needles) {
      if (needle.value === '') continue
      for (const { form, text: formText } of formsOf(needle.value)) {
        const at = text.indexOf(normaliseEscapes(formText))
        if (at === -1) continue
        leaks.push({
          needle: needle.label,
          form,
          where: place.where,
          excerpt: excerpt(text, at, masks),
        })
      }
    }
  }
  return leaks
}

/** A failure message naming each leak: which secret, where, in what form. */
export function describeLeaks(leaks: readonly Leak[]): string {
  if (leaks.length === 0) return 'no secret leaked'
  const lines = leaks.map(
    (leak) =>
      `- ${leak.needle}, ${leak.form}, in ${leak.where}: …${leak.excerpt}…`,
  )
  return `${leaks.length} leak(s) of a secret:\n${lines.join('\n')}`
}

// Percent-escapes are case-insensitive; compare them in upper case.
function normaliseEscapes(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())
}

function excerpt(
  text: string,
  at: number,
  masks: readonly { text: string; label: string }[],
): string {
  let slice = text.slice(
    Math.max(0, at - EXCERPT_RADIUS),
    at + EXCERPT_RADIUS * 2,
  )
  for (const mask of masks) {
    slice = slice.split(mask.text).join(`‹${mask.label}›`)
  }
  return slice.replace(/\s+/g, ' ')
}
