import { useEffect, useRef, type ReactNode } from 'react'
import { useDocumentTitle } from './use-document-title.ts'

let isFirstScreen = true

interface ScreenHeadingProps {
  children: ReactNode
  /** The tab title, when the heading is not plain text. */
  title?: string
}

/**
 * The screen's h1. After an in-app navigation it takes focus, so screen
 * reader and keyboard users start reading the new screen from its top.
 */
export function ScreenHeading({ children, title }: ScreenHeadingProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useDocumentTitle(title ?? (typeof children === 'string' ? children : ''))

  useEffect(() => {
    if (isFirstScreen) {
      // The first page load keeps the browser's own focus start.
      isFirstScreen = false
      return
    }
    headingRef.current?.focus()
  }, [])

  return (
    <h1 ref={headingRef} tabIndex={-1}>
      {children}
    </h1>
  )
}
