// @ts-check

/** @import { Session } from './sessions.js' */
/** @import { AccountFacts } from './demo-data.js' */

const FEATURES = [
  'home',
  'two-factor-authentication',
  'webhooks',
  'session_kick',
  'hardware_transcoding',
  'lyrics',
  'federated-auth',
  'signin_with_apple',
]

const SERVICES = [
  {
    identifier: 'metadata',
    endpoint: 'https://metadata.provider.plex.tv',
    token: 'DEMOxSVCxTOKENxxxx01',
    secret: null,
    status: 'online',
  },
  {
    identifier: 'epg',
    endpoint: 'https://epg.provider.plex.tv',
    token: 'DEMOxSVCxTOKENxxxx02',
    secret: null,
    status: 'online',
  },
  {
    identifier: 'community',
    endpoint: 'https://community.plex.tv',
    token: null,
    secret: null,
    status: 'online',
  },
]

const HOME_MEMBERS = 2

/**
 * The account object plex.tv returns from sign-in and /api/v2/user, in the
 * field order it uses.
 * @param {Session} session
 * @param {string} plexTvUrl
 */
export function accountView({ account, token, rememberExpiresAt }, plexTvUrl) {
  const isManaged = account.home === 'managed'
  const inHome = account.home !== 'none'

  return {
    id: account.id,
    uuid: account.uuid,
    username: account.username,
    title: account.title,
    email: account.email,
    friendlyName: account.friendlyName,
    locale: null,
    confirmed: !isManaged,
    joinedAt: account.joinedAt,
    emailOnlyAuth: account.emailOnlyAuth,
    hasPassword: account.password !== null,
    protected: false,
    thumb: avatarUrl(plexTvUrl, account),
    authToken: token,
    mailingListStatus: isManaged ? null : 'unsubscribed',
    mailingListActive: false,
    scrobbleTypes: '',
    country: account.country,
    subscription: subscription(account.plexPass),
    subscriptionDescription: account.plexPass ? 'Lifetime Plex Pass' : null,
    restricted: isManaged,
    anonymous: null,
    home: inHome,
    guest: false,
    homeSize: inHome ? HOME_MEMBERS : 1,
    homeAdmin: account.home === 'admin',
    maxHomeSize: 15,
    rememberExpiresAt,
    profile: isManaged ? MANAGED_PROFILE : PROFILE,
    entitlements: account.plexPass ? ['all', 'android', 'ios', 'roku'] : [],
    subscriptions: account.plexPass ? [LIFETIME] : [],
    pastSubscriptions: [],
    trials: [],
    services: SERVICES,
    adsConsent: null,
    adsConsentSetAt: null,
    adsConsentReminderAt: null,
    experimentalFeatures: false,
    twoFactorEnabled: account.totp !== null,
    backupCodesCreated: account.recoveryCodes.length > 0,
    ...(isManaged ? MANAGED_EXTRAS : { attributionPartner: null }),
    ...(account.plexPass ? { roles: ['plexpass'] } : {}),
  }
}

/**
 * @param {string} plexTvUrl
 * @param {AccountFacts} account
 */
export function avatarUrl(plexTvUrl, account) {
  return `${plexTvUrl}/users/${account.uuid}/avatar?c=${account.joinedAt}`
}

/** @param {boolean} active */
function subscription(active) {
  return {
    active,
    subscribedAt: active ? '2015-01-01T00:00:00Z' : null,
    status: active ? 'Active' : 'Inactive',
    paymentService: active ? 'braintree' : null,
    plan: active ? 'lifetime' : null,
    features: FEATURES,
  }
}

const LIFETIME = {
  id: null,
  mode: 'lifetime',
  renewsAt: null,
  endsAt: null,
  type: 'plexpass',
  transfer: null,
  state: 'active',
}

const PROFILE = {
  autoSelectAudio: true,
  defaultAudioAccessibility: 0,
  defaultAudioLanguage: 'en',
  defaultAudioLanguages: null,
  defaultSubtitleLanguage: 'en',
  defaultSubtitleLanguages: null,
  autoSelectSubtitle: 1,
  defaultSubtitleAccessibility: 0,
  defaultSubtitleForced: 0,
  watchedIndicator: 1,
  mediaReviewsVisibility: 0,
  mediaReviewsLanguages: null,
}

const MANAGED_PROFILE = {
  autoSelectAudio: true,
  defaultAudioLanguage: null,
  defaultSubtitleLanguage: null,
  autoSelectSubtitle: 1,
  defaultSubtitleAccessibility: 0,
  defaultSubtitleForced: 0,
}

const MANAGED_EXTRAS = {
  restrictionProfile: null,
  customRestrictions: {
    all: null,
    movies: null,
    music: null,
    photos: null,
    television: null,
  },
  providers: [],
}
