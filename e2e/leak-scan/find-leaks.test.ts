import { describe, expect, test } from 'vitest'
import {
  describeLeaks,
  findLeaks,
  formsOf,
  type LeakForm,
} from './find-leaks.ts'

// Characters that every encoding changes, so each form differs from raw.
const PASSWORD = 'Pass wörd&/+%1'
const needles = [{ label: 'the password', value: PASSWORD }]

function encodeForm(value: string) {
  return new URLSearchParams({ v: value }).toString().slice(2)
}

const planted: [LeakForm, string][] = [
  ['raw', PASSWORD],
  ['percent-encoded', encodeURIComponent(PASSWORD)],
  ['double percent-encoded', encodeURIComponent(encodeURIComponent(PASSWORD))],
  ['form-encoded', encodeForm(PASSWORD)],
  ['double form-encoded', encodeForm(encodeForm(PASSWORD))],
]

describe('findLeaks', () => {
  test.each(planted)('finds a needle planted %s', (form, text) => {
    const leaks = findLeaks(needles, [
      { where: 'a clean place', text: 'nothing to see here' },
      { where: 'request URL', text: `https://example.test/x?p=${text}&q=1` },
    ])

    expect(leaks).toEqual([
      expect.objectContaining({
        needle: 'the password',
        form,
        where: 'request URL',
      }),
    ])
  })

  test('finds percent-escapes written in lower case', () => {
    const lower = encodeURIComponent(PASSWORD).replace(/%[0-9A-F]{2}/g, (e) =>
      e.toLowerCase(),
    )

    const leaks = findLeaks(needles, [{ where: 'console', text: lower }])

    expect(leaks.map((leak) => leak.form)).toEqual(['percent-encoded'])
  })

  test('a token that encoding leaves alone is one raw find, not several', () => {
    const token = 'LEAKxTESTxTOKENxxxx1'

    const leaks = findLeaks(
      [{ label: 'the token', value: token }],
      [{ where: 'localStorage', text: `{"plexkey.token":"${token}"}` }],
    )

    expect(formsOf(token)).toEqual([{ form: 'raw', text: token }])
    expect(leaks).toHaveLength(1)
    expect(leaks[0]?.form).toBe('raw')
  })

  test('finds nothing in clean places, and nothing for an empty needle', () => {
    const places = [
      { where: 'console', text: '[plexkey:plex] request failed [redacted]' },
      { where: 'navigation', text: 'http://127.0.0.1:4174/account' },
    ]

    expect(
      findLeaks([...needles, { label: 'empty', value: '' }], places),
    ).toEqual([])
  })

  test('the message names the secret, the place and the form, never the value', () => {
    const leaks = findLeaks(needles, [
      {
        where: 'request URL',
        text: `https://x.test/?p=${encodeURIComponent(PASSWORD)}`,
      },
    ])

    const message = describeLeaks(leaks)

    expect(message).toContain('the password, percent-encoded, in request URL')
    expect(message).toContain('‹the password›')
    expect(message).not.toContain(encodeURIComponent(PASSWORD))
    expect(message).not.toContain(PASSWORD)
  })
})
