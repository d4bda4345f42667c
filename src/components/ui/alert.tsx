import { type ReactNode, type Ref } from 'react'

interface AlertProps {
  tone?: 'error' | 'warning' | 'success' | 'info'
  title?: string
  children: ReactNode
  id?: string
  ref?: Ref<HTMLDivElement>
}

/**
 * A message box. Errors are announced at once (role alert); other tones are
 * polite status updates. Focusable so a failed submit can move focus here.
 */
export function Alert({ tone = 'info', title, children, id, ref }: AlertProps) {
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`alert alert-${tone}`}
    >
      {title && (
        <p>
          <strong>{title}</strong>
        </p>
      )}
      {children}
    </div>
  )
}
