/**
 * The app's one door to the console. It takes an event, not a payload: a
 * message plus a few allow-listed fields, with every registered secret
 * replaced and every path stripped of its query and fragment.
 */

export interface LoggedError {
  name: string
  kind?: string
  status?: number
  path?: string
}

export interface LogContext {
  method?: string
  path?: string
  host?: string
  status?: number
  kind?: string
  /** Why an answer was not understood, e.g. `web-page`. */
  reason?: string
  durationMs?: number
  attempt?: number
  count?: number
  /** Schema issue paths, e.g. `subscription.active` — never the values. */
  issues?: readonly string[]
  error?: LoggedError
}

type Level = 'debug' | 'info' | 'warn' | 'error'

const REDACTED = '[redacted]'
// Shorter values would blank out ordinary words in every message.
const MIN_SECRET_LENGTH = 4

// Tokens stay registered for the page's life; passwords and codes only
// while they are held (a sign-in in flight), so the logger is not where a
// password outlives its form. A value may be both: it is redacted while
// either says so.
const lasting = new Set<string>()
const holds = new Map<string, number>()
let patterns: readonly string[] = []

/** Redacts `value` (and its URL-encoded forms) from everything logged. */
export function registerSecret(value: string): void {
  if (value.length < MIN_SECRET_LENGTH || lasting.has(value)) return

  lasting.add(value)
  rebuildPatterns()
}

export function forgetSecret(value: string): void {
  if (lasting.delete(value)) rebuildPatterns()
}

/**
 * Redacts `values` (passwords, 2FA codes) until the returned function is
 * called; call it once the request that carries them has settled.
 */
export function holdSecrets(values: readonly string[]): () => void {
  const held = values.filter((value) => value.length >= MIN_SECRET_LENGTH)
  for (const value of held) holds.set(value, (holds.get(value) ?? 0) + 1)
  if (held.length > 0) rebuildPatterns()

  let isReleased = false
  return () => {
    if (isReleased || held.length === 0) return
    isReleased = true
    for (const value of held) {
      const count = (holds.get(value) ?? 1) - 1
      if (count > 0) holds.set(value, count)
      else holds.delete(value)
    }
    rebuildPatterns()
  }
}

/** A URL or path without its query string and fragment. */
export function safePath(url: string): string {
  const end = url.search(/[?#]/)
  return end === -1 ? url : url.slice(0, end)
}

/** The fields of an error that are safe to log, whatever was thrown. */
export function loggableError(error: unknown): LoggedError {
  if (typeof error !== 'object' || error === null) return { name: typeof error }

  const record = error as Record<string, unknown>
  const loggable: LoggedError = {
    name: typeof record.name === 'string' ? record.name : 'Error',
  }
  if (typeof record.kind === 'string') loggable.kind = record.kind
  if (typeof record.status === 'number') loggable.status = record.status
  if (typeof record.path === 'string') loggable.path = record.path
  return loggable
}

export const log = {
  debug: (area: string, message: string, context?: LogContext) =>
    write('debug', area, message, context),
  info: (area: string, message: string, context?: LogContext) =>
    write('info', area, message, context),
  warn: (area: string, message: string, context?: LogContext) =>
    write('warn', area, message, context),
  error: (area: string, message: string, context?: LogContext) =>
    write('error', area, message, context),
}

function write(
  level: Level,
  area: string,
  message: string,
  context: LogContext | undefined,
): void {
  if ((level === 'debug' || level === 'info') && !import.meta.env.DEV) return

  const line = `[plexkey:${redact(area)}] ${redact(message)}`
  const fields = context ? cleanContext(context) : undefined
  if (fields) console[level](line, fields)
  else console[level](line)
}

// Copies only known fields of known types, so a caller that casts an Error
// or a Response into the context still cannot get it printed.
function cleanContext(
  context: LogContext,
): Record<string, unknown> | undefined {
  const clean: Record<string, unknown> = {}
  for (const key of ['method', 'host', 'kind', 'reason'] as const) {
    const value = context[key]
    if (typeof value === 'string') clean[key] = redact(value)
  }
  if (typeof context.path === 'string') {
    clean.path = redact(safePath(context.path))
  }
  for (const key of ['status', 'durationMs', 'attempt', 'count'] as const) {
    const value = context[key]
    if (typeof value === 'number') clean[key] = value
  }
  if (Array.isArray(context.issues)) {
    clean.issues = context.issues
      .filter((issue): issue is string => typeof issue === 'string')
      .map(redact)
  }
  if (context.error !== undefined) {
    const error = loggableError(context.error)
    clean.error = {
      ...error,
      name: redact(error.name),
      ...(error.kind === undefined ? {} : { kind: redact(error.kind) }),
      ...(error.path === undefined
        ? {}
        : { path: redact(safePath(error.path)) }),
    }
  }
  return Object.keys(clean).length > 0 ? clean : undefined
}

function redact(text: string): string {
  let result = text
  for (const pattern of patterns) result = result.split(pattern).join(REDACTED)
  return result
}

function encodedForms(value: string): readonly string[] {
  const once = encodeURIComponent(value)
  const twice = encodeURIComponent(once)
  const form = new URLSearchParams({ v: value }).toString().slice(2)
  const forms = [value, once, twice, form]
  // Percent-escapes are case-insensitive; some encoders emit lowercase hex.
  const lowerHex = forms.map((form) =>
    form.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
  )
  return [...forms, ...lowerHex]
}

function rebuildPatterns(): void {
  const all = new Set<string>()
  for (const value of new Set([...lasting, ...holds.keys()])) {
    for (const form of encodedForms(value)) all.add(form)
  }
  // Longest first, so a secret inside another secret cannot leave a tail.
  patterns = [...all].sort((a, b) => b.length - a.length)
}
