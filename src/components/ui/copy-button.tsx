import { useEffect, useId, useRef, useState } from 'react'
import { LiveAnnouncement } from './live-announcement.tsx'

interface CopyButtonProps {
  text: string
  /** The button's words, e.g. "Copy token". */
  label: string
  /** What was copied, for the confirmation: "Token copied." */
  copiedMessage: string
}

type CopyState = 'idle' | 'copied' | 'manual'

/**
 * Copies on click only. When the browser refuses the clipboard, the text is
 * shown selected in a read-only field so the person can copy it by hand.
 */
export function CopyButton({ text, label, copiedMessage }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')
  // Each copy is confirmed, a second one as much as the first.
  const [copies, setCopies] = useState(0)
  const manualFieldRef = useRef<HTMLInputElement>(null)
  const manualFieldId = useId()

  useEffect(() => {
    if (state !== 'manual') return
    // Focus first: a selection in an unfocused field is not what Ctrl+C
    // copies.
    manualFieldRef.current?.focus()
    manualFieldRef.current?.select()
  }, [state])

  async function handleCopy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setState('copied')
      setCopies((count) => count + 1)
    } catch {
      setState('manual')
    }
  }

  return (
    <>
      <button type="button" onClick={() => void handleCopy()}>
        {label}
      </button>
      <LiveAnnouncement
        className="copy-status"
        text={state === 'copied' ? copiedMessage : null}
        moment={copies}
      />
      {state === 'manual' && (
        <span className="field">
          <label htmlFor={manualFieldId}>
            The browser did not allow copying. Press Ctrl+C (⌘C on a Mac) to
            copy the selected text.
          </label>
          <input
            id={manualFieldId}
            ref={manualFieldRef}
            type="text"
            readOnly
            value={text}
            autoComplete="off"
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
        </span>
      )}
    </>
  )
}
