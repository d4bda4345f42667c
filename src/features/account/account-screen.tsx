import { useQuery } from '@tanstack/react-query'
import { AccountCard } from '../../components/account/account-card.tsx'
import { Alert } from '../../components/ui/alert.tsx'
import { ScreenHeading } from '../../components/ui/screen-heading.tsx'
import { accountQueries } from '../../lib/queries/account-queries.ts'
import { ActionButton } from '../../components/ui/action-button.tsx'
import {
  RateLimitWait,
  RetryingNotice,
  retryingAfter,
} from '../../components/ui/retry-wait.tsx'

export function AccountScreen() {
  const accountQuery = useQuery(accountQueries.me())
  const { data: account, error, isFetching, refetch } = accountQuery
  const retrying = retryingAfter(accountQuery)

  const retryButton = (
    <ActionButton onClick={() => void refetch()} isUnavailable={isFetching}>
      {isFetching ? 'Retrying…' : 'Retry'}
    </ActionButton>
  )

  return (
    <div className="stack">
      <ScreenHeading>Your account</ScreenHeading>
      <p className="muted">
        You are signed in. The token below opens this Plex account; Plexkey
        keeps it in this tab only.
      </p>
      {retrying && (
        <RetryingNotice what="your account details" failure={retrying} />
      )}
      {error && !retrying && (
        <Alert
          tone="error"
          title={
            account
              ? 'Could not refresh the account details.'
              : 'Account details are unavailable.'
          }
        >
          <p>{error.message}</p>
          <p>You are still signed in.</p>
          <RateLimitWait error={error} isAutomatic={false} />
          <div className="actions">{retryButton}</div>
        </Alert>
      )}
      {account ? (
        <AccountCard account={account} token={account.authToken} />
      ) : (
        !error &&
        !retrying && (
          <p role="status" className="muted">
            Loading account details…
          </p>
        )
      )}
    </div>
  )
}
