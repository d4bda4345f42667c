import { describe, expect, it } from 'vitest'
import {
  VerificationCodeSchema,
  codeToSend,
  isWholeAuthenticatorCode,
} from './sign-in-schemas.ts'

describe('codeToSend', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 123456\n', '123456'],
    ['１２３４５６', '123456'],
    ['１２３ ４５６', '123456'],
  ])('sends the authenticator code %j as %j', (typed, sent) => {
    expect(codeToSend(typed)).toBe(sent)
    expect(isWholeAuthenticatorCode(typed)).toBe(true)
  })

  it('sends a recovery code as typed, less surrounding whitespace', () => {
    expect(codeToSend('  ABCD-EFGH-1234 ')).toBe('ABCD-EFGH-1234')
    expect(isWholeAuthenticatorCode('ABCD-EFGH-1234')).toBe(false)
  })
})

describe('VerificationCodeSchema', () => {
  it.each(['12345', '12-345', '1234567', '１２３４５'])(
    'refuses the numeric code %j that is not six digits',
    (code) => {
      const result = VerificationCodeSchema.safeParse({ code })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe(
        'A code from an authenticator app has 6 digits.',
      )
    },
  )

  it.each(['123-456', 'ABCD-EFGH-1234', '１２３４５６'])(
    'accepts %j',
    (code) => {
      expect(VerificationCodeSchema.safeParse({ code }).success).toBe(true)
    },
  )

  it('asks for a code when only spaces were typed', () => {
    const result = VerificationCodeSchema.safeParse({ code: '   ' })
    expect(result.error?.issues[0]?.message).toBe(
      'Enter the code from your authenticator app.',
    )
  })
})
