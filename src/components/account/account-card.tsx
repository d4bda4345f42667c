import type { PlexAccount } from '../../lib/plex/account-schema.ts'
import { MaskedSecret } from '../ui/masked-secret.tsx'
import {
  accountDisplayName,
  describeAccountKind,
  describePlexPass,
} from './account-kind.ts'
import { safeAvatarUrl } from './safe-avatar-url.ts'

interface AccountCardProps {
  account: PlexAccount
  /** The token this card describes, shown masked. */
  token: string
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' })
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'long',
  timeStyle: 'short',
})

function fromUnixSeconds(seconds: number | null | undefined): Date | null {
  return typeof seconds === 'number' && seconds > 0
    ? new Date(seconds * 1000)
    : null
}

function describeTwoFactor(enabled: boolean | undefined): string {
  if (enabled === undefined) return 'Not reported'
  return enabled ? 'On' : 'Off'
}

/** Whose account a token opens, and what sort of account it is. */
export function AccountCard({ account, token }: AccountCardProps) {
  const avatarUrl = safeAvatarUrl(account.thumb)
  const joined = fromUnixSeconds(account.joinedAt)
  const rememberedUntil = fromUnixSeconds(account.rememberExpiresAt)
  const name = accountDisplayName(account)

  return (
    <section className="card" aria-labelledby="account-name">
      <div className="account-head">
        {avatarUrl ? (
          <img className="avatar" src={avatarUrl} alt="" />
        ) : (
          <span className="avatar" aria-hidden="true" />
        )}
        <div>
          <h2 id="account-name" className="account-name">
            {name}
          </h2>
          <p className="muted">
            {account.email || 'Managed profile, no e-mail'}
          </p>
        </div>
      </div>
      <dl className="facts">
        {account.username && account.username !== name && (
          <>
            <dt>Username</dt>
            <dd>{account.username}</dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>{describeAccountKind(account)}</dd>
        <dt>Plex Pass</dt>
        <dd>{describePlexPass(account)}</dd>
        <dt>Two-step verification</dt>
        <dd>{describeTwoFactor(account.twoFactorEnabled)}</dd>
        <dt>Joined</dt>
        <dd>{joined ? dateFormat.format(joined) : 'Not reported'}</dd>
        <dt>Remembered until</dt>
        <dd>
          {rememberedUntil
            ? dateTimeFormat.format(rememberedUntil)
            : 'Not reported'}
        </dd>
        <dt>Token</dt>
        <dd>
          <MaskedSecret name="token" value={token} />
        </dd>
      </dl>
    </section>
  )
}
