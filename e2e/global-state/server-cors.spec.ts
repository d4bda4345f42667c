import { expect, signInWithPassword, test } from '../stand-in.ts'

test('a server that admits only app.plex.tv is explained as refused or blocked', async ({
  page,
  standIn,
}) => {
  await standIn.setServer('friend-server', { appPlexTvOnly: true })
  try {
    await signInWithPassword(page, 'owner@example.com')
    await expect(page).toHaveURL(/\/account$/)
    await page.getByRole('link', { name: 'Servers' }).click()

    const card = page.getByRole('region', { name: "Friend's Server" })
    await expect(
      card.getByText('Not reachable from this browser.'),
    ).toBeVisible({ timeout: 10_000 })
    await card.getByText(/Addresses tried/).click()
    await expect(
      card
        .getByText(
          /Refused or blocked\. A refused connection, a refused cross-origin \(CORS\) request/,
        )
        .first(),
    ).toBeVisible()
  } finally {
    await standIn.setServer('friend-server', { appPlexTvOnly: false })
  }
})
