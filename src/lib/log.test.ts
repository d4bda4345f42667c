import { afterEach, describe, expect, test, vi } from 'vitest'
import { allowConsole, consoleSpy } from '../testing/console-guard.ts'
import {
  forgetSecret,
  holdSecrets,
  log,
  loggableError,
  registerSecret,
  safePath,
  type LogContext,
} from './log.ts'

const SECRET = 'FAKExSECRETx/+ 1&=ü'

function printed(method: 'warn' | 'error' | 'debug' | 'info'): string {
  return JSON.stringify(consoleSpy(method).mock.calls)
}

afterEach(() => {
  forgetSecret(SECRET)
})

describe('log', () => {
  test('writes warnings with an area tag and the allow-listed context', () => {
    allowConsole('warn')

    log.warn('plex', 'request failed', {
      method: 'GET',
      path: '/api/v2/user',
      status: 500,
      kind: 'server',
      durationMs: 12,
    })

    expect(consoleSpy('warn')).toHaveBeenCalledWith(
      '[plexkey:plex] request failed',
      {
        method: 'GET',
        path: '/api/v2/user',
        status: 500,
        kind: 'server',
        durationMs: 12,
      },
    )
  })

  test('replaces a registered secret in raw, encoded and double-encoded form', () => {
    allowConsole('error')
    registerSecret(SECRET)
    const once = encodeURIComponent(SECRET)
    const twice = encodeURIComponent(once)
    const form = new URLSearchParams({ t: SECRET }).toString()

    log.error('area', `raw ${SECRET} once ${once} twice ${twice} ${form}`, {
      path: `/x/${once}`,
      kind: SECRET,
      issues: [`a.${SECRET}`],
    })

    const output = printed('error')
    expect(output).not.toContain('FAKExSECRET')
    expect(output).toContain('[redacted]')
    expect(output).not.toContain(once.toLowerCase())
  })

  test('redacts lowercase percent-escapes of a secret too', () => {
    allowConsole('warn')
    registerSecret(SECRET)
    const lower = encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (e) =>
      e.toLowerCase(),
    )

    log.warn('area', `lower ${lower}`)

    expect(printed('warn')).not.toContain('FAKExSECRET')
  })

  test('stops redacting a secret once it is forgotten', () => {
    allowConsole('warn')
    registerSecret(SECRET)
    forgetSecret(SECRET)

    log.warn('area', `value ${SECRET}`)

    expect(printed('warn')).toContain('FAKExSECRET')
  })

  test('redacts a held password in every form until it is released', () => {
    allowConsole('warn')
    const password = 'pass word&/ü'
    const release = holdSecrets([password])
    const forms = [
      password,
      encodeURIComponent(password),
      encodeURIComponent(encodeURIComponent(password)),
    ]

    log.warn('area', `held ${forms.join(' ')}`)
    release()
    log.warn('area', `released ${password}`)

    const [held, released] = consoleSpy('warn').mock.calls.map((call) =>
      String(call[0]),
    )
    for (const form of forms) expect(held).not.toContain(form)
    expect(released).toContain(password)
  })

  test('a released hold leaves a lasting registration of the same value', () => {
    allowConsole('warn')
    registerSecret(SECRET)
    const release = holdSecrets([SECRET])
    release()
    release()

    log.warn('area', `value ${SECRET}`)

    expect(printed('warn')).not.toContain('FAKExSECRET')
  })

  test('two holds of one value: redacted until both are released', () => {
    allowConsole('warn')
    const code = '481516'
    const first = holdSecrets([code])
    const second = holdSecrets([code])

    first()
    log.warn('area', `one hold ${code}`)
    second()
    log.warn('area', `no hold ${code}`)

    const [oneHold, noHold] = consoleSpy('warn').mock.calls.map((call) =>
      String(call[0]),
    )
    expect(oneHold).not.toContain(code)
    expect(noHold).toContain(code)
  })

  test('ignores secrets too short to redact safely', () => {
    allowConsole('warn')
    registerSecret('')
    registerSecret('a')

    log.warn('area', 'a plain message')

    expect(consoleSpy('warn')).toHaveBeenCalledWith(
      '[plexkey:area] a plain message',
    )
  })

  test('drops the query and fragment from logged paths', () => {
    allowConsole('warn')

    log.warn('plex', 'x', { path: '/api/v2/user?X-Plex-Token=abc#frag' })

    expect(printed('warn')).not.toContain('abc')
    expect(consoleSpy('warn')).toHaveBeenCalledWith('[plexkey:plex] x', {
      path: '/api/v2/user',
    })
  })

  test('never prints fields outside the allow-list, even when cast in', () => {
    allowConsole('error')
    const sneaky = {
      body: 'password=hunter2',
      error: Object.assign(new Error('token SNEAKYxTOKEN'), {
        kind: 'network',
        status: 0,
        path: '/p?q=1',
      }),
      issues: [{ value: 'SNEAKY' }],
    } as unknown as LogContext

    log.error('area', 'failed', sneaky)

    const output = printed('error')
    expect(output).not.toContain('hunter2')
    expect(output).not.toContain('SNEAKY')
    expect(consoleSpy('error')).toHaveBeenCalledWith('[plexkey:area] failed', {
      error: { name: 'Error', kind: 'network', status: 0, path: '/p' },
      issues: [],
    })
  })

  test('writes debug and info lines in development builds', () => {
    log.debug('area', 'debug line')
    log.info('area', 'info line')

    expect(consoleSpy('debug')).toHaveBeenCalledWith(
      '[plexkey:area] debug line',
    )
    expect(consoleSpy('info')).toHaveBeenCalledWith('[plexkey:area] info line')
  })

  test('keeps debug and info quiet in production builds', () => {
    vi.stubEnv('DEV', false)

    log.debug('area', 'debug line')
    log.info('area', 'info line')

    expect(consoleSpy('debug')).not.toHaveBeenCalled()
    expect(consoleSpy('info')).not.toHaveBeenCalled()
    vi.unstubAllEnvs()
  })

  test('safePath keeps the path of absolute and relative URLs', () => {
    expect(safePath('https://plex.tv/api/v2/user?token=1')).toBe(
      'https://plex.tv/api/v2/user',
    )
    expect(safePath('/a/b#c')).toBe('/a/b')
    expect(safePath('/a/b')).toBe('/a/b')
  })

  test('loggableError keeps only name, kind, status and path', () => {
    expect(loggableError('oops')).toEqual({ name: 'string' })
    expect(
      loggableError({ name: 'PlexError', kind: 'timeout', message: 'secret' }),
    ).toEqual({ name: 'PlexError', kind: 'timeout' })
  })
})
