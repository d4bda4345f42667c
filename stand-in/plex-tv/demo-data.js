// @ts-check

// Every value here is synthetic. The tokens are meant to look fake at a
// glance, so one leaking into a log is obvious and harmless.

export const DEMO_PASSWORD = 'plexkey-demo'

/**
 * The facts an account view is built from.
 * @typedef {{
 *   id: number,
 *   uuid: string,
 *   email: string,
 *   username: string,
 *   title: string,
 *   friendlyName: string,
 *   password: string | null,
 *   totp: string | null,
 *   recoveryCodes: string[],
 *   emailOnlyAuth: boolean,
 *   plexPass: boolean,
 *   home: 'none' | 'admin' | 'managed',
 *   country: string,
 *   joinedAt: number,
 *   token: string,
 *   isDemo: boolean,
 * }} AccountFacts
 */

/** @type {Omit<AccountFacts, 'id' | 'uuid' | 'email' | 'username' | 'title' | 'token'>} */
const PLAIN = {
  friendlyName: '',
  password: DEMO_PASSWORD,
  totp: null,
  recoveryCodes: [],
  emailOnlyAuth: false,
  plexPass: false,
  home: 'none',
  country: 'US',
  joinedAt: 1500000000,
  isDemo: true,
}

/** @type {readonly AccountFacts[]} */
export const DEMO_ACCOUNTS = [
  {
    ...PLAIN,
    id: 20000001,
    uuid: 'de00000000000001',
    email: 'owner@example.com',
    username: 'demo_owner',
    title: 'demo_owner',
    friendlyName: 'Demo Owner',
    plexPass: true,
    home: 'admin',
    joinedAt: 1420070400,
    token: 'DEMOxOWNERxTOKENxxx1',
  },
  {
    ...PLAIN,
    id: 20000002,
    uuid: 'de00000000000002',
    email: 'twofactor@example.com',
    username: 'demo_twofactor',
    title: 'demo_twofactor',
    totp: '123456',
    recoveryCodes: ['ABCD-EFGH-1234'],
    country: 'DE',
    joinedAt: 1577836800,
    token: 'DEMOxTWOFAxTOKENxxx1',
  },
  {
    ...PLAIN,
    id: 20000003,
    uuid: 'de00000000000003',
    email: 'friend@example.com',
    username: 'demo_friend',
    title: 'demo_friend',
    emailOnlyAuth: true,
    country: 'GB',
    joinedAt: 1609459200,
    token: 'DEMOxFRIENDxTOKENxx1',
  },
  {
    ...PLAIN,
    id: 20000004,
    uuid: 'de00000000000004',
    email: 'sam@example.com',
    username: 'demo_sam',
    title: 'demo_sam',
    friendlyName: 'Sam Demo',
    country: 'CA',
    joinedAt: 1546300800,
    token: 'DEMOxSAMxTOKENxxxxx1',
  },
  {
    ...PLAIN,
    id: 20000005,
    uuid: 'de00000000000005',
    email: 'google@example.com',
    username: 'demo_google',
    title: 'demo_google',
    password: null,
    joinedAt: 1640995200,
    token: 'DEMOxGOOGLExTOKENxx1',
  },
  {
    ...PLAIN,
    id: 20000006,
    uuid: 'de00000000000006',
    email: '',
    username: '',
    title: 'Kids',
    friendlyName: 'Kids',
    password: null,
    home: 'managed',
    joinedAt: 1420070400,
    token: 'DEMOxMANAGEDxHOMEx01',
  },
]

/** Tokens plex.tv has de-authorised: /api/v2/user answers 422. */
export const REVOKED_TOKENS = ['DEMOxREVOKEDxTOKENx1']
