// The floor under the sign-in route for `npm run bench:bundle`: the
// libraries the route cannot do without — React Query's client and a
// mutation, react-hook-form with zodResolver and a zod/mini schema, wouter —
// each used once, and no Plexkey code. Keep it in step with what
// src/features/sign-in loads; it is built, never served.
import { zodResolver } from '@hookform/resolvers/zod'
import {
  QueryClient,
  QueryClientProvider,
  useMutation,
} from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { useForm } from 'react-hook-form'
import { Link, Route, Switch } from 'wouter'
import * as z from 'zod/mini'

const CredentialsSchema = z.object({
  login: z.string().check(z.minLength(1, 'Enter your login.')),
  password: z.string().check(z.minLength(1, 'Enter your password.')),
})

function SignIn() {
  const signIn = useMutation({
    mutationFn: (form: URLSearchParams) =>
      fetch('/sign-in', { method: 'POST', body: form }),
  })
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(CredentialsSchema),
    defaultValues: { login: '', password: '' },
  })

  return (
    <form
      onSubmit={(event) =>
        void handleSubmit((values) =>
          signIn.mutate(new URLSearchParams(values)),
        )(event)
      }
    >
      <input aria-label="Login" {...register('login')} />
      <input aria-label="Password" type="password" {...register('password')} />
      <p>{errors.login?.message ?? errors.password?.message}</p>
      <button disabled={signIn.isPending}>Sign in</button>
      <Link href="/elsewhere">Elsewhere</Link>
    </form>
  )
}

const container = document.getElementById('root')
if (container) {
  createRoot(container).render(
    <QueryClientProvider client={new QueryClient()}>
      <Switch>
        <Route path="/">
          <SignIn />
        </Route>
      </Switch>
    </QueryClientProvider>,
  )
}
