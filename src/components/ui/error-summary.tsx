import { type Ref } from 'react'

export interface FieldProblem {
  /** The id of the field the problem is in. */
  fieldId: string
  message: string
}

interface ErrorSummaryProps {
  /** What stops the form, in the order of its fields. */
  problems: readonly FieldProblem[]
  title: string
  ref?: Ref<HTMLDivElement>
}

/**
 * What stopped a submit before anything was sent: one list, each problem a
 * link to its field. The form focuses it after a failed submit, so a screen
 * reader hears everything that needs fixing at once, rather than only the
 * first field's error. Gone once every problem is fixed.
 */
export function ErrorSummary({ problems, title, ref }: ErrorSummaryProps) {
  if (problems.length === 0) return null

  return (
    <div ref={ref} tabIndex={-1} className="alert alert-error error-summary">
      <div role="alert">
        <p>
          <strong>{title}</strong>
        </p>
        <ul>
          {problems.map(({ fieldId, message }) => (
            <li key={fieldId}>
              <a
                href={`#${fieldId}`}
                onClick={(event) => {
                  // Focus, not a jump: the address keeps no fragment, and
                  // the caret lands in the field.
                  event.preventDefault()
                  document.getElementById(fieldId)?.focus()
                }}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
