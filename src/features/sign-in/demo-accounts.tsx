interface DemoAccount {
  login: string
  password: string
  note: string
}

// Only in builds made with VITE_DEMO=true, which talk to the local stand-in;
// a production build drops this module.
const demoAccounts: DemoAccount[] = [
  {
    login: 'owner@example.com',
    password: 'plexkey-demo',
    note: 'Plex Pass, owns Demo Server',
  },
  {
    login: 'twofactor@example.com',
    password: 'plexkey-demo',
    note: 'two-step verification: code 123456, recovery code ABCD-EFGH-1234',
  },
  {
    login: 'friend@example.com',
    password: 'plexkey-demo',
    note: 'free account, Demo Server shared with it',
  },
  {
    login: 'sam@example.com',
    password: 'plexkey-demo',
    note: "owns Friend's Server",
  },
  {
    login: 'google@example.com',
    password: 'plexkey-demo',
    note: 'made with Google, has no password: always refused',
  },
]

interface DemoAccountsProps {
  onPick: (login: string, password: string) => void
}

export function DemoAccounts({ onPick }: DemoAccountsProps) {
  return (
    <section className="alert demo-accounts" aria-labelledby="demo-heading">
      <h2 id="demo-heading">Demo accounts</h2>
      <p>
        This build talks to the local Plex stand-in. The password is{' '}
        <code>plexkey-demo</code> for every account but google@example.com,
        which has none, as an account made with Google would not.
      </p>
      <ul>
        {demoAccounts.map((account) => (
          <li key={account.login}>
            <button
              type="button"
              className="button-link"
              onClick={() => onPick(account.login, account.password)}
            >
              {account.login}
            </button>{' '}
            <span className="muted">— {account.note}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
