import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

type ConsoleMethod = 'debug' | 'info' | 'warn' | 'error'
type GuardedMethod = 'warn' | 'error'

const allowed = new Set<GuardedMethod>()
const unexpected: string[] = []
const spies = new Map<ConsoleMethod, MockInstance>()

/**
 * Lets the current test write to `console.warn` or `console.error`. Every
 * other warning or error fails the test.
 */
export function allowConsole(...methods: GuardedMethod[]): void {
  for (const method of methods) allowed.add(method)
}

/** The spy on a console method in the current test, to assert on its calls. */
export function consoleSpy(method: ConsoleMethod): MockInstance {
  const spy = spies.get(method)
  if (!spy) throw new Error('consoleSpy works only inside a test')
  return spy
}

export function installConsoleGuard(): void {
  beforeEach(() => {
    // Development logs are on under vitest; keep the test output readable.
    spies.set(
      'debug',
      vi.spyOn(console, 'debug').mockImplementation(() => {}),
    )
    spies.set(
      'info',
      vi.spyOn(console, 'info').mockImplementation(() => {}),
    )
    for (const method of ['warn', 'error'] as const) {
      const spy = vi
        .spyOn(console, method)
        .mockImplementation((...args: unknown[]) => {
          if (!allowed.has(method)) {
            unexpected.push(`console.${method}: ${args.map(String).join(' ')}`)
          }
        })
      spies.set(method, spy)
    }
  })

  afterEach(() => {
    const found = unexpected.splice(0)
    allowed.clear()
    spies.clear()
    vi.restoreAllMocks()
    if (found.length > 0) {
      throw new Error(`Unexpected console output:\n${found.join('\n')}`)
    }
  })
}
