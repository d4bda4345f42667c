import type { QueryClient } from '@tanstack/react-query'

/** The window property the e2e leak scan reads (e2e builds only). */
export const CACHE_KEYS_PROPERTY = '__plexkeyCacheKeys'

/**
 * In e2e builds only, lets the leak scan read the React Query keys (never
 * the cached data). Other builds drop the body: `import.meta.env.MODE` is
 * a constant there, and scripts/check-build.js checks dist/ holds no trace.
 */
export function exposeCacheKeysForE2e(queryClient: QueryClient): void {
  if (import.meta.env.MODE !== 'e2e') return

  Object.defineProperty(window, CACHE_KEYS_PROPERTY, {
    configurable: true,
    value: () => ({
      queries: queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
      mutations: queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.options.mutationKey ?? null),
    }),
  })
}
