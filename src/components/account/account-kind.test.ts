import { describe, expect, it } from 'vitest'
import type { PlexAccount } from '../../lib/plex/account-schema.ts'
import {
  accountDisplayName,
  describeAccountKind,
  describePlexPass,
} from './account-kind.ts'

function account(fields: Partial<PlexAccount>): PlexAccount {
  return {
    id: 1,
    uuid: 'abc',
    authToken: 'TESTxTOKEN',
    roles: [],
    entitlements: [],
    ...fields,
  }
}

describe('describeAccountKind', () => {
  it.each([
    [{ restricted: true, home: true, guest: true }, 'Managed profile'],
    [{ guest: true, homeAdmin: true }, 'Guest'],
    [{ homeAdmin: true, home: true }, 'Plex Home admin'],
    [{ home: true }, 'Plex Home member'],
    [{}, 'Plex account'],
  ])('takes the first match for %o', (fields, expected) => {
    expect(describeAccountKind(account(fields))).toBe(expected)
  })
})

describe('describePlexPass', () => {
  it('names the plan, or the description when the plan is missing', () => {
    expect(
      describePlexPass(
        account({ subscription: { active: true, plan: 'monthly' } }),
      ),
    ).toBe('Active — monthly')
    expect(
      describePlexPass(
        account({
          subscription: { active: true },
          subscriptionDescription: 'Lifetime Plex Pass',
        }),
      ),
    ).toBe('Active — Lifetime Plex Pass')
    expect(describePlexPass(account({}))).toBe('Not active')
  })
})

describe('accountDisplayName', () => {
  it('falls back from title to username to friendly name', () => {
    expect(accountDisplayName(account({ title: 'Kids', username: '' }))).toBe(
      'Kids',
    )
    expect(accountDisplayName(account({ username: 'sam' }))).toBe('sam')
    expect(accountDisplayName(account({}))).toBe('Unnamed')
  })
})
