import { useEffect, useRef, useState } from 'react'
import { Redirect, useLocation, useParams } from 'wouter'
import { Alert } from '../../components/ui/alert.tsx'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import {
  announcedWait,
  deadlineIn,
  formatWait,
  useCountdown,
  type Deadline,
} from '../../components/ui/use-countdown.ts'
import { isPlexError } from '../../lib/plex/plex-error.ts'
import { useSession } from '../../lib/session/session-provider.tsx'
import { PlexSignIn } from './plex-sign-in.tsx'
import { CodeForm } from './code-form.tsx'
import { CredentialsForm } from './credentials-form.tsx'
import { codeToSend, type Credentials } from './sign-in-schemas.ts'
import { describeSignInFailure, type SignInFailure } from './sign-in-failure.ts'
import { useSignIn } from './use-sign-in.ts'

const emptyCredentials: Credentials = {
  login: '',
  password: '',
  rememberMe: false,
}

/**
 * Password sign-in in two steps. The credentials of a 2FA account wait in
 * this component's memory while the code is asked for, and nowhere else.
 */
export function SignInScreen() {
  const { notice, startSession } = useSession()
  const [, navigate] = useLocation()
  const { step } = useParams<{ step?: string }>()
  const signInMutation = useSignIn()
  const [credentials, setCredentials] = useState(emptyCredentials)
  // Set once plex.tv has asked for a code; the code step is its own history
  // entry, so Back returns to the credentials.
  const [isCodeAsked, setIsCodeAsked] = useState(false)
  const [failure, setFailure] = useState<SignInFailure | null>(null)
  const [rejectedLogin, setRejectedLogin] = useState<string | null>(null)
  const [blockedUntil, setBlockedUntil] = useState<Deadline | null>(null)
  const secondsToWait = useCountdown(blockedUntil)
  const failureRef = useRef<HTMLDivElement>(null)
  const isCodeStep = step === 'verify'

  useEffect(() => {
    if (failure) failureRef.current?.focus()
  }, [failure])

  async function attempt(
    typed: Credentials,
    verificationCode?: string,
  ): Promise<SignInFailure | null> {
    setFailure(null)
    try {
      const account = await signInMutation.mutateAsync({
        ...typed,
        verificationCode,
      })
      // The sign-in route moves on by itself once the session exists.
      startSession(account)
      return null
    } catch (error) {
      if (!isPlexError(error)) throw error
      if (error.kind === 'code-required' && verificationCode === undefined) {
        setCredentials(typed)
        setIsCodeAsked(true)
        navigate('/sign-in/verify')
        return null
      }
      const described = describeSignInFailure(error)
      setCredentials(
        described.clearField === 'password'
          ? { ...typed, password: '' }
          : typed,
      )
      setRejectedLogin(
        error.kind === 'username-not-allowed' ? typed.login : null,
      )
      if (described.waitSeconds) {
        setBlockedUntil(deadlineIn(described.waitSeconds))
      }
      setFailure(described)
      return described
    }
  }

  function handleStartOver() {
    setIsCodeAsked(false)
    setFailure(null)
    navigate('/sign-in', { replace: true })
  }

  // A reload or a deep link reaches the code step without the credentials,
  // which live only in this component's memory.
  if (step !== undefined && !(isCodeStep && isCodeAsked)) {
    return <Redirect to="/sign-in" replace />
  }

  return (
    <div className="stack">
      <ScreenHeading key={isCodeStep ? 'code' : 'credentials'}>
        {isCodeStep ? 'Enter your verification code' : 'Sign in to Plex'}
      </ScreenHeading>
      {notice && !failure && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {isCodeStep ? (
        <p>
          Two-step verification is on for <strong>{credentials.login}</strong>.
        </p>
      ) : (
        <p className="muted">
          Your password goes only to plex.tv. Plexkey keeps nothing but the
          token plex.tv returns, and only in this tab.
        </p>
      )}
      {failure && (
        <Alert tone="error" title={failure.title} ref={failureRef}>
          {failure.hint && <p>{failure.hint}</p>}
          {secondsToWait > 0 && (
            <p aria-hidden="true">Try again in {formatWait(secondsToWait)}.</p>
          )}
        </Alert>
      )}
      <p className="visually-hidden" aria-live="polite">
        {secondsToWait > 0
          ? `You can try again in ${announcedWait(secondsToWait)}.`
          : blockedUntil && 'You can try again now.'}
      </p>
      {isCodeStep ? (
        <CodeForm
          login={credentials.login}
          isPending={signInMutation.isPending}
          secondsToWait={secondsToWait}
          onAttempt={(code) => attempt(credentials, codeToSend(code))}
          onInvalid={() => setFailure(null)}
          onStartOver={handleStartOver}
        />
      ) : (
        <CredentialsForm
          // The password is never put back: after a rejection it is the
          // field plex.tv refused, and after the code step Back means
          // starting over.
          defaultValues={{ ...credentials, password: '' }}
          isPending={signInMutation.isPending}
          secondsToWait={secondsToWait}
          rejectedLogin={rejectedLogin}
          onAttempt={(typed) => attempt(typed)}
          onInvalid={() => setFailure(null)}
        />
      )}
      {!isCodeStep && <PlexSignIn />}
    </div>
  )
}
