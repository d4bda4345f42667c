import { expect, test } from 'vitest'
import { checkSource, SOURCE_EXAMPLE } from './source-identifier.ts'

test.each([
  ['server://f00dfeed0002', 'server://f00dfeed0002'],
  ['  provider://tv.plex.provider.vod ', 'provider://tv.plex.provider.vod'],
  ['SERVER://F00D', 'server://F00D'],
])('%j is the source %j', (input, source) => {
  expect(checkSource(input)).toEqual({ ok: true, source })
})

test.each(['f00dfeed0002', 'http://f00d', 'server:/f00d', 'server//f00d', ''])(
  '%j is refused: the prefix is missing, with an example',
  (input) => {
    const result = checkSource(input)

    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain('server:// or provider://')
    expect(!result.ok && result.reason).toContain(SOURCE_EXAMPLE)
  },
)

test.each(['server://', 'provider://', 'server://f00d feed', 'server://é'])(
  '%j is refused: no usable identifier after the prefix',
  (input) => {
    const result = checkSource(input)

    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(/identifier right after/)
  },
)
