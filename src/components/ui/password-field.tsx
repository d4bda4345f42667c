import { useEffect, useId, useRef, useState, type Ref } from 'react'
import { TextField, type TextFieldProps } from './text-field.tsx'

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'trailing'>

/**
 * A password input with show/hide and a Caps Lock hint. It goes back to
 * hidden whenever its form is submitted.
 */
export function PasswordField({ ref, ...fieldProps }: PasswordFieldProps) {
  const [isShown, setIsShown] = useState(false)
  const [isCapsLockOn, setIsCapsLockOn] = useState(false)
  const inputRef = useRef<HTMLInputElement | null>(null)
  const capsHintId = useId()

  useEffect(() => {
    const form = inputRef.current?.form
    if (!form) return
    const hide = () => setIsShown(false)
    form.addEventListener('submit', hide)
    return () => form.removeEventListener('submit', hide)
  }, [])

  function handleKey(event: React.KeyboardEvent<HTMLInputElement>) {
    setIsCapsLockOn(event.getModifierState('CapsLock'))
  }

  return (
    <>
      <TextField
        {...fieldProps}
        ref={(element) => {
          inputRef.current = element
          assignRef(ref, element)
        }}
        type={isShown ? 'text' : 'password'}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        describedBy={capsHintId}
        onKeyDown={handleKey}
        onKeyUp={handleKey}
        trailing={
          <button type="button" onClick={() => setIsShown((shown) => !shown)}>
            {isShown ? 'Hide password' : 'Show password'}
          </button>
        }
      />
      <p id={capsHintId} className="field-hint" aria-live="polite">
        {isCapsLockOn ? 'Caps Lock is on.' : ''}
      </p>
    </>
  )
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value)
  else if (ref) ref.current = value
}
