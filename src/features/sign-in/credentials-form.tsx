import { useRef } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { TextField } from '../../components/ui/text-field.tsx'
import { PasswordField } from '../../components/ui/password-field.tsx'
import { ActionButton } from '../../components/ui/action-button.tsx'
import { useSubmitOnce } from '../../components/ui/use-submit-once.ts'
import { CredentialsSchema, type Credentials } from './sign-in-schemas.ts'
import type { SignInFailure } from './sign-in-failure.ts'
import { DemoAccountsSlot } from './demo-accounts-slot.tsx'

interface CredentialsFormProps {
  defaultValues: Credentials
  isPending: boolean
  /** Seconds before plex.tv will take another attempt. */
  secondsToWait: number
  /** The login plex.tv refused as a username (1030), if any. */
  rejectedLogin: string | null
  onAttempt: (credentials: Credentials) => Promise<SignInFailure | null>
  /** A submit that stopped before reaching plex.tv (a field is empty). */
  onInvalid: () => void
}

export function CredentialsForm({
  defaultValues,
  isPending,
  secondsToWait,
  rejectedLogin,
  onAttempt,
  onInvalid,
}: CredentialsFormProps) {
  const {
    register,
    handleSubmit,
    setValue,
    control,
    formState: { errors },
  } = useForm({ resolver: zodResolver(CredentialsSchema), defaultValues })
  const login = useWatch({ control, name: 'login' })
  const submitButtonRef = useRef<HTMLButtonElement>(null)
  const isWaiting = isPending || secondsToWait > 0

  const submitOnce = useSubmitOnce(
    handleSubmit,
    async (credentials: Credentials) => {
      const failure = await onAttempt(credentials)
      if (failure?.clearField === 'password') setValue('password', '')
    },
    onInvalid,
  )

  function handlePickDemo(pickedLogin: string, password: string) {
    setValue('login', pickedLogin, { shouldValidate: true })
    setValue('password', password, { shouldValidate: true })
    submitButtonRef.current?.focus()
  }

  return (
    <>
      <form
        method="post"
        noValidate
        className="card stack"
        aria-label="Sign in with e-mail and password"
        onSubmit={(event) => {
          if (isWaiting) event.preventDefault()
          else submitOnce(event)
        }}
      >
        <TextField
          label="Email or username"
          type="text"
          autoComplete="username"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          error={
            errors.login?.message ??
            (rejectedLogin !== null && login === rejectedLogin
              ? 'Use the e-mail address.'
              : undefined)
          }
          {...register('login')}
        />
        <PasswordField
          label="Password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <div className="checkbox">
          <input
            id="remember-me"
            type="checkbox"
            aria-describedby="remember-me-hint"
            {...register('rememberMe')}
          />
          <div>
            <label htmlFor="remember-me">Remember me</label>
            <p id="remember-me-hint" className="field-hint">
              Asks plex.tv to keep the token valid for longer. Plexkey still
              forgets it when this tab closes.
            </p>
          </div>
        </div>
        <div className="actions">
          <ActionButton
            ref={submitButtonRef}
            type="submit"
            className="button-primary"
            isUnavailable={isWaiting}
          >
            {isPending ? 'Signing in…' : 'Sign in'}
          </ActionButton>
        </div>
      </form>
      <DemoAccountsSlot onPick={handlePickDemo} />
    </>
  )
}
