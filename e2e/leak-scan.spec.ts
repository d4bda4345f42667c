import { randomInt, randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { LeakRecord } from './leak-scan/collect.ts'
import { describeLeaks, findLeaks } from './leak-scan/find-leaks.ts'
import {
  demoPassword,
  demoServer,
  expect,
  expectAccountScreen,
  friendServer,
  signInWithPassword,
  test,
} from './stand-in.ts'

// One run through every flow with throwaway accounts, so every secret is
// unique to this run; then a search for each of them, raw or encoded, in
// everything the run left behind. PIN codes are not secrets, and a link the
// person copies is the product: neither is searched for.

// The server access tokens plex.tv hands the owner (stand-in/README.md).
const ownerServerTokens = [
  'DEMOxSRVxDEMOxOWNER1',
  'DEMOxSRVxFRNDxOWNER1',
  'DEMOxSRVxATTICxOWNR1',
]

function sessionToken(page: Page) {
  return page.evaluate(() => sessionStorage.getItem('plexkey.token'))
}

async function snapshot(record: LeakRecord, page: Page, moment: string) {
  await record.pageText(page, moment)
  await record.localStorage(page, moment)
  await record.cacheKeys(page, moment)
  await record.cookies(moment)
}

async function signOut(page: Page, { revoke }: { revoke: boolean }) {
  await page.getByRole('link', { name: 'Sign out' }).click()
  if (revoke) await page.getByLabel(/Also revoke this token at plex.tv/).check()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(
    page.getByRole('heading', { name: 'Sign in to Plex' }),
  ).toBeVisible()
}

async function afterSignOut(record: LeakRecord, page: Page, who: string) {
  await record.sessionStorage(page, `after ${who} signed out`)
  await record.localStorage(page, `after ${who} signed out`)
  await record.cacheKeys(page, `after ${who} signed out`)
}

async function inspect(page: Page, pasted: string) {
  await page.getByLabel('Token or link').fill(pasted)
  await page.getByRole('button', { name: 'Inspect' }).click()
}

async function copied(page: Page, button: string, message: string) {
  await page.getByRole('button', { name: button }).click()
  await expect(page.getByText(message)).toBeVisible()
  return page.evaluate(() => navigator.clipboard.readText())
}

test('no token, password or 2FA code leaks anywhere, through every flow', async ({
  page,
  context,
  standIn,
}) => {
  test.setTimeout(180_000)
  const record = new LeakRecord(context)
  const run = randomUUID().slice(0, 8)

  // Sign-in with a password, a wrong one first: the error must not echo it.
  const alice = {
    email: `leak-a-${run}@example.com`,
    username: `leak_a_${run}`,
    password: `Leak A ${run} &/ü+%=`,
  }
  const wrongPassword = `Wrong ${run} #&?/ü+%`
  const aliceAccount = await standIn.addAccount(alice)
  record.secret("Alice's password", alice.password)
  record.secret('the wrong password tried for Alice', wrongPassword)
  record.secret("Alice's fixed token", aliceAccount.token)

  await signInWithPassword(page, alice.email, wrongPassword)
  await expect(page.getByRole('alert')).toContainText('not accepted')
  await snapshot(record, page, 'after a wrong password')
  await record.sessionStorage(page, 'after a wrong password')
  await page.getByLabel('Password', { exact: true }).fill(alice.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expectAccountScreen(page, alice.email)
  const aliceSession = await sessionToken(page)
  record.secret("Alice's session token", aliceSession)
  await expect(page.getByText('Token hidden')).toBeVisible()
  await snapshot(record, page, "on Alice's account card")
  await signOut(page, { revoke: true })
  await afterSignOut(record, page, 'Alice')

  // Sign-in with two-step verification.
  const bob = {
    email: `leak-b-${run}@example.com`,
    username: `leak_b_${run}`,
    password: `Leak B ${run} "'<>;`,
    twoFactorCode: String(randomInt(100_000, 1_000_000)),
  }
  const bobAccount = await standIn.addAccount(bob)
  record.secret("Bob's password", bob.password)
  record.secret("Bob's 2FA code", bob.twoFactorCode)
  record.secret("Bob's fixed token", bobAccount.token)

  await signInWithPassword(page, bob.email, bob.password)
  await page
    .getByRole('textbox', { name: 'Verification code' })
    .fill(bob.twoFactorCode)
  await snapshot(record, page, 'on the code step')
  // No token yet, so nothing secret may be in sessionStorage either.
  await record.sessionStorage(page, 'on the code step')
  await page.getByRole('button', { name: 'Verify and sign in' }).click()
  await expectAccountScreen(page, bob.email)
  record.secret("Bob's session token", await sessionToken(page))
  await snapshot(record, page, "on Bob's account card")

  // Token inspection: a link holding a token, then a revoked token.
  await page.getByRole('link', { name: 'Inspect a token' }).click()
  await inspect(
    page,
    `https://app.plex.tv/desktop/#!/settings?X-Plex-Token=${bobAccount.token}`,
  )
  await expect(page.getByText(bob.email)).toBeVisible()
  await expect(page.getByText('Token hidden')).toBeVisible()
  await snapshot(record, page, "inspecting a link with Bob's token")
  await inspect(page, aliceSession ?? '')
  await expect(page.getByRole('alert')).toContainText('not accepted')
  await snapshot(record, page, "inspecting Alice's revoked token")
  await signOut(page, { revoke: false })
  await afterSignOut(record, page, 'Bob')

  // Sign in with Plex: the hosted page in a popup.
  const popupOpened = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Sign in with Plex' }).click()
  const popup = await popupOpened
  await popup.getByLabel('Email or username').fill('owner@example.com')
  await popup.getByLabel('Password', { exact: true }).fill(demoPassword)
  await popup.getByRole('button', { name: 'Sign in', exact: true }).click()
  await popup.getByRole('button', { name: 'Approve' }).click()
  await expectAccountScreen(page, 'owner@example.com')
  record.secret(
    "the owner's session token from the PIN",
    await sessionToken(page),
  )
  for (const token of ownerServerTokens) {
    record.secret(`the server access token ${token.slice(0, 12)}…`, token)
  }
  await snapshot(record, page, "on the owner's account card")

  // Share: a transient token, masked until copied, then tested.
  await page.getByRole('link', { name: 'Servers' }).click()
  await expect(
    page
      .getByRole('region', { name: demoServer.name })
      .getByText('Reachable at'),
  ).toBeVisible()
  await snapshot(record, page, 'on the servers screen')
  await page
    .getByRole('link', { name: `Share access to ${demoServer.name}` })
    .click()
  await page.getByLabel(/I understand/).check()
  await page.getByRole('button', { name: 'Create transient token' }).click()
  await expect(
    page.getByRole('heading', {
      name: `Your transient token for ${demoServer.name}`,
    }),
  ).toBeVisible()
  await snapshot(record, page, 'with the transient token made, masked')
  record.secret(
    'the transient token',
    await copied(page, 'Copy token', 'Token copied.'),
  )
  await page.getByRole('button', { name: 'Test token' }).click()
  await expect(
    page.getByText(/^The token works on Demo Server at /),
  ).toBeVisible()
  await snapshot(record, page, 'after testing the transient token')

  // Sources: a Device with a transient token for another server.
  await page.getByRole('link', { name: 'Servers' }).click()
  await page
    .getByRole('link', { name: `Look up sources from ${demoServer.name}` })
    .click()
  await page
    .getByLabel('Pick another server on your account, yours or shared with you')
    .selectOption({ label: friendServer.name })
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(page.getByText('Access token hidden')).toBeVisible()
  await snapshot(record, page, 'with a source found, its token masked')
  record.secret(
    "the source's access token",
    await copied(page, 'Copy access token', 'Access token copied.'),
  )

  await signOut(page, { revoke: true })
  await afterSignOut(record, page, 'the owner')
  await record.settle()

  // The scan looked at something of each kind.
  const kinds = [
    /request$/,
    /^navigation$/,
    /^console\./,
    /^localStorage /,
    /^sessionStorage after/,
    /^page text /,
    /^React Query keys /,
  ]
  for (const kind of kinds) {
    expect(
      record.places.some((place) => kind.test(place.where)),
      `collected ${kind}`,
    ).toBe(true)
  }
  const leaks = findLeaks(record.needles, record.places)
  expect(leaks, describeLeaks(leaks)).toEqual([])
})
