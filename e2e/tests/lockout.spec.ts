import { expect, test } from '@playwright/test'
import { createVerifiedUser, PASSWORD, uniqueEmail } from '../support/api'
import { createHubAdmin } from '../support/admin'
import { serverTotp } from '../support/clock'
import { randomTotpSecret } from '../support/totp'
import { confirmMessageBox, loginThroughUi, loginWithTotp, logoutThroughUi, openConsole } from '../support/ui'

const REFUSED = '邮箱或密码错误，或账号已被暂时锁定'

test('five wrong passwords lock the account; a hub admin unlocks it and the user gets in', async ({ page, request }) => {
  const user = await createVerifiedUser(request, { email: uniqueEmail('locked'), name: '孙七' })
  const adminEmail = uniqueEmail('unlocker')
  const adminSecret = randomTotpSecret()
  await createHubAdmin(adminEmail, PASSWORD, '解锁管理员', { totpSecret: adminSecret })

  // Five wrong passwords: the same clear message each time (above the form, not by the field).
  await page.goto('/login')
  await page.getByTestId('login-email').fill(user.email)
  await page.getByTestId('login-password').fill('Wrong-Pass-123')
  const alert = page.getByTestId('form-error')
  for (let attempt = 1; attempt <= 5; attempt++) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST')
    await page.getByTestId('login-submit').click()
    await answered
    await expect(alert).toHaveText(REFUSED)
  }
  await expect(page.locator('.el-form-item__error')).toHaveCount(0)
  await expect(page.getByTestId('login-lock-hint')).toContainText('锁定 15 分钟')

  // Locked now: the right password is refused with the very same message.
  await page.getByTestId('login-password').fill(user.password)
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST')
  await page.getByTestId('login-submit').click()
  expect(await (await answered).text()).toContain('INVALID_CREDENTIALS')
  await expect(alert).toHaveText(REFUSED)
  await expect(page.getByTestId('user-menu')).toHaveCount(0)

  // A hub admin finds the user, sees the lock and lifts it.
  await loginWithTotp(page, adminEmail, PASSWORD, () => serverTotp(request, adminSecret))
  await openConsole(page, 'nav-console-users')
  await page.getByTestId('users-search').fill(user.email)
  await page.getByTestId('users-search-submit').click()
  const row = page.locator('.el-table__row', { hasText: user.email })
  await expect(row.getByTestId('user-locked')).toHaveText(/^已锁定至 \d{2}:\d{2}$/)
  await expect(row.getByTestId('user-totp')).toContainText('未启用')
  await row.getByTestId('user-unlock').click()
  await confirmMessageBox(page, user.name)
  await expect(row.getByTestId('user-locked')).toHaveCount(0)
  await expect(row.getByTestId('user-unlock')).toHaveCount(0)
  await logoutThroughUi(page)

  // The user logs in with the right password.
  await loginThroughUi(page, user.email, user.password)
  await expect(page.getByTestId('user-menu')).toContainText(user.name)
})
