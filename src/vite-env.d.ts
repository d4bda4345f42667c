/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** plex.tv base URL; the stand-in's in demo and e2e builds. */
  readonly VITE_PLEX_TV_URL?: string
  /** Plex's hosted sign-in page base URL. */
  readonly VITE_PLEX_APP_URL?: string
  /** 'true' in demo and e2e builds: the sign-in page lists demo accounts. */
  readonly VITE_DEMO?: string
  /** 'true': plex.tv API calls go through the same-origin relay. */
  readonly VITE_PLEX_TV_RELAY?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** package.json `version`, set by `define` in vite.config.ts. */
declare const __APP_VERSION__: string

/** The same-origin path of the plex.tv relay (plex-tv-relay.ts). */
declare const __PLEX_TV_RELAY_PATH__: string
