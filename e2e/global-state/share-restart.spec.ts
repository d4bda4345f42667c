import { createToken, openShareScreen, serverAnswer } from '../share-screen.ts'
import { expect, test } from '../stand-in.ts'

test('a restart of the server ends the token, and Test token says so', async ({
  page,
  standIn,
}) => {
  await openShareScreen(page, 'owner@example.com')
  const token = await createToken(page)
  await page.getByRole('button', { name: 'Test token' }).click()
  await expect(
    page.getByText(/^The token works on Demo Server at /),
  ).toBeVisible()

  await standIn.restart('demo-server')
  await page.getByRole('button', { name: 'Test token' }).click()

  await expect(
    page.getByText(/^Demo Server at \S+ no longer accepts this token/),
  ).toBeVisible()
  expect(await serverAnswer('/library/sections', token)).toBe(401)
})
