import { expect, test } from '@playwright/test'
import { createVerifiedUser, PASSWORD, uniqueEmail } from '../support/api'
import { createHubAdmin } from '../support/admin'
import { serverTotp } from '../support/clock'
import { logoutThroughUi, openConsole } from '../support/ui'

test('a hub admin enrols an authenticator, then uses the user list and the audit log', async ({ page, request }) => {
  const email = uniqueEmail('admin')
  await createHubAdmin(email, PASSWORD)

  // First login: staff must bind an authenticator before they get a session.
  await page.goto('/login')
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('totp-enrolment')).toBeVisible()
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? ''
  expect(secret).toMatch(/^[A-Z2-7]+=*$/)
  await page.getByTestId('totp-enrol-code').fill(await serverTotp(request, secret))
  await page.getByTestId('totp-enrol-submit').click()
  const codes = page.getByTestId('recovery-codes').locator('li')
  await expect(codes.first()).toBeVisible()
  const recoveryCode = (await codes.first().textContent())?.trim() ?? ''
  await page.getByTestId('recovery-continue').click()
  await expect(page.getByTestId('user-menu')).toBeVisible()

  // Users: the list, then a search by email (kept in the URL).
  await openConsole(page, 'nav-console-users')
  await expect(page).toHaveURL(/\/console\/users/)
  await expect(page.getByTestId('users-table')).toContainText(email)
  await page.getByTestId('users-search').fill(email)
  await page.getByTestId('users-search-submit').click()
  await expect(page).toHaveURL(/search=/)
  await expect(page.getByTestId('users-total')).toContainText('1')
  await page.reload()
  await expect(page.getByTestId('users-search')).toHaveValue(email)
  await expect(page.getByTestId('users-table')).toContainText(email)

  // Audit log: the enrolment of this story is there; filter by action prefix.
  await openConsole(page, 'nav-console-audit')
  await expect(page).toHaveURL(/\/console\/audit/)
  await expect(page.getByTestId('audit-table')).toContainText('account.totp_enable')
  await page.getByTestId('audit-action').fill('account.register')
  await page.getByTestId('audit-search-submit').click()
  await expect(page).toHaveURL(/action=account\.register/)
  await expect(page.getByTestId('audit-table')).not.toContainText('account.totp_enable')

  // Log out; the next login asks for the second factor (a recovery code here).
  await logoutThroughUi(page)
  await page.goto('/console/users')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('login-toggle-recovery').click()
  await page.getByTestId('login-recovery').fill(recoveryCode)
  await page.getByTestId('login-submit').click()
  await expect(page).toHaveURL(/\/console\/users/)
  await expect(page.getByTestId('users-table')).toContainText(email)
})

test('members without an admin role are kept out of the console', async ({ page, request }) => {
  const user = await createVerifiedUser(request, { email: uniqueEmail('member') })
  await page.goto('/login')
  await page.getByTestId('login-email').fill(user.email)
  await page.getByTestId('login-password').fill(user.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('user-menu')).toBeVisible()
  await expect(page.getByTestId('nav-console')).toHaveCount(0)
  await page.goto('/console/audit')
  await expect(page.getByTestId('forbidden')).toBeVisible()
})
