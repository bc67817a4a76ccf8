import { expect, test } from '@playwright/test'
import { createVerifiedUser, uniqueEmail } from '../support/api'
import { advanceClock } from '../support/clock'
import { loginThroughUi } from '../support/ui'

// The server clock is shared by the whole run and only moves forward: sessions and codes made
// after this spec are unaffected, and the other specs read the time from the server.
test('after 31 idle minutes the session has expired: log in again and return to the page', async ({
  page,
  request,
}) => {
  const user = await createVerifiedUser(request, { email: uniqueEmail('idle'), name: '吴九' })
  await page.goto('/login')
  await loginThroughUi(page, user.email, user.password)

  await advanceClock(request, 31 * 60)
  await page.goto('/me')
  await expect(page).toHaveURL(/\/login\?expired=1&redirect=(%2F|\/)me$/)
  await expect(page.getByTestId('login-expired')).toHaveText('登录已过期，请重新登录')
  await expect(page.getByTestId('nav-login')).toBeVisible()

  await page.getByTestId('login-email').fill(user.email)
  await page.getByTestId('login-password').fill(user.password)
  await page.getByTestId('login-submit').click()
  await expect(page).toHaveURL(/\/me$/)
  await expect(page.getByTestId('me-email')).toHaveText(user.email)
})

test('a session that expires while a page is open sends the user to log in, then back', async ({ page, request }) => {
  const user = await createVerifiedUser(request, { email: uniqueEmail('idle-open'), name: '郑十' })
  await page.goto('/login')
  await loginThroughUi(page, user.email, user.password)
  await page.goto('/me')
  await expect(page.getByTestId('me-email')).toHaveText(user.email)

  // Still on the page, the next request finds the session gone.
  await advanceClock(request, 31 * 60)
  await page.getByTestId('my-data-download').click()
  await expect(page).toHaveURL(/\/login\?expired=1&redirect=(%2F|\/)me$/)
  await expect(page.getByTestId('login-expired')).toBeVisible()
  await page.getByTestId('login-email').fill(user.email)
  await page.getByTestId('login-password').fill(user.password)
  await page.getByTestId('login-submit').click()
  await expect(page).toHaveURL(/\/me$/)
})
