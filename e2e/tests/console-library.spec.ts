import { expect, test, type Page } from '@playwright/test'
import { createVerifiedUser, uniqueEmail } from '../support/api'
import { serverTotp } from '../support/clock'
import { windowWithOperator } from '../support/orgs'
import {
  confirmMessageBox,
  expectNoHorizontalScroll,
  fieldError,
  isNarrow,
  loginWithTotp,
  openConsole,
  pickCascader,
} from '../support/ui'

const NO_ACCOUNT = '没有使用此邮箱注册的账号，请对方先注册并验证邮箱'

/** Types fields of expertise into the tag input (Enter adds each one). */
async function typeExpertise(page: Page, fields: readonly string[]): Promise<void> {
  const select = page.getByTestId('expert-expertise-input')
  await select.click()
  for (const field of fields) {
    await select.locator('input').fill(field)
    // Enter takes the option made of the typed text once the list shows it.
    await expect(page.locator('.el-popper.expert-expertise-select .el-select-dropdown__item.is-hovering')).toHaveText(field)
    await select.locator('input').press('Enter')
    await expect(select.locator('.el-tag', { hasText: field })).toBeVisible()
  }
  // Close the options by clicking outside the select (Escape would close the dialog).
  await page.getByTestId('expert-dialog').locator('.el-dialog__title').click()
}

test('an operator records a department with its handlers and keeps the expert library', async ({ page, request }, testInfo) => {
  const suffix = `${testInfo.project.name}${Date.now().toString(36)}`
  const { window, county, operator } = await windowWithOperator(request, testInfo.project.name)
  const first = await createVerifiedUser(request, { email: uniqueEmail('handler1'), name: '经办小林' })
  const second = await createVerifiedUser(request, { email: uniqueEmail('handler2'), name: '经办小郑' })
  const expertUser = await createVerifiedUser(request, { email: uniqueEmail('expert'), name: '周专家' })
  const department = `${county.names[2]}经济和信息化局${suffix}`
  const expertName = `周明${suffix}`

  await loginWithTotp(page, operator.email, operator.password, () => serverTotp(request, operator.secret))

  // --- 部门管理: a new department must lie within the operator's platform
  await openConsole(page, 'nav-console-departments')
  await expect(page).toHaveURL(/\/console\/departments$/)
  await expect(page.getByTestId('departments-table')).toBeVisible()
  await page.getByTestId('department-create').click()
  const dialog = page.getByTestId('department-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('department-save').click()
  await expect(fieldError(page, 'department-name-input')).toHaveText('此项为必填项')
  await expect(fieldError(page, 'department-region-input')).toHaveText('此项为必填项')
  await page.getByTestId('department-name-input').fill(department)
  await pickCascader(page, 'department-region-input', 'department-region-cascader', ['江苏省'], { strictly: true })
  await page.getByTestId('department-save').click()
  await expect(fieldError(page, 'department-region-input')).toHaveText('该地区不在您负责的平台范围内')
  await pickCascader(page, 'department-region-input', 'department-region-cascader', county.names, { strictly: true })
  await expect(fieldError(page, 'department-region-input')).toHaveCount(0)
  await page.getByTestId('department-save').click()
  await expect(dialog).toBeHidden()

  const row = page.getByTestId('departments-table').locator('.el-table__row', { hasText: department })
  await expect(row).toContainText(county.names.join(''))
  await expect(row).toContainText(window.name)
  await expect(row.getByTestId('department-handlers')).toContainText('尚未任命经办人')

  // Handlers: only registered people; an unknown address is refused on the field.
  const appointDialog = page.getByTestId('department-appoint-dialog')
  await row.getByTestId('department-appoint').click()
  await expect(appointDialog).toContainText(department)
  await page.getByTestId('department-appoint-email').fill(uniqueEmail('nobody'))
  await page.getByTestId('department-appoint-submit').click()
  await expect(fieldError(page, 'department-appoint-email')).toHaveText(NO_ACCOUNT)
  await page.getByTestId('department-appoint-email').fill(first.email)
  await page.getByTestId('department-appoint-submit').click()
  await expect(appointDialog).toBeHidden()
  await expect(row.getByTestId('department-handlers')).toContainText(first.email)
  await expect(row.getByTestId('department-handlers')).toContainText('经办小林')

  await row.getByTestId('department-appoint').click()
  await page.getByTestId('department-appoint-email').fill(second.email)
  await page.getByTestId('department-appoint-submit').click()
  await expect(appointDialog).toBeHidden()
  await expect(row.getByTestId('department-handler')).toHaveCount(2)
  await expectNoHorizontalScroll(page)

  // Removing one is confirmed first.
  await row.getByTestId('department-handler').filter({ hasText: second.email }).getByTestId('department-handler-remove').click()
  await confirmMessageBox(page, '经办小郑')
  await expect(row.getByTestId('department-handler')).toHaveCount(1)
  await expect(row.getByTestId('department-handlers')).not.toContainText(second.email)
  await page.reload()
  await expect(row.getByTestId('department-handlers')).toContainText(first.email)
  await expect(row.getByTestId('department-handlers')).not.toContainText(second.email)

  // --- 专家库: add an expert linked to an account
  await openConsole(page, 'nav-console-experts')
  await expect(page).toHaveURL(/\/console\/experts$/)
  await expect(page.getByTestId('experts-table')).toBeVisible()
  await page.getByTestId('expert-add').click()
  const expertDialog = page.getByTestId('expert-dialog')
  await expect(expertDialog).toBeVisible()
  await page.getByTestId('expert-save').click()
  await expect(fieldError(page, 'expert-name-input')).toHaveText('此项为必填项')
  await expect(fieldError(page, 'expert-expertise-input')).toHaveText('请至少填写一个专业领域')
  await expect(fieldError(page, 'expert-region-input')).toHaveText('此项为必填项')

  await page.getByTestId('expert-name-input').fill(expertName)
  await typeExpertise(page, ['融资', '股权激励'])
  await expect(page.getByTestId('expert-expertise-input').locator('.el-tag')).toHaveCount(2)
  await expect(fieldError(page, 'expert-expertise-input')).toHaveCount(0)
  await pickCascader(page, 'expert-region-input', 'expert-region-cascader', county.names, { strictly: true })
  await page.getByTestId('expert-title-input').fill('高级经济师')
  await page.getByTestId('expert-organisation-input').fill('温州大学商学院')
  await page.getByTestId('expert-bio-input').fill('长期从事中小企业融资与股权激励研究。')
  // An address without an account is refused on its field.
  await page.getByTestId('expert-account-input').fill(uniqueEmail('nobody'))
  await page.getByTestId('expert-save').click()
  await expect(fieldError(page, 'expert-account-input')).toHaveText(NO_ACCOUNT)
  await page.getByTestId('expert-account-input').fill(expertUser.email)
  await page.getByTestId('expert-save').click()
  await expect(expertDialog).toBeHidden()

  const expertRow = page.getByTestId('experts-table').locator('.el-table__row', { hasText: expertName })
  await expect(expertRow.getByTestId('expert-status')).toHaveText('在库')
  await expect(expertRow.getByTestId('expert-account')).toHaveText(expertUser.email)
  await expect(expertRow).toContainText('融资')
  await expect(expertRow).toContainText('股权激励')
  await expect(expertRow).toContainText('高级经济师')
  await expect(expertRow).toContainText(window.name)
  await expectNoHorizontalScroll(page)

  // Edit: the form comes back filled in; the platform stays.
  await expertRow.getByTestId('expert-edit').click()
  await expect(expertDialog).toContainText(`编辑专家：${expertName}`)
  await expect(page.getByTestId('expert-platform')).toHaveText(window.name)
  await expect(page.getByTestId('expert-title-input')).toHaveValue('高级经济师')
  await expect(page.getByTestId('expert-account-input')).toHaveValue(expertUser.email)
  await page.getByTestId('expert-title-input').fill('研究员')
  await page.getByTestId('expert-available-input').click()
  await page.getByTestId('expert-save').click()
  await expect(expertDialog).toBeHidden()
  await expect(expertRow).toContainText('研究员')
  if (!isNarrow(page)) await expect(expertRow.getByTestId('expert-available')).toHaveText('暂停指派')
  await page.reload()
  await expect(expertRow).toContainText('研究员')
  await expect(expertRow.getByTestId('expert-account')).toHaveText(expertUser.email)

  // Retire (出库): a reason is required and stays on the row.
  const reason = '本人申请退出专家库'
  await expertRow.getByTestId('expert-retire').click()
  const retireDialog = page.getByTestId('expert-retire-dialog')
  await expect(retireDialog).toContainText(expertName)
  await page.getByTestId('expert-retire-submit').click()
  await expect(fieldError(page, 'expert-retire-reason-input')).toHaveText('请填写出库原因')
  await page.getByTestId('expert-retire-reason-input').fill(reason)
  await page.getByTestId('expert-retire-submit').click()
  await expect(retireDialog).toBeHidden()
  await expect(expertRow.getByTestId('expert-status')).toHaveText('已出库')
  await expect(expertRow.getByTestId('expert-retire-reason')).toHaveText(`出库原因：${reason}`)
  await expect(expertRow.getByTestId('expert-retire')).toHaveCount(0)
  await page.reload()
  await expect(expertRow.getByTestId('expert-retire-reason')).toHaveText(`出库原因：${reason}`)
  await expectNoHorizontalScroll(page)
})
