import { useEffect } from 'react'

/** Names the browser tab after the screen, so history and tabs read well. */
export function useDocumentTitle(screenTitle: string) {
  useEffect(() => {
    document.title = `${screenTitle} · Plexkey`
  }, [screenTitle])
}
