import {
  createContext,
  use,
  useEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react'
import { useLocation } from 'wouter'
import { useDocumentTitle } from './use-document-title.ts'

// The address the last screen heading showed at, shared by the app's
// headings: only a move to another address is a new screen.
const LastScreenContext = createContext<RefObject<string | null> | null>(null)

/**
 * Lets screen headings tell an in-app move to a new screen from the first
 * screen of a page load. Without it, headings never take focus.
 */
export function ScreenFocusScope({ children }: { children: ReactNode }) {
  const lastScreenRef = useRef<string | null>(null)
  return <LastScreenContext value={lastScreenRef}>{children}</LastScreenContext>
}

interface ScreenHeadingProps {
  children: ReactNode
  /** The tab title, when the heading is not plain text. */
  title?: string
}

/**
 * The screen's h1. When the app moves to another address it takes focus,
 * so screen reader and keyboard users start reading the new screen from its
 * top. The first screen of a page load keeps the browser's own start: the
 * first Tab reaches the skip link and the header. So does a heading that
 * mounts again on the same address (a reload of the screen's data, or
 * StrictMode running effects twice).
 */
export function ScreenHeading({ children, title }: ScreenHeadingProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const lastScreenRef = use(LastScreenContext)
  const [location] = useLocation()
  useDocumentTitle(title ?? (typeof children === 'string' ? children : ''))

  useEffect(() => {
    if (!lastScreenRef) return
    const isNewScreen =
      lastScreenRef.current !== null && lastScreenRef.current !== location
    lastScreenRef.current = location
    if (isNewScreen) headingRef.current?.focus()
  }, [lastScreenRef, location])

  return (
    <h1 ref={headingRef} tabIndex={-1}>
      {children}
    </h1>
  )
}
