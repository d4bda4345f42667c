import {
  demoPassword,
  expect,
  expectAccountScreen,
  plexTvUrl,
  signInWithPassword,
  test,
  uniqueEmail,
} from './stand-in.ts'
import { RequestLog } from './request-log.ts'

test('the owner signs in and sees whose account the token opens', async ({
  page,
}) => {
  await signInWithPassword(page, 'owner@example.com')

  await expect(page).toHaveURL(/\/account$/)
  await expect(
    page.getByRole('heading', { name: 'Your account' }),
  ).toBeVisible()
  await expectAccountScreen(page, 'owner@example.com')
  await expect(page.getByText('Active — lifetime')).toBeVisible()
  const token = await page.evaluate(() =>
    sessionStorage.getItem('plexkey.token'),
  )
  expect(token).toBeTruthy()
  const localKeys = await page.evaluate(() => Object.keys(localStorage))
  expect(localKeys).toEqual(['plexkey.clientIdentifier'])
})

test('signing in to the account screen makes exactly one plex.tv API request', async ({
  page,
}) => {
  const requests = new RequestLog(page)

  await signInWithPassword(page, 'owner@example.com')
  await expectAccountScreen(page, 'owner@example.com')
  await expect(page.locator('img.avatar')).toHaveJSProperty('complete', true)
  await requests.settle()

  // The account screen shows the sign-in's own answer: no GET /api/v2/user.
  expect(requests.apiCalls()).toEqual([`POST ${plexTvUrl}/api/v2/users/signin`])
})

test('a 2FA account asks for the code, refuses a wrong one and keeps the rest', async ({
  page,
}) => {
  await signInWithPassword(page, 'twofactor@example.com')

  const codeField = page.getByRole('textbox', { name: 'Verification code' })
  await expect(codeField).toBeFocused()
  await expect(codeField).toHaveAttribute('autocomplete', 'one-time-code')
  await expect(codeField).toHaveAttribute('inputmode', 'numeric')

  await codeField.fill('000000')
  await page.getByRole('button', { name: 'Verify and sign in' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'That code was not accepted.',
  )
  await expect(codeField).toHaveValue('')

  await codeField.fill('123456')
  await page.getByRole('button', { name: 'Verify and sign in' }).click()
  await expect(page).toHaveURL(/\/account$/)
  await expectAccountScreen(page, 'twofactor@example.com')
})

test('pasting six digits into the code field submits them', async ({
  page,
}) => {
  await signInWithPassword(page, 'twofactor@example.com')
  const codeField = page.getByRole('textbox', { name: 'Verification code' })
  await expect(codeField).toBeFocused()

  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text/plain', ' 123 456 ')
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    )
  })

  await expect(page).toHaveURL(/\/account$/)
})

for (const password of ['Grüße-Straße-2024', `fish&chips#1=2+3%41$x"y'`]) {
  test(`the password ${password} reaches plex.tv exactly as typed`, async ({
    page,
    standIn,
  }) => {
    const email = uniqueEmail('bytes')
    await standIn.addAccount({ email, password })

    await signInWithPassword(page, email, password)

    await expect(page).toHaveURL(/\/account$/)
  })
}

test('a login with a plus sign reaches plex.tv as typed', async ({
  page,
  standIn,
}) => {
  const email = uniqueEmail('alex+plex')
  await standIn.addAccount({ email, password: demoPassword })

  await signInWithPassword(page, email)

  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByText(email).first()).toBeVisible()
})

test('Back from the code step returns to the credentials, password cleared', async ({
  page,
}) => {
  await signInWithPassword(page, 'twofactor@example.com')
  await expect(
    page.getByRole('textbox', { name: 'Verification code' }),
  ).toBeFocused()
  await expect(page).toHaveURL(/\/sign-in\/verify$/)

  await page.goBack()

  await expect(
    page.getByRole('heading', { name: 'Sign in to Plex' }),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.getByLabel('Email or username')).toHaveValue(
    'twofactor@example.com',
  )
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')

  await page.reload()
  await page.goForward()
  await expect(page).toHaveURL(/\/sign-in$/)
})

test('Forward after Back does not bring back the code step or the password', async ({
  page,
  standIn,
}) => {
  await signInWithPassword(page, 'twofactor@example.com')
  await expect(page).toHaveURL(/\/sign-in\/verify$/)
  await page.goBack()
  await expect(page).toHaveURL(/\/sign-in$/)

  await page.goForward()

  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.getByText('The sign-in started over.')).toBeVisible()
  await expect(
    page.getByRole('textbox', { name: 'Verification code' }),
  ).toHaveCount(0)
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
  const attempts = (await standIn.journal()).filter(
    (entry) => entry.path === '/api/v2/users/signin',
  )
  expect(attempts).toHaveLength(1)
})

test('a reload on the code step says the password is gone', async ({
  page,
}) => {
  await signInWithPassword(page, 'twofactor@example.com')
  await expect(page).toHaveURL(/\/sign-in\/verify$/)

  await page.reload()

  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.getByRole('status')).toContainText(
    'No sign-in is waiting for a code.',
  )
  await expect(page.getByRole('status')).toContainText(
    'after a reload it is gone too',
  )
})

test('the code step opened directly says no sign-in waits, not that one started over', async ({
  page,
}) => {
  await page.goto('/sign-in/verify')

  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(
    page.getByText('No sign-in is waiting for a code.'),
  ).toBeVisible()
  await expect(page.getByText('The sign-in started over.')).toHaveCount(0)
})

test('Use a different account opens an empty sign-in, its login focused', async ({
  page,
}) => {
  await signInWithPassword(page, 'twofactor@example.com')
  await expect(page).toHaveURL(/\/sign-in\/verify$/)

  await page.getByRole('button', { name: 'Use a different account' }).click()

  await expect(page).toHaveURL(/\/sign-in$/)
  const login = page.getByLabel('Email or username')
  await expect(login).toHaveValue('')
  await expect(login).toBeFocused()
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
})

test('a double click on Sign in sends one attempt', async ({
  page,
  standIn,
}) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email or username').fill('owner@example.com')
  await page.getByLabel('Password', { exact: true }).fill('not-the-password')

  await page.getByRole('button', { name: 'Sign in', exact: true }).dblclick()

  await expect(page.getByRole('alert')).toContainText('not accepted')
  const attempts = (await standIn.journal()).filter(
    (entry) => entry.method === 'POST' && entry.path === '/api/v2/users/signin',
  )
  expect(attempts).toHaveLength(1)
})

test('the demo list says which accounts have the demo password', async ({
  page,
}) => {
  await page.goto('/sign-in')
  const demo = page.getByRole('region', { name: 'Demo accounts' })

  await expect(demo).toContainText(
    `The password is ${demoPassword} for every account but google@example.com, which has none`,
  )
  await demo.getByRole('button', { name: 'google@example.com' }).click()
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('not accepted')
})
