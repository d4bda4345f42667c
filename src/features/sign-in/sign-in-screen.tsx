import { useEffect, useRef, useState } from 'react'
import { Redirect, useLocation, useParams } from 'wouter'
import { Alert } from '../../components/ui/alert.tsx'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import {
  deadlineIn,
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
import { SignInWaitAnnouncement, SignInWaitCountdown } from './sign-in-wait.tsx'
import { useSignIn } from './use-sign-in.ts'

const emptyCredentials: Credentials = {
  login: '',
  password: '',
  rememberMe: false,
}

interface Hold {
  deadline: Deadline
  isPlexTvs: boolean
}

/**
 * Password sign-in in two steps. The credentials of a 2FA account wait in
 * this component's memory while the code step is on screen, and nowhere
 * else: leaving that step, by Back or otherwise, forgets the password.
 */
export function SignInScreen() {
  const { notice, startSession } = useSession()
  const [, navigate] = useLocation()
  const { step } = useParams<{ step?: string }>()
  const signInMutation = useSignIn()
  const [credentials, setCredentials] = useState(emptyCredentials)
  const isCodeStep = step === 'verify'
  // Set once plex.tv has asked for a code; the code step is its own history
  // entry, so Back returns to the credentials.
  const [isCodeAsked, setIsCodeAsked] = useState(false)
  const [wasCodeStep, setWasCodeStep] = useState(isCodeStep)
  // The code step was reached without a password to go with it: after Back
  // (this screen remembers a login), or with nothing in memory at all (a
  // reload, or the address opened directly). The person is told why they
  // are on the first step, truthfully for either.
  const [arrivedWithoutCode, setArrivedWithoutCode] = useState<
    'started-over' | 'nothing-waiting' | null
  >(null)
  // Set by "Use a different account": the first step opens empty, its
  // login field focused.
  const [isDifferentAccount, setIsDifferentAccount] = useState(false)
  const [failure, setFailure] = useState<SignInFailure | null>(null)
  const [rejectedLogin, setRejectedLogin] = useState<string | null>(null)
  const [hold, setHold] = useState<Hold | null>(null)
  const secondsToWait = useCountdown(hold?.deadline ?? null)
  const failureRef = useRef<HTMLDivElement>(null)

  if (wasCodeStep !== isCodeStep) {
    setWasCodeStep(isCodeStep)
    if (!isCodeStep) {
      // Back means starting over: Forward must find no password to use.
      setIsCodeAsked(false)
      setCredentials((kept) => ({ ...kept, password: '' }))
    }
  }

  useEffect(() => {
    if (failure) failureRef.current?.focus()
  }, [failure])

  async function attempt(
    typed: Credentials,
    verificationCode?: string,
  ): Promise<SignInFailure | null> {
    setFailure(null)
    setArrivedWithoutCode(null)
    setIsDifferentAccount(false)
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
      const described = describeSignInFailure(error, typed)
      setCredentials(
        described.clearField === 'password'
          ? { ...typed, password: '' }
          : typed,
      )
      setRejectedLogin(
        error.kind === 'username-not-allowed' ? typed.login : null,
      )
      if (described.wait) {
        setHold({
          deadline: deadlineIn(described.wait.seconds),
          isPlexTvs: described.wait.isPlexTvs,
        })
      }
      setFailure(described)
      return described
    }
  }

  function handleDifferentAccount() {
    setFailure(null)
    // Another account: nothing of this one's is kept, the login included.
    setCredentials(emptyCredentials)
    setRejectedLogin(null)
    setIsDifferentAccount(true)
    navigate('/sign-in', { replace: true })
  }

  // A reload, a deep link or Forward reaches the code step without the
  // credentials, which lived only in this component's memory.
  if (step !== undefined && !(isCodeStep && isCodeAsked)) {
    if (isCodeStep && arrivedWithoutCode === null) {
      setArrivedWithoutCode(
        credentials.login === '' ? 'nothing-waiting' : 'started-over',
      )
    }
    return <Redirect to="/sign-in" replace />
  }

  return (
    <div className="stack">
      <ScreenHeading key={isCodeStep ? 'code' : 'credentials'}>
        {isCodeStep ? 'Enter your verification code' : 'Sign in to Plex'}
      </ScreenHeading>
      {notice && !failure && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {arrivedWithoutCode === 'started-over' && !failure && (
        <Alert title="The sign-in started over.">
          <p>
            Plexkey keeps your password only while the code step is on screen:
            after a reload or going back, it is gone. Sign in again to get to
            the code step.
          </p>
        </Alert>
      )}
      {arrivedWithoutCode === 'nothing-waiting' && !failure && (
        <Alert title="No sign-in is waiting for a code.">
          <p>
            The code step comes after a password sign-in that asks for a
            verification code, and Plexkey keeps that password only while the
            step is on screen: after a reload it is gone too. Sign in here to
            get to the code step.
          </p>
        </Alert>
      )}
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
          {failure.details.map((detail) => (
            <p key={detail}>{detail}</p>
          ))}
          {hold && (
            <SignInWaitCountdown
              secondsLeft={secondsToWait}
              isPlexTvs={hold.isPlexTvs}
            />
          )}
        </Alert>
      )}
      <SignInWaitAnnouncement
        secondsLeft={secondsToWait}
        deadline={hold?.deadline ?? null}
        isPlexTvs={hold?.isPlexTvs}
      />
      {isCodeStep ? (
        <CodeForm
          login={credentials.login}
          isPending={signInMutation.isPending}
          secondsToWait={secondsToWait}
          onAttempt={(code) => attempt(credentials, codeToSend(code))}
          onInvalid={() => setFailure(null)}
          onStartOver={handleDifferentAccount}
        />
      ) : (
        <CredentialsForm
          // The password is never put back: after a rejection it is the
          // field plex.tv refused, and after the code step it is forgotten.
          defaultValues={{ ...credentials, password: '' }}
          isPending={signInMutation.isPending}
          secondsToWait={secondsToWait}
          rejectedLogin={rejectedLogin}
          onAttempt={(typed) => attempt(typed)}
          onInvalid={() => setFailure(null)}
          focusesLogin={isDifferentAccount}
        />
      )}
      {!isCodeStep && <PlexSignIn />}
    </div>
  )
}
