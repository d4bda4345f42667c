import { useEffect, useRef } from 'react'

/**
 * Moves focus to the returned element whenever `value` changes after the
 * first render, so a keyboard or screen reader user starts reading the new
 * state from its heading. The first render keeps focus where it is.
 */
export function useFocusOnChange<Element extends HTMLElement>(value: string) {
  const ref = useRef<Element>(null)
  const previous = useRef(value)

  useEffect(() => {
    if (previous.current === value) return
    previous.current = value
    ref.current?.focus()
  }, [value])

  return ref
}
