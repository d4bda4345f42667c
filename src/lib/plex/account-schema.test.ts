import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import {
  managedAccountFixture,
  plexAccountFixture,
  TEST_TOKEN,
} from '../../testing/fixtures/plex-account.ts'
import { PlexAccountSchema } from './account-schema.ts'
import { parseXml } from './xml.ts'

function parse(value: unknown) {
  return z.safeParse(PlexAccountSchema, value)
}

test('keeps what the screens show and drops everything else', () => {
  const account = z.parse(PlexAccountSchema, plexAccountFixture())

  expect(account).toEqual({
    id: 20000001,
    uuid: 'f1e2d3c4b5a69788',
    authToken: TEST_TOKEN,
    username: 'test_owner',
    title: 'test_owner',
    email: 'owner@example.com',
    friendlyName: 'Test Owner',
    thumb: 'https://plex.tv/users/f1e2d3c4b5a69788/avatar?c=1700000100',
    joinedAt: 1_400_000_000,
    rememberExpiresAt: 1_800_000_000,
    twoFactorEnabled: false,
    restricted: false,
    guest: false,
    home: true,
    homeAdmin: true,
    hasPassword: true,
    emailOnlyAuth: false,
    subscription: {
      active: true,
      status: 'Active',
      plan: 'yearly',
      subscribedAt: '2020-02-02T00:00:00Z',
    },
    subscriptionDescription: 'Yearly Plex Pass',
    roles: ['plexpass'],
    entitlements: ['all', 'ios'],
  })
  expect(JSON.stringify(account)).not.toContain('TESTxSERVICExTOKEN')
})

test('parses an account with a numeric profile setting, unknown entitlements and no subscription status', () => {
  const result = parse(
    plexAccountFixture({
      profile: { autoSelectSubtitle: 1, somethingNew: [1, 2] },
      entitlements: ['ios', 'holo-lens-9000', 'all'],
      subscription: { active: true, plan: 'lifetime' },
    }),
  )

  expect(result.success).toBe(true)
  expect(result.data?.entitlements).toEqual(['ios', 'holo-lens-9000', 'all'])
  expect(result.data?.subscription).toEqual({ active: true, plan: 'lifetime' })
})

test('parses a managed Home profile with empty names and nulls', () => {
  const account = z.parse(PlexAccountSchema, managedAccountFixture())

  expect(account).toMatchObject({
    username: '',
    email: '',
    title: 'Kids',
    restricted: true,
    hasPassword: false,
    roles: [],
  })
  expect(account.rememberExpiresAt).toBeUndefined()
  expect(account.subscription?.plan).toBeUndefined()
  expect(account.subscriptionDescription).toBeUndefined()
})

test('accepts numbers as strings, strings as numbers and 0/1 for booleans', () => {
  const account = z.parse(
    PlexAccountSchema,
    plexAccountFixture({
      id: '20000001',
      joinedAt: '1400000000',
      rememberExpiresAt: '2027-01-15T08:00:00Z',
      username: 12345,
      twoFactorEnabled: 1,
      restricted: '0',
      guest: 'false',
      home: '1',
      homeAdmin: 0,
      subscription: { active: 'true', status: 'PendingCancellation' },
    }),
  )

  expect(account).toMatchObject({
    id: 20000001,
    joinedAt: 1_400_000_000,
    rememberExpiresAt: Date.parse('2027-01-15T08:00:00Z') / 1000,
    username: '12345',
    twoFactorEnabled: true,
    restricted: false,
    guest: false,
    home: true,
    homeAdmin: false,
    subscription: { active: true, status: 'PendingCancellation' },
  })
})

test('one odd field reads as undefined instead of failing the account', () => {
  const account = z.parse(
    PlexAccountSchema,
    plexAccountFixture({
      twoFactorEnabled: 'maybe',
      subscription: 'lifetime',
      thumb: 'javascript:alert(1)',
      joinedAt: { seconds: 1 },
      email: null,
      title: ['a'],
      roles: 'plexpass',
      entitlements: null,
    }),
  )

  expect(account.twoFactorEnabled).toBeUndefined()
  expect(account.subscription).toBeUndefined()
  expect(account.thumb).toBeUndefined()
  expect(account.joinedAt).toBeUndefined()
  expect(account.email).toBeUndefined()
  expect(account.title).toBeUndefined()
  expect(account.roles).toEqual(['plexpass'])
  expect(account.entitlements).toEqual([])
})

test('absent lists read as empty', () => {
  const account = z.parse(PlexAccountSchema, {
    id: 1,
    uuid: 'abc',
    authToken: TEST_TOKEN,
  })

  expect(account).toEqual({
    id: 1,
    uuid: 'abc',
    authToken: TEST_TOKEN,
    roles: [],
    entitlements: [],
  })
})

test('reads the XML form of an account', () => {
  const xml = parseXml(`<?xml version="1.0" encoding="UTF-8"?>
<user id="20000001" uuid="f1e2d3c4b5a69788" authToken="${TEST_TOKEN}" username="test_owner" email="owner@example.com" joinedAt="1400000000" twoFactorEnabled="1" restricted="0" home="1">
  <subscription active="1" status="Active" plan="lifetime"/>
  <profile autoSelectSubtitle="1"/>
  <entitlements all="1"><entitlement id="ios"/><entitlement id="android"/></entitlements>
  <roles><role id="plexpass"/></roles>
</user>`)

  expect(z.parse(PlexAccountSchema, xml)).toEqual({
    id: 20000001,
    uuid: 'f1e2d3c4b5a69788',
    authToken: TEST_TOKEN,
    username: 'test_owner',
    email: 'owner@example.com',
    joinedAt: 1_400_000_000,
    twoFactorEnabled: true,
    restricted: false,
    home: true,
    subscription: { active: true, status: 'Active', plan: 'lifetime' },
    entitlements: ['ios', 'android'],
    roles: ['plexpass'],
  })
})

test.each([
  ['no authToken', { authToken: undefined }],
  ['a numeric authToken', { authToken: 123456789 }],
  ['an authToken with spaces', { authToken: 'TEST TOKEN 0001' }],
  ['an empty authToken', { authToken: '' }],
  ['no id', { id: undefined }],
  ['a non-numeric id', { id: 'abc' }],
  ['no uuid', { uuid: undefined }],
  ['an empty uuid', { uuid: '' }],
])('fails with %s, naming the field but not its value', (_, overrides) => {
  const result = parse(plexAccountFixture(overrides))

  expect(result.success).toBe(false)
  const field = Object.keys(overrides)[0]
  expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field)
})

test('fails on bodies that are not an account at all', () => {
  expect(parse(null).success).toBe(false)
  expect(parse([]).success).toBe(false)
  expect(parse('<html>').success).toBe(false)
  expect(parse({ user: 'x' }).success).toBe(false)
})

test('a __proto__ key in the body pollutes nothing', () => {
  const body: unknown = JSON.parse(
    `{"__proto__":{"polluted":1},"id":1,"uuid":"a","authToken":"${TEST_TOKEN}"}`,
  )

  const result = parse(body)

  expect(result.success).toBe(true)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.keys(result.data ?? {})).not.toContain('__proto__')
})
