import type { PlexAccount } from '../../lib/plex/account-schema.ts'

/** What sort of Plex account this is, first match wins. */
export function describeAccountKind(account: PlexAccount): string {
  if (account.restricted) return 'Managed profile'
  if (account.guest) return 'Guest'
  if (account.homeAdmin) return 'Plex Home admin'
  if (account.home) return 'Plex Home member'
  return 'Plex account'
}

/** The name a person knows the account by. */
export function accountDisplayName(account: PlexAccount): string {
  return account.title || account.username || account.friendlyName || 'Unnamed'
}

/** The value beside the card's "Plex Pass" label. */
export function describePlexPass(account: PlexAccount): string {
  const subscription = account.subscription
  if (!subscription?.active) return 'Not active'
  const plan = subscription.plan ?? account.subscriptionDescription
  return plan ? `Active — ${plan}` : 'Active'
}
