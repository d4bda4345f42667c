import { useEffect, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { TextField } from '../../components/ui/text-field.tsx'
import { PasswordField } from '../../components/ui/password-field.tsx'
import { ActionButton } from '../../components/ui/action-button.tsx'
import {
  ErrorSummary,
  type FieldProblem,
} from '../../components/ui/error-summary.tsx'
import { useSubmitOnce } from '../../components/ui/use-submit-once.ts'
import { CredentialsSchema, type Credentials } from './sign-in-schemas.ts'
import type { SignInFailure } from './sign-in-failure.ts'
import { DemoAccountsSlot } from './demo-accounts-slot.tsx'

const LOGIN_ID = 'sign-in-login'
const PASSWORD_ID = 'sign-in-password'

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
  /** Focus goes to the login field as the form opens. */
  focusesLogin?: boolean
}

export function CredentialsForm({
  defaultValues,
  isPending,
  secondsToWait,
  rejectedLogin,
  onAttempt,
  onInvalid,
  focusesLogin = false,
}: CredentialsFormProps) {
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    control,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(CredentialsSchema),
    defaultValues,
    // Both fields can be wrong at once: the summary takes focus instead.
    shouldFocusError: false,
  })
  const login = useWatch({ control, name: 'login' })
  const submitButtonRef = useRef<HTMLButtonElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  // Set by a failed submit, until the summary it brings has taken focus:
  // the errors may reach the screen a render after the submit does.
  const isSummaryFocusDueRef = useRef(false)
  const [failedSubmits, setFailedSubmits] = useState(0)
  const isWaiting = isPending || secondsToWait > 0
  const problems = [
    { fieldId: LOGIN_ID, message: errors.login?.message },
    { fieldId: PASSWORD_ID, message: errors.password?.message },
  ].filter((problem): problem is FieldProblem => !!problem.message)
  const problemList = problems.map((problem) => problem.fieldId).join(' ')

  const submitOnce = useSubmitOnce(
    handleSubmit,
    async (credentials: Credentials) => {
      const failure = await onAttempt(credentials)
      if (failure?.clearField === 'password') setValue('password', '')
    },
    () => {
      isSummaryFocusDueRef.current = true
      onInvalid()
      setFailedSubmits((count) => count + 1)
    },
  )

  useEffect(() => {
    if (!isSummaryFocusDueRef.current || !summaryRef.current) return
    isSummaryFocusDueRef.current = false
    summaryRef.current.focus()
  }, [failedSubmits, problemList])

  useEffect(() => {
    // After the screen's heading took focus for the new step.
    if (focusesLogin) setFocus('login')
  }, [focusesLogin, setFocus])

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
        <ErrorSummary
          ref={summaryRef}
          title="Before this can go to plex.tv:"
          problems={problems}
        />
        <TextField
          id={LOGIN_ID}
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
          id={PASSWORD_ID}
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
