import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react'

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string
  hint?: ReactNode
  error?: string
  /** Shown beside the input, e.g. a show/hide button. */
  trailing?: ReactNode
  /** Extra ids the input is described by (a live hint, say). */
  describedBy?: string
  ref?: Ref<HTMLInputElement>
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({
  label,
  hint,
  error,
  trailing,
  describedBy,
  id,
  ref,
  ...inputProps
}: TextFieldProps) {
  const generatedId = useId()
  const inputId = id ?? generatedId
  const hintId = `${inputId}-hint`
  const errorId = `${inputId}-error`
  const describedByIds = [
    hint ? hintId : null,
    error ? errorId : null,
    describedBy ?? null,
  ]
    .filter(Boolean)
    .join(' ')

  const input = (
    <input
      ref={ref}
      id={inputId}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedByIds || undefined}
      {...inputProps}
    />
  )

  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {trailing ? (
        <div className="input-row">
          {input}
          {trailing}
        </div>
      ) : (
        input
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
