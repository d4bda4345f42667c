import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { TextField } from '../../components/ui/text-field.tsx'
import { PasswordField } from '../../components/ui/password-field.tsx'
import { CredentialsSchema, type Credentials } from './sign-in-schemas.ts'
import type { SignInFailure } from './sign-in-failure.ts'
import { DemoAccountsSlot } from './demo-accounts-slot.tsx'

interface CredentialsFormProps {
  defaultValues: Credentials
  isPending: boolean
  /** Seconds before plex.tv will take another attempt. */
  secondsToWait: number
  /** Marks the login field when plex.tv refused a username (1030). */
  isLoginRejected: boolean
  onAttempt: (credentials: Credentials) => Promise<SignInFailure | null>
}

export function CredentialsForm({
  defaultValues,
  isPending,
  secondsToWait,
  isLoginRejected,
  onAttempt,
}: CredentialsFormProps) {
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm({ resolver: zodResolver(CredentialsSchema), defaultValues })

  async function handleValidSubmit(credentials: Credentials) {
    const failure = await onAttempt(credentials)
    if (failure?.clearField === 'password') setValue('password', '')
  }

  function handlePickDemo(login: string, password: string) {
    setValue('login', login, { shouldValidate: true })
    setValue('password', password, { shouldValidate: true })
  }

  return (
    <>
      <form
        method="post"
        noValidate
        className="card stack"
        aria-label="Sign in with e-mail and password"
        onSubmit={(event) => void handleSubmit(handleValidSubmit)(event)}
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
            (isLoginRejected ? 'Use the e-mail address.' : undefined)
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
          <button
            type="submit"
            className="button-primary"
            disabled={isPending || secondsToWait > 0}
          >
            {isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      <DemoAccountsSlot onPick={handlePickDemo} />
    </>
  )
}
