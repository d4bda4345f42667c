import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CopyButton } from './copy-button.tsx'

describe('CopyButton', () => {
  it('copies only when clicked, and confirms it', async () => {
    const user = userEvent.setup()
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockResolvedValue()
    render(
      <CopyButton
        text="SECRET"
        label="Copy token"
        copiedMessage="Token copied."
      />,
    )

    expect(writeText).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Copy token' }))

    expect(writeText).toHaveBeenCalledWith('SECRET')
    expect(screen.getByRole('status')).toHaveTextContent('Token copied.')
  })

  it('when the clipboard is refused, selects the text for a manual copy', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    )
    render(
      <CopyButton
        text="SECRET"
        label="Copy token"
        copiedMessage="Token copied."
      />,
    )

    await user.click(screen.getByRole('button', { name: 'Copy token' }))

    const field = await screen.findByLabelText(/Press Ctrl\+C/)
    expect(field).toHaveValue('SECRET')
    expect(field).toHaveFocus()
    const input = field as HTMLInputElement
    expect(input.selectionStart).toBe(0)
    expect(input.selectionEnd).toBe('SECRET'.length)
  })
})
