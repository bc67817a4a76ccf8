import { expect, test } from '@playwright/test'
import { createVerifiedUser, NEW_PASSWORD, uniqueEmail } from '../support/api'
import { linkPath, waitForMail } from '../support/mail'
import { expectLoginRefused, loginThroughUi } from '../support/ui'

test('forgotten password: reset link by mail, new password, log in', async ({ page, request }) => {
  const user = await createVerifiedUser(request, { email: uniqueEmail('reset'), name: '李四' })

  await page.goto('/login')
  await page.getByTestId('login-forgot').click()
  await expect(page).toHaveURL(/\/forgot-password$/)
  await page.getByTestId('forgot-email').fill(user.email)
  await page.getByTestId('forgot-submit').click()
  await expect(page.getByTestId('forgot-done')).toContainText(user.email)

  const mail = await waitForMail({ to: user.email, subject: '重置密码' })
  const link = linkPath(mail)
  expect(link).toMatch(/^\/reset-password\?token=/)

  await page.goto(link)
  await page.getByTestId('reset-password').fill(NEW_PASSWORD)
  await page.getByTestId('reset-password-confirm').fill(NEW_PASSWORD)
  await page.getByTestId('reset-submit').click()
  await expect(page.getByTestId('reset-done')).toBeVisible()

  // The link works once only.
  await page.goto(link)
  await page.getByTestId('reset-password').fill('Another-pass3')
  await page.getByTestId('reset-password-confirm').fill('Another-pass3')
  await page.getByTestId('reset-submit').click()
  await expect(page.getByTestId('form-error')).toBeVisible()

  // The old password is gone; the new one logs in.
  await page.goto('/login')
  await page.getByTestId('login-email').fill(user.email)
  await page.getByTestId('login-password').fill(user.password)
  await page.getByTestId('login-submit').click()
  await expectLoginRefused(page)
  await loginThroughUi(page, user.email, NEW_PASSWORD)
  await expect(page.getByTestId('user-menu')).toContainText(user.name)
})
