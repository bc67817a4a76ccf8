import { expect, test } from '@playwright/test'
import { NEW_PASSWORD, PASSWORD, uniqueEmail } from '../support/api'
import { linkPath, waitForMail } from '../support/mail'
import { expectLoginRefused, expectNoHorizontalScroll, fieldError, loginThroughUi, logoutThroughUi, openUserMenu } from '../support/ui'

test('register, verify by mail, log in, stay logged in, change password, log out, log in again', async ({
  page,
}) => {
  const email = uniqueEmail('lifecycle')
  const name = '王小明'

  // Register (first with a weak password: the server's error shows next to the field).
  await page.goto('/')
  await page.getByTestId('nav-register').click()
  await expect(page).toHaveURL(/\/register$/)
  await expect(page.getByTestId('password-hint')).toBeVisible()
  await expect(page.getByTestId('register-privacy-link')).toHaveAttribute('href', '/privacy')
  await page.getByTestId('register-email').fill(email)
  await page.getByTestId('register-password').fill('short')
  await page.getByTestId('register-name').fill(name)
  await page.getByTestId('register-phone').fill('13800138000')
  await page.getByTestId('register-accept').click()
  await page.getByTestId('register-submit').click()
  await expect(fieldError(page, 'register-password')).toBeVisible()
  await expectNoHorizontalScroll(page)

  await page.getByTestId('register-password').fill(PASSWORD)
  await page.getByTestId('register-submit').click()
  await expect(page.getByTestId('register-done')).toContainText(email)

  // Not verified yet: login is refused.
  await page.goto('/login')
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('login-resend')).toBeVisible()

  // Verify through the mailed link.
  const mail = await waitForMail({ to: email, subject: '验证' })
  await page.goto(linkPath(mail))
  await expect(page.getByTestId('verify-success')).toBeVisible()
  await page.getByTestId('verify-go-login').click()
  await expect(page).toHaveURL(/\/login/)

  // Log in; a reload keeps the session (refresh cookie).
  await loginThroughUi(page, email, PASSWORD)
  await expect(page.getByTestId('user-menu')).toContainText(name)
  await page.reload()
  await expect(page.getByTestId('user-menu')).toContainText(name)

  // My account.
  await openUserMenu(page, 'menu-my-account')
  await expect(page).toHaveURL(/\/me$/)
  await expect(page.getByTestId('me-email')).toHaveText(email)
  await expect(page.getByTestId('me-name-value')).toHaveText(name)
  await expectNoHorizontalScroll(page)

  // Change the password (wrong current password first).
  await page.getByTestId('current-password').fill('Not-the-pass1')
  await page.getByTestId('new-password').fill(NEW_PASSWORD)
  await page.getByTestId('confirm-password').fill(NEW_PASSWORD)
  await page.getByTestId('change-password-submit').click()
  await expect(fieldError(page, 'current-password')).toBeVisible()

  await page.getByTestId('current-password').fill(PASSWORD)
  await page.getByTestId('change-password-submit').click()
  await expect(page.getByTestId('password-changed')).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('me-email')).toHaveText(email)

  // Log out; members-only pages send us to the login page.
  await logoutThroughUi(page)
  await page.goto('/me')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await page.reload()
  await expect(page.getByTestId('nav-login')).toBeVisible()

  // The old password no longer works; the new one does, and we return to /me.
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expectLoginRefused(page)
  await page.getByTestId('login-password').fill(NEW_PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page).toHaveURL(/\/me$/)
  await expect(page.getByTestId('me-email')).toHaveText(email)
})
