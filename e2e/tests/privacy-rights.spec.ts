import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { createVerifiedUser, uniqueEmail } from '../support/api'
import { expectLoginRefused, expectNoHorizontalScroll, fieldError, loginThroughUi, openUserMenu } from '../support/ui'

test('a user downloads their data, then deletes the account and can no longer log in', async ({ page, request }) => {
  const user = await createVerifiedUser(request, { email: uniqueEmail('privacy'), name: '周八' })
  await page.goto('/login')
  await loginThroughUi(page, user.email, user.password)
  await openUserMenu(page, 'menu-my-account')
  await expect(page.getByTestId('me-email')).toHaveText(user.email)
  await expect(page.getByTestId('my-data')).toBeVisible()
  await expectNoHorizontalScroll(page)

  // A copy of my data, as a pretty-printed JSON file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('my-data-download').click()])
  expect(download.suggestedFilename()).toMatch(/^qifu-my-data-\d{8}\.json$/)
  const text = await readFile(await download.path(), 'utf8')
  expect(text).toContain('\n  "account"')
  const data = JSON.parse(text) as { account: { email: string; name: string } }
  expect(data.account.email).toBe(user.email)
  expect(data.account.name).toBe(user.name)

  // Delete the account: the dialog explains what happens; a wrong password is refused first.
  await page.getByTestId('delete-account').click()
  const dialog = page.getByTestId('delete-account-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('已注销用户')
  await page.getByTestId('delete-account-password').fill('Not-my-pass-1')
  await page.getByTestId('delete-account-confirm').click()
  await expect(fieldError(page, 'delete-account-password')).toBeVisible()
  await expect(page.getByTestId('user-menu')).toBeVisible()

  await page.getByTestId('delete-account-password').fill(user.password)
  await page.getByTestId('delete-account-confirm').click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('.el-message--success', { hasText: '账号已注销' })).toBeVisible()
  await expect(page.getByTestId('nav-login')).toBeVisible()
  await expect(page.getByTestId('user-menu')).toHaveCount(0)

  // Logged out for good: a reload stays out, and the old credentials no longer work.
  await page.reload()
  await expect(page.getByTestId('nav-login')).toBeVisible()
  await page.goto('/login')
  await page.getByTestId('login-email').fill(user.email)
  await page.getByTestId('login-password').fill(user.password)
  await page.getByTestId('login-submit').click()
  await expectLoginRefused(page)
})
