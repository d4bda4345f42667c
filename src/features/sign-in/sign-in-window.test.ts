import { expect, test, vi } from 'vitest'
import { openPlaceholderWindow } from './sign-in-window.ts'

test('opens our own placeholder page in a named popup and cuts its opener', () => {
  const opened = { opener: window } as unknown as Window
  const open = vi.spyOn(window, 'open').mockReturnValue(opened)

  expect(openPlaceholderWindow()).toBe(opened)
  expect(open).toHaveBeenCalledWith(
    '/sign-in-with-plex.html',
    'plexkey-plex-sign-in',
    expect.stringContaining('popup'),
  )
  expect(opened.opener).toBeNull()
})

test('is null when the browser opens no window', () => {
  vi.spyOn(window, 'open').mockReturnValue(null)

  expect(openPlaceholderWindow()).toBeNull()
})
