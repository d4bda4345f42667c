import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { TextField } from '../../components/ui/text-field.tsx'
import { ActionButton } from '../../components/ui/action-button.tsx'
import { useSubmitOnce } from '../../components/ui/use-submit-once.ts'
import {
  VerificationCodeSchema,
  isWholeAuthenticatorCode,
  type VerificationCode,
} from './sign-in-schemas.ts'
import type { SignInFailure } from './sign-in-failure.ts'

interface CodeFormProps {
  login: string
  isPending: boolean
  secondsToWait: number
  onAttempt: (code: string) => Promise<SignInFailure | null>
  onInvalid: () => void
  onStartOver: () => void
}

export function CodeForm({
  login,
  isPending,
  secondsToWait,
  onAttempt,
  onInvalid,
  onStartOver,
}: CodeFormProps) {
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(VerificationCodeSchema),
    defaultValues: { code: '' },
  })
  // Recovery codes hold letters: a phone's number pad cannot type them.
  const [isRecoveryCode, setIsRecoveryCode] = useState(false)
  const isWaiting = isPending || secondsToWait > 0

  const submitOnce = useSubmitOnce(
    handleSubmit,
    async ({ code }: VerificationCode) => {
      const failure = await onAttempt(code)
      if (failure?.clearField === 'code') setValue('code', '')
    },
    onInvalid,
  )

  useEffect(() => setFocus('code'), [setFocus, isRecoveryCode])

  function handlePaste(event: React.ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text')
    if (!isWholeAuthenticatorCode(pasted) || isWaiting) return
    event.preventDefault()
    setValue('code', pasted.trim())
    submitOnce()
  }

  return (
    <form
      method="post"
      noValidate
      className="card stack"
      aria-label="Two-step verification"
      onSubmit={(event) => {
        if (isWaiting) event.preventDefault()
        else submitOnce(event)
      }}
    >
      <TextField
        label="Verification code"
        type="text"
        inputMode={isRecoveryCode ? 'text' : 'numeric'}
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        hint={
          isRecoveryCode
            ? 'One of the recovery codes you saved when you turned on two-step verification.'
            : 'The 6-digit code from your authenticator app.'
        }
        error={errors.code?.message}
        onPaste={handlePaste}
        {...register('code')}
      />
      <div className="actions">
        <ActionButton
          type="submit"
          className="button-primary"
          isUnavailable={isWaiting}
        >
          {isPending ? 'Checking…' : 'Verify and sign in'}
        </ActionButton>
        <button
          type="button"
          className="button-link"
          onClick={() => setIsRecoveryCode((isRecovery) => !isRecovery)}
        >
          {isRecoveryCode
            ? 'Use a code from the authenticator app'
            : 'Use a recovery code'}
        </button>
        <button type="button" className="button-link" onClick={onStartOver}>
          Use a different account
        </button>
      </div>
      {/* Lets password managers tie the code to the account. Last, so it
          takes no room in the layout. */}
      <input
        type="text"
        name="username"
        autoComplete="username"
        value={login}
        readOnly
        hidden
      />
    </form>
  )
}
