import { expect, test } from '@playwright/test'
import { PASSWORD, uniqueEmail } from '../support/api'
import { createHubAdmin } from '../support/admin'
import { serverTotp } from '../support/clock'
import { randomTotpSecret } from '../support/totp'
import { confirmMessageBox, loginWithTotp, openConsole } from '../support/ui'

test('a hub admin enters a holiday for 2027 and marks the year complete', async ({ page, request }, testInfo) => {
  // Marking a year complete happens once per database: one viewport is enough.
  test.skip(testInfo.project.name !== 'desktop', 'desktop only')
  const email = uniqueEmail('calendar')
  const secret = randomTotpSecret()
  await createHubAdmin(email, PASSWORD, '日历管理员', { totpSecret: secret })
  await loginWithTotp(page, email, PASSWORD, () => serverTotp(request, secret))

  // The built-in calendar stops before 2027: the console warns about it.
  await openConsole(page, 'nav-console-calendar')
  await expect(page).toHaveURL(/\/console\/calendar/)
  const warning = page.getByTestId('calendar-missing-alert')
  await expect(warning).toContainText('以下年份尚未导入法定节假日：2027，期限将按周一至周五计算')

  await page.getByTestId('calendar-year-2027').click()
  await expect(page).toHaveURL(/year=2027/)
  await expect(page.getByTestId('calendar-known')).toHaveText('未导入节假日，按周一至周五计算')

  // Monday 11 January 2027 becomes a holiday.
  await page.getByTestId('calendar-add').click()
  const dialog = page.getByTestId('calendar-day-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('calendar-day-save').click()
  await expect(page.locator('.el-form-item', { has: page.locator('.el-date-editor') }).locator('.el-form-item__error')).toHaveText('此项为必填项')
  const dateInput = page.getByTestId('calendar-day-date').locator('input')
  await dateInput.fill('2027-01-11')
  await dateInput.press('Enter')
  await expect(page.getByTestId('calendar-day-kind')).toHaveText('休息日（节假日）')
  await page.getByTestId('calendar-day-name').fill('测试假日')
  await page.getByTestId('calendar-day-save').click()
  await expect(dialog).toBeHidden()

  const row = page.locator('.el-table__row', { hasText: '2027-01-11' })
  await expect(row).toContainText('测试假日')
  await expect(row.getByTestId('calendar-tag-holiday')).toHaveText('休')
  await expect(row).toContainText('手动设置')
  await page.reload()
  await expect(page.locator('.el-table__row', { hasText: '2027-01-11' })).toContainText('测试假日')

  // The year is complete: the tag changes and the warning goes away.
  await page.getByTestId('calendar-mark-known').click()
  await confirmMessageBox(page, '2027')
  await expect(page.getByTestId('calendar-known')).toHaveText('已导入法定节假日')
  await expect(page.getByTestId('calendar-mark-known')).toHaveCount(0)
  await expect(warning).toHaveCount(0)
})
