import { type ButtonHTMLAttributes, type Ref } from 'react'

interface ActionButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Busy or waiting: the button stays focusable but does nothing. */
  isUnavailable?: boolean
  ref?: Ref<HTMLButtonElement>
}

/**
 * A button that is never `disabled`: a disabled button drops the keyboard
 * focus it holds (to the page's body) and leaves the tab order, so a
 * keyboard user loses their place and cannot find out why it is waiting.
 * `aria-disabled` says the same to assistive technology without that.
 */
export function ActionButton({
  isUnavailable = false,
  onClick,
  type = 'button',
  ...buttonProps
}: ActionButtonProps) {
  return (
    <button
      type={type}
      aria-disabled={isUnavailable || undefined}
      onClick={(event) => {
        if (isUnavailable) {
          event.preventDefault()
          return
        }
        onClick?.(event)
      }}
      {...buttonProps}
    />
  )
}
