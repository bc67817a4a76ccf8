import { expect, test } from '@playwright/test'
import { createVerifiedUser, uniqueEmail } from '../support/api'
import { loginThroughUi, logoutThroughUi } from '../support/ui'

test('tabs share one session: simultaneous reloads stay logged in, logout ends every tab', async ({
  context,
  page,
  request,
}) => {
  const user = await createVerifiedUser(request, { email: uniqueEmail('tabs'), name: '赵六' })
  await page.goto('/login')
  await loginThroughUi(page, user.email, user.password)

  const other = await context.newPage()
  await other.goto('/me')
  await expect(other.getByTestId('me-email')).toHaveText(user.email)

  // Both tabs restore the session from the one rotating refresh cookie at the same time.
  await Promise.all([page.reload(), other.reload()])
  await expect(page.getByTestId('user-menu')).toContainText(user.name)
  await expect(other.getByTestId('me-email')).toHaveText(user.email)
  await page.reload()
  await expect(page.getByTestId('user-menu')).toContainText(user.name)

  // Logging out in one tab logs out the other; on a members-only page it goes to the login page.
  await logoutThroughUi(page)
  await expect(other).toHaveURL(/\/login\?redirect=/)
  await expect(other.getByTestId('nav-login')).toBeVisible()
  await other.reload()
  await expect(other.getByTestId('nav-login')).toBeVisible()
})
