import { expect, test } from '@playwright/test'
import { PASSWORD, uniqueEmail } from '../support/api'
import { createStaff } from '../support/admin'
import { advanceClock, serverTotp } from '../support/clock'
import { isNarrow, loginWithTotp, logoutThroughUi, submitPassword } from '../support/ui'

test('an operator binds an authenticator at first login, then logs in with a code and with a recovery code', async ({
  page,
  request,
}) => {
  const email = uniqueEmail('operator')
  await createStaff(email, PASSWORD, { role: 'OPERATOR', name: '运营小刘' })

  // First login: no session before an authenticator is bound.
  await submitPassword(page, email, PASSWORD)
  const enrolment = page.getByTestId('totp-enrolment')
  await expect(enrolment).toBeVisible()
  await expect(enrolment.locator('img[alt="QR"]')).toBeVisible()
  await expect(page.getByTestId('user-menu')).toHaveCount(0)
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? ''
  expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/)
  await page.getByTestId('totp-enrol-code').fill(await serverTotp(request, secret))
  await page.getByTestId('totp-enrol-submit').click()

  const codes = page.getByTestId('recovery-codes').locator('li')
  await expect(codes).toHaveCount(10)
  const recoveryCode = (await codes.nth(3).textContent())?.trim() ?? ''
  expect(recoveryCode).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/)
  await page.getByTestId('recovery-continue').click()
  await expect(page.getByTestId('user-menu')).toContainText('运营小刘')

  // Operators see the console pages they may use, not the hub admin's.
  if (isNarrow(page)) {
    await page.getByTestId('nav-toggle').click()
    await expect(page.getByTestId('nav-console-calendar-mobile')).toBeVisible()
    await expect(page.getByTestId('nav-console-users-mobile')).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('nav-drawer')).toBeHidden()
  } else {
    await page.getByTestId('nav-console').hover()
    await expect(page.getByTestId('nav-console-calendar')).toBeVisible()
    await expect(page.getByTestId('nav-console-users')).toHaveCount(0)
  }
  await logoutThroughUi(page)

  // Each 30-second code works once: move the server clock to the next step before the next code.
  await advanceClock(request, 30)
  await loginWithTotp(page, email, PASSWORD, () => serverTotp(request, secret))
  await expect(page.getByTestId('user-menu')).toContainText('运营小刘')
  await logoutThroughUi(page)

  // A recovery code instead of the authenticator.
  await submitPassword(page, email, PASSWORD)
  await page.getByTestId('login-toggle-recovery').click()
  await page.getByTestId('login-recovery').fill(recoveryCode)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('user-menu')).toContainText('运营小刘')
})
