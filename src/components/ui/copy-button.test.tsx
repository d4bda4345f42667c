import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { recordSpokenWords } from '../../testing/spoken-words.ts'
import { CopyButton } from './copy-button.tsx'
import { ANNOUNCEMENT_LINGER_MS } from './live-announcement.tsx'

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

  it('confirms every copy, a second one too, and then clears', async () => {
    const user = userEvent.setup({ delay: null })
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    render(
      <CopyButton
        text="SECRET"
        label="Copy token"
        copiedMessage="Token copied."
      />,
    )
    const status = screen.getByRole('status')
    const recording = recordSpokenWords(status)
    const copy = screen.getByRole('button', { name: 'Copy token' })

    await user.click(copy)
    await user.click(copy)

    expect(recording.spoken.map(({ text }) => text)).toEqual([
      'Token copied.',
      'Token copied.',
    ])
    vi.useFakeTimers()
    await user.click(copy)
    await act(() => vi.advanceTimersByTimeAsync(ANNOUNCEMENT_LINGER_MS))
    expect(status).toHaveTextContent('')
    recording.stop()
    expect(recording.spoken).toHaveLength(3)
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
