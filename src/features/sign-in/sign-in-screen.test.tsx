import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { holdAnswer } from '../../testing/held-answer.ts'
import { server } from '../../testing/msw-server.ts'
import { plexTv, TEST_ACCOUNTS } from '../../testing/plex-tv-handlers.ts'
import { SIGN_IN_ERRORS } from '../../testing/fixtures/plex-errors.ts'
import { renderApp } from '../../testing/render-app.tsx'

function answerSignInWith(body: object, status: number) {
  server.use(
    http.post(plexTv('/api/v2/users/signin'), () =>
      HttpResponse.json(body, { status }),
    ),
  )
}

async function typeCredentials(
  user: ReturnType<typeof renderApp>['user'],
  login: string,
  password: string,
) {
  await user.type(await screen.findByLabelText('Email or username'), login)
  await user.type(screen.getByLabelText('Password'), password)
}

describe('SignInScreen', () => {
  it('signs in and shows the account from the sign-in answer', async () => {
    const { user, history } = renderApp('/sign-in')
    const { owner } = TEST_ACCOUNTS

    await typeCredentials(user, owner.login, owner.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
    expect(screen.getByText('owner@example.com')).toBeInTheDocument()
    expect(history.at(-1)).toBe('/account')
    expect(sessionStorage.getItem('plexkey.token')).toBeTruthy()
  })

  it('sends rememberMe as ticked, and the password untrimmed', async () => {
    let sent: URLSearchParams | undefined
    server.use(
      http.post(plexTv('/api/v2/users/signin'), async ({ request }) => {
        sent = new URLSearchParams(await request.text())
        return HttpResponse.json(SIGN_IN_ERRORS.badCredentials, {
          status: 401,
        })
      }),
    )
    const { user } = renderApp('/sign-in')

    await typeCredentials(user, 'alex+plex@example.com', '  spaced out  ')
    await user.click(screen.getByLabelText('Remember me'))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    await screen.findByRole('alert')
    expect(sent?.get('login')).toBe('alex+plex@example.com')
    expect(sent?.get('password')).toBe('  spaced out  ')
    expect(sent?.get('rememberMe')).toBe('true')
  })

  it('on a wrong password clears only the password and focuses the message', async () => {
    const { user } = renderApp('/sign-in')

    await typeCredentials(user, 'owner@example.com', 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'E-mail, username or password not accepted.',
    )
    expect(alert).toHaveTextContent(
      /Google, Apple or Facebook .*use Sign in with Plex, just below/,
    )
    expect(alert).not.toHaveTextContent(/space/)
    expect(alert).not.toHaveTextContent('owner@example.com')
    await waitFor(() => expect(alert).toHaveFocus())
    expect(screen.getByLabelText('Email or username')).toHaveValue(
      'owner@example.com',
    )
    expect(screen.getByLabelText('Password')).toHaveValue('')
  })

  it('asks for the code in a second step, then signs in with it', async () => {
    const { user } = renderApp('/sign-in')
    const { twoFactor } = TEST_ACCOUNTS

    await typeCredentials(user, twoFactor.login, twoFactor.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const codeField = await screen.findByRole('textbox', {
      name: 'Verification code',
    })
    await waitFor(() => expect(codeField).toHaveFocus())
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(sessionStorage.length).toBe(0)

    await user.type(codeField, '123 456')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))

    expect(
      await screen.findByRole('heading', { name: 'Your account' }),
    ).toBeInTheDocument()
  })

  it('a rejected code clears the code and keeps the step', async () => {
    const { user } = renderApp('/sign-in')
    const { twoFactor } = TEST_ACCOUNTS

    await typeCredentials(user, twoFactor.login, twoFactor.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const codeField = await screen.findByRole('textbox', {
      name: 'Verification code',
    })
    await user.type(codeField, '654321')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That code was not accepted.',
    )
    expect(codeField).toHaveValue('')
  })

  it('sends a recovery code as typed, with no six-digit limit', async () => {
    let sentCode: string | null = null
    const { user } = renderApp('/sign-in')
    const { twoFactor } = TEST_ACCOUNTS
    await typeCredentials(user, twoFactor.login, twoFactor.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const codeField = await screen.findByRole('textbox', {
      name: 'Verification code',
    })
    server.use(
      http.post(plexTv('/api/v2/users/signin'), async ({ request }) => {
        sentCode = new URLSearchParams(await request.text()).get(
          'verificationCode',
        )
        return HttpResponse.json(SIGN_IN_ERRORS.codeInvalid, { status: 401 })
      }),
    )

    await user.type(codeField, 'ABCD-EFGH-1234')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))

    await screen.findByRole('alert')
    expect(sentCode).toBe('ABCD-EFGH-1234')
  })

  it('refuses a short numeric code before sending it', async () => {
    const { user } = renderApp('/sign-in')
    const { twoFactor } = TEST_ACCOUNTS
    await typeCredentials(user, twoFactor.login, twoFactor.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const codeField = await screen.findByRole('textbox', {
      name: 'Verification code',
    })

    await user.type(codeField, '12345')
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }))

    expect(
      await screen.findByText('A code from an authenticator app has 6 digits.'),
    ).toBeInTheDocument()
    expect(codeField).toHaveAttribute('aria-invalid', 'true')
  })

  it('when plex.tv pauses sign-ins, says it gave no time and holds the button a while', async () => {
    answerSignInWith(SIGN_IN_ERRORS.ipBlocked, 401)
    const { user } = renderApp('/sign-in')
    await screen.findByLabelText('Email or username')
    vi.useFakeTimers()

    await typeCredentials(user, 'owner@example.com', 'whatever')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('paused sign-ins')
    expect(alert).toHaveTextContent('does not say for how long')
    expect(alert).toHaveTextContent(/Wait a few minutes.*Sign in with Plex/)
    expect(alert).toHaveTextContent('The button waits 1 min')
    expect(alert).not.toHaveTextContent(/Try again in/)
    const button = screen.getByRole('button', { name: 'Sign in' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByLabelText('Password')).toHaveValue('whatever')

    await vi.advanceTimersByTimeAsync(60_000)
    expect(button).not.toHaveAttribute('aria-disabled')
    expect(
      screen.getByText(
        'The button works again. plex.tv may still need longer.',
      ),
    ).toBeInTheDocument()
  })

  it('a rate limit with Retry-After counts down the wait plex.tv asked for', async () => {
    server.use(
      http.post(plexTv('/api/v2/users/signin'), () =>
        HttpResponse.json(SIGN_IN_ERRORS.rateLimited, {
          status: 429,
          headers: { 'Retry-After': '120' },
        }),
      ),
    )
    const { user } = renderApp('/sign-in')

    await typeCredentials(user, 'owner@example.com', 'whatever')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Too many sign-in')
    expect(alert).toHaveTextContent(/Try again in (2 min|1 min 5\d s)\./)
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  })

  it('a rate limit without Retry-After does not pass the hold off as plex.tv’s', async () => {
    answerSignInWith(SIGN_IN_ERRORS.rateLimited, 429)
    const { user } = renderApp('/sign-in')

    await typeCredentials(user, 'owner@example.com', 'whatever')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/The button waits (30|29) s/)
    expect(alert).not.toHaveTextContent(/Try again in/)
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  })

  it('a refused login with a space at either end says so, and sends it as typed', async () => {
    let sentLogin: string | null = null
    server.use(
      http.post(plexTv('/api/v2/users/signin'), async ({ request }) => {
        sentLogin = new URLSearchParams(await request.text()).get('login')
        return HttpResponse.json(SIGN_IN_ERRORS.badCredentials, {
          status: 401,
        })
      }),
    )
    const { user } = renderApp('/sign-in')

    await typeCredentials(user, ' owner@example.com ', 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('starts or ends with a space')
    expect(sentLogin).toBe(' owner@example.com ')
    expect(screen.getByLabelText('Email or username')).toHaveValue(
      ' owner@example.com ',
    )
  })

  it('a username refused for an e-mail-only account keeps what was typed', async () => {
    answerSignInWith(SIGN_IN_ERRORS.usernameNotAllowed, 401)
    const { user } = renderApp('/sign-in')

    await typeCredentials(user, 'test_owner', 'secret-ish')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'e-mail address only',
    )
    expect(screen.getByLabelText('Email or username')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    expect(screen.getByLabelText('Password')).toHaveValue('secret-ish')
  })

  it('a network failure names plex.tv and loses nothing typed', async () => {
    server.use(
      http.post(plexTv('/api/v2/users/signin'), () => HttpResponse.error()),
    )
    const { user } = renderApp('/sign-in')

    await typeCredentials(user, 'owner@example.com', 'kept')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('No answer from plex.tv.').tagName).toBe(
      'STRONG',
    )
    expect(alert).toHaveTextContent(/could not reach plex\.tv/i)
    expect(alert).toHaveTextContent(/CORS/)
    expect(alert).toHaveTextContent(/plex\.tv relay/)
    expect(alert).not.toHaveTextContent(/password not accepted/i)
    expect(screen.getByLabelText('Email or username')).toHaveValue(
      'owner@example.com',
    )
    expect(screen.getByLabelText('Password')).toHaveValue('kept')
  })

  it('shows and hides the password, hidden again after submit', async () => {
    answerSignInWith(SIGN_IN_ERRORS.badCredentials, 401)
    const { user } = renderApp('/sign-in')
    await typeCredentials(user, 'owner@example.com', 'peek')
    const password = screen.getByLabelText('Password')

    await user.click(screen.getByRole('button', { name: 'Show password' }))
    expect(password).toHaveAttribute('type', 'text')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    await screen.findByRole('alert')
    expect(password).toHaveAttribute('type', 'password')
  })

  it('lists no demo accounts outside demo builds', async () => {
    renderApp('/sign-in')

    await screen.findByRole('heading', { name: 'Sign in to Plex' })
    expect(screen.queryByText('Demo accounts')).not.toBeInTheDocument()
  })
  it('a submit with both fields empty lists both in a summary it focuses', async () => {
    let attempts = 0
    const countAttempts = () => {
      attempts += 1
    }
    server.events.on('request:start', countAttempts)
    const { user } = renderApp('/sign-in')
    await screen.findByLabelText('Email or username')

    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Before this can go to plex.tv:')
    const links = within(summary).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter your e-mail address or username.',
      'Enter your password.',
    ])
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    expect(
      screen.getByLabelText('Email or username'),
    ).toHaveAccessibleDescription('Enter your e-mail address or username.')
    expect(attempts).toBe(0)
    server.events.removeListener('request:start', countAttempts)
  })

  it('a summary link moves to its field, and the summary goes once all is fixed', async () => {
    const { user } = renderApp('/sign-in')
    await user.type(
      await screen.findByLabelText('Email or username'),
      'owner@example.com',
    )
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link')).toHaveLength(1)

    await user.click(
      within(summary).getByRole('link', { name: 'Enter your password.' }),
    )

    const password = screen.getByLabelText('Password')
    expect(password).toHaveFocus()
    await user.keyboard('anything')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('a double click sends one sign-in, not two', async () => {
    let attempts = 0
    const answer = holdAnswer()
    server.use(
      http.post(plexTv('/api/v2/users/signin'), async () => {
        attempts += 1
        await answer.released
        return HttpResponse.json(SIGN_IN_ERRORS.badCredentials, {
          status: 401,
        })
      }),
    )
    const { user } = renderApp('/sign-in')

    await typeCredentials(user, 'owner@example.com', 'wrong')
    await user.dblClick(screen.getByRole('button', { name: 'Sign in' }))
    answer.release()

    await screen.findByRole('alert')
    expect(attempts).toBe(1)
  })

  it('keeps the Sign in button focused while it waits', async () => {
    const answer = holdAnswer()
    server.use(
      http.post(plexTv('/api/v2/users/signin'), async () => {
        await answer.released
        return HttpResponse.json(SIGN_IN_ERRORS.badCredentials, {
          status: 401,
        })
      }),
    )
    const { user } = renderApp('/sign-in')
    await typeCredentials(user, 'owner@example.com', 'wrong')
    const button = screen.getByRole('button', { name: 'Sign in' })

    await user.click(button)

    const waiting = screen.getByRole('button', { name: 'Signing in…' })
    expect(waiting).toHaveFocus()
    expect(waiting).toHaveAttribute('aria-disabled', 'true')
    answer.release()
    await screen.findByRole('alert')
  })

  it('drops "Use the e-mail address" once the login is changed', async () => {
    answerSignInWith(SIGN_IN_ERRORS.usernameNotAllowed, 401)
    const { user } = renderApp('/sign-in')
    await typeCredentials(user, 'test_owner', 'secret-ish')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(
      await screen.findByText('Use the e-mail address.'),
    ).toBeInTheDocument()

    await user.type(screen.getByLabelText('Email or username'), '@example.com')

    expect(
      screen.queryByText('Use the e-mail address.'),
    ).not.toBeInTheDocument()
    expect(screen.getByLabelText('Email or username')).not.toHaveAttribute(
      'aria-invalid',
    )
  })

  it('clears an earlier failure when the next submit stops at a blank field', async () => {
    const { user } = renderApp('/sign-in')
    await typeCredentials(user, 'owner@example.com', 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('not accepted')

    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      /Enter your password\./,
    )
    expect(screen.queryByText(/not accepted/)).not.toBeInTheDocument()
  })

  it('puts the code step at its own address, and sends a reload there back', async () => {
    const { user, history } = renderApp('/sign-in')
    const { twoFactor } = TEST_ACCOUNTS
    await typeCredentials(user, twoFactor.login, twoFactor.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    await screen.findByRole('textbox', { name: 'Verification code' })
    expect(history.at(-1)).toBe('/sign-in/verify')

    await user.click(
      screen.getByRole('button', { name: 'Use a different account' }),
    )
    expect(
      await screen.findByRole('heading', { name: 'Sign in to Plex' }),
    ).toBeInTheDocument()
    // A different account: nothing of the last one stays, focus on its login.
    const login = screen.getByLabelText('Email or username')
    expect(login).toHaveValue('')
    await waitFor(() => expect(login).toHaveFocus())
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(history.at(-1)).toBe('/sign-in')
  })

  it('answers the code step opened with nothing started with the first step, and says so truly', async () => {
    const { history } = renderApp('/sign-in/verify')

    expect(
      await screen.findByRole('heading', { name: 'Sign in to Plex' }),
    ).toBeInTheDocument()
    expect(history.at(-1)).toBe('/sign-in')
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent(
      /No sign-in is waiting for a code.*after a reload it is gone too/,
    )
    expect(notice).not.toHaveTextContent(/started over/)
  })

  it('Back from the code step forgets the password, so Forward cannot use it', async () => {
    let attempts = 0
    const countAttempts = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/api/v2/users/signin')) attempts += 1
    }
    server.events.on('request:start', countAttempts)
    const { user, goTo, history } = renderApp('/sign-in')
    const { twoFactor } = TEST_ACCOUNTS
    await typeCredentials(user, twoFactor.login, twoFactor.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await screen.findByRole('textbox', { name: 'Verification code' })

    goTo('/sign-in')
    expect(
      await screen.findByRole('heading', { name: 'Sign in to Plex' }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Password')).toHaveValue('')
    goTo('/sign-in/verify')

    expect(
      await screen.findByText('The sign-in started over.'),
    ).toBeInTheDocument()
    expect(history.at(-1)).toBe('/sign-in')
    expect(
      screen.queryByRole('textbox', { name: 'Verification code' }),
    ).not.toBeInTheDocument()
    expect(screen.getByLabelText('Email or username')).toHaveValue(
      twoFactor.login,
    )
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(attempts).toBe(1)
    server.events.removeListener('request:start', countAttempts)
  })

  it('offers a recovery code with a keyboard that can type letters', async () => {
    const { user } = renderApp('/sign-in')
    const { twoFactor } = TEST_ACCOUNTS
    await typeCredentials(user, twoFactor.login, twoFactor.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const codeField = await screen.findByRole('textbox', {
      name: 'Verification code',
    })
    expect(codeField).toHaveAttribute('inputmode', 'numeric')

    await user.click(
      screen.getByRole('button', { name: 'Use a recovery code' }),
    )

    expect(codeField).toHaveAttribute('inputmode', 'text')
    await waitFor(() => expect(codeField).toHaveFocus())
  })
})
