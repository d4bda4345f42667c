import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { TextField } from '../../components/ui/text-field.tsx'
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
  onStartOver: () => void
}

export function CodeForm({
  login,
  isPending,
  secondsToWait,
  onAttempt,
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
  const submit = handleSubmit(handleValidSubmit)

  useEffect(() => setFocus('code'), [setFocus])

  async function handleValidSubmit({ code }: VerificationCode) {
    const failure = await onAttempt(code)
    if (failure?.clearField === 'code') setValue('code', '')
  }

  function handlePaste(event: React.ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text')
    if (!isWholeAuthenticatorCode(pasted) || isPending || secondsToWait > 0) {
      return
    }
    event.preventDefault()
    setValue('code', pasted.trim())
    void submit()
  }

  return (
    <form
      method="post"
      noValidate
      className="card stack"
      aria-label="Two-step verification"
      onSubmit={(event) => void submit(event)}
    >
      {/* Lets password managers tie the code to the account. */}
      <input
        type="text"
        name="username"
        autoComplete="username"
        value={login}
        readOnly
        hidden
      />
      <TextField
        label="Verification code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        hint="The 6-digit code from your authenticator app, or one of your recovery codes."
        error={errors.code?.message}
        onPaste={handlePaste}
        {...register('code')}
      />
      <div className="actions">
        <button
          type="submit"
          className="button-primary"
          disabled={isPending || secondsToWait > 0}
        >
          {isPending ? 'Checking…' : 'Verify and sign in'}
        </button>
        <button type="button" className="button-link" onClick={onStartOver}>
          Use a different account
        </button>
      </div>
    </form>
  )
}
