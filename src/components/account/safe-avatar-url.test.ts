import { describe, expect, it } from 'vitest'
import { safeAvatarUrl } from './safe-avatar-url.ts'

describe('safeAvatarUrl', () => {
  it.each([
    'https://plex.tv/users/abc/avatar?c=1',
    'https://assets.plex.tv/avatar.png',
  ])('keeps plex.tv image hosts: %s', (url) => {
    expect(safeAvatarUrl(url)).toBe(url)
  })

  it.each([
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'http://plex.tv/x',
    'https://evil.example/a.png',
    'https://plex.tv.evil.example/a.png',
    'not a url',
    undefined,
  ])('refuses %s', (url) => {
    expect(safeAvatarUrl(url)).toBeNull()
  })
})
