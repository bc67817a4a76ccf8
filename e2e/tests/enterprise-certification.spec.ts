import { expect, test } from '@playwright/test'
import { createVerifiedUser, uniqueEmail } from '../support/api'
import { serverTotp } from '../support/clock'
import { disguisedFile, pngFile } from '../support/files'
import { randomCreditCode, windowWithOperator, withWrongCheck } from '../support/orgs'
import {
  confirmMessageBox,
  expectNoHorizontalScroll,
  fieldError,
  loginThroughUi,
  loginWithTotp,
  newPage,
  openConsole,
  openUserMenu,
  pickCascader,
} from '../support/ui'

test('an enterprise registers and is certified after fixing what the operator of its window platform asked for', async ({
  page,
  request,
  browser,
}, testInfo) => {
  // The hub admin sets up a window platform for a county of its own and appoints an operator.
  const { window, county, operator } = await windowWithOperator(request, testInfo.project.name)
  const user = await createVerifiedUser(request, { email: uniqueEmail('enterprise'), name: '王经理' })
  const name = `${county.names[2]}云帆软件有限公司${Date.now().toString(36)}`
  const code = randomCreditCode(county.code)
  const reason = '经营地址与营业执照不一致，请按执照填写后重新提交'

  // --- the enterprise's admin registers through the wizard
  await loginThroughUi(page, user.email, user.password)
  await openUserMenu(page, 'menu-my-enterprise')
  await expect(page).toHaveURL(/\/enterprise/)
  const wizard = page.getByTestId('enterprise-wizard')
  await expect(wizard).toBeVisible()

  // 基本信息: nothing filled in yet, then a code with a wrong check character (only the server knows).
  await page.getByTestId('wizard-next').click()
  await expect(fieldError(page, 'enterprise-credit-code')).toHaveText('此项为必填项')
  await expect(fieldError(page, 'enterprise-name')).toHaveText('此项为必填项')
  await page.getByTestId('enterprise-credit-code').fill('91330302ma2zz')
  await expect(page.getByTestId('enterprise-credit-code-hint')).toContainText('不使用字母 I、O、Z、S、V')
  await page.getByTestId('enterprise-credit-code').fill(withWrongCheck(code))
  await expect(page.getByTestId('enterprise-credit-code-hint')).toContainText('校验位由平台核验')
  await page.getByTestId('enterprise-name').fill(name)
  await pickCascader(page, 'enterprise-region', 'region-cascader', county.names)
  await pickCascader(page, 'enterprise-industry', 'industry-cascader', ['信息传输、软件和信息技术服务业', '软件和信息技术服务业'])
  await page.getByTestId('wizard-next').click()

  // 规模与经营: the scale is suggested from the figures as they are typed.
  await expect(page.getByTestId('wizard-section-scale')).toBeVisible()
  await page.getByTestId('enterprise-employees').locator('input').fill('50')
  await page.getByTestId('enterprise-revenue').locator('input').fill('800')
  await page.getByTestId('enterprise-revenue').locator('input').press('Tab')
  await expect(page.getByTestId('enterprise-scale-hint')).toContainText('按《统计上大中小微型企业划分办法(2017)》建议')
  await expect(page.getByTestId('enterprise-scale-suggestion')).toHaveText('小型')
  await expect(page.getByTestId('enterprise-scale')).toContainText('小型')
  await page.getByTestId('wizard-next').click()

  // 联系与标签
  await expect(page.getByTestId('wizard-section-contact')).toBeVisible()
  await page.getByTestId('enterprise-address').fill(`${county.names.join('')}创业大道 1 号`)
  await page.getByTestId('enterprise-contact-name').fill('王经理')
  await page.getByTestId('enterprise-contact-phone').fill('13812345678')
  await page.getByTestId('enterprise-contact-email').fill(user.email)
  await page.getByTestId('enterprise-tag-专精特新').click()
  await page.getByTestId('wizard-next').click()

  // 确认提交: the server refuses the check character; the wizard goes back to the field.
  await expect(page.getByTestId('summary-region')).toHaveText(county.names.join(' / '))
  await expect(page.getByTestId('summary-scale')).toHaveText('小型')
  await expect(page.getByTestId('summary-tags')).toHaveText('专精特新')
  await expect(page.getByTestId('summary-licence')).toHaveText('未上传')
  await expectNoHorizontalScroll(page)

  // Submitting needs the business licence: back to the first step, where it is uploaded.
  await page.getByTestId('wizard-submit').click()
  await expect(page.getByTestId('licence-field').locator('.el-form-item__error')).toHaveText('提交认证前请上传营业执照')
  // Text dressed up as a PNG is refused by its content, and nothing is attached.
  await page.getByTestId('licence-input').setInputFiles(disguisedFile('营业执照.png'))
  await expect(page.getByTestId('licence-error')).toContainText('营业执照.png：')
  await expect(page.getByTestId('licence-file')).toHaveCount(0)
  await page.getByTestId('licence-input').setInputFiles(pngFile('营业执照.png'))
  await expect(page.getByTestId('licence-file')).toHaveText('营业执照.png')
  for (let i = 0; i < 3; i += 1) await page.getByTestId('wizard-next').click()
  await expect(page.getByTestId('summary-licence')).toHaveText('营业执照.png')
  await page.getByTestId('wizard-submit').click()
  await expect(fieldError(page, 'enterprise-credit-code')).toContainText('统一社会信用代码无效')
  await page.getByTestId('enterprise-credit-code').fill(code)
  for (let i = 0; i < 3; i += 1) await page.getByTestId('wizard-next').click()
  await expect(page.getByTestId('summary-credit-code')).toHaveText(code)
  await page.getByTestId('wizard-submit').click()

  const detail = page.getByTestId('enterprise-detail')
  await expect(detail).toBeVisible()
  await expect(page.getByTestId('enterprise-title')).toHaveText(name)
  await expect(detail.getByTestId('enterprise-status').first()).toHaveText('审核中')
  await expect(page.getByTestId('pending-alert')).toContainText(window.name)
  await expect(page.getByTestId('enterprise-edit')).toHaveCount(0)
  await expectNoHorizontalScroll(page)

  // --- the operator of the window platform rejects it with a reason
  const operatorPage = await newPage(browser, testInfo)
  try {
    await loginWithTotp(operatorPage, operator.email, operator.password, () => serverTotp(request, operator.secret))
    await openConsole(operatorPage, 'nav-console-enterprises')
    await expect(operatorPage).toHaveURL(/\/console\/enterprises/)
    await expect(operatorPage.getByTestId('review-filter-PENDING')).toHaveClass(/is-active/)
    const row = operatorPage.locator('.el-table__row', { hasText: name })
    await expect(row).toBeVisible()
    await row.getByTestId('review-open').click()
    const drawer = operatorPage.getByTestId('review-drawer')
    await expect(drawer).toBeVisible()
    await expect(drawer.getByTestId('enterprise-credit-code-value')).toHaveText(code)
    await expect(drawer.getByTestId('enterprise-region-value')).toHaveText(county.names.join(''))
    await expect(drawer.getByTestId('enterprise-scale-value')).toHaveText('小型')
    // The operator checks the record against the licence image, served to staff only.
    const licenceLink = drawer.getByTestId('enterprise-licence-value')
    await expect(licenceLink).toHaveText('营业执照.png')
    const licenceResponse = await operatorPage.request.get((await licenceLink.getAttribute('href')) ?? '')
    expect(licenceResponse.status()).toBe(200)
    expect(licenceResponse.headers()['content-type']).toBe('image/png')
    await expect(operatorPage).toHaveURL(/id=/)
    await drawer.getByTestId('review-reject').click()
    const dialog = operatorPage.getByTestId('reject-dialog')
    await expect(dialog).toBeVisible()
    await operatorPage.getByTestId('reject-submit').click()
    await expect(fieldError(operatorPage, 'reject-reason')).toHaveText('请填写驳回原因')
    await operatorPage.getByTestId('reject-reason').fill(reason)
    await operatorPage.getByTestId('reject-submit').click()
    await expect(dialog).toBeHidden()
    await expect(drawer.getByTestId('enterprise-status')).toHaveText('已驳回')
    await expect(drawer.getByTestId('review-approve')).toHaveCount(0)
    await expect(drawer.getByTestId('certification-history')).toContainText(reason)

    // --- the enterprise reads the reason, fixes the address and submits again
    await page.reload()
    await expect(detail.getByTestId('enterprise-status').first()).toHaveText('已驳回')
    await expect(page.getByTestId('rejection-reason')).toHaveText(reason)
    await page.getByTestId('fix-and-resubmit').click()
    await expect(page.getByTestId('enterprise-edit-form')).toBeVisible()
    // The lazily loaded cascaders show the saved region and industry.
    await expect(page.getByTestId('enterprise-region').locator('input')).toHaveValue(county.names.join(' / '))
    await expect(page.getByTestId('enterprise-industry').locator('input')).toHaveValue(
      '信息传输、软件和信息技术服务业 / 软件和信息技术服务业',
    )
    // The licence uploaded before stays attached while the rest is fixed.
    await expect(page.getByTestId('licence-file')).toHaveText('营业执照.png')
    const address = `${county.names.join('')}创业大道 88 号（执照地址）`
    await page.getByTestId('enterprise-address').fill(address)
    await page.getByTestId('enterprise-save-resubmit').click()
    await expect(detail.getByTestId('enterprise-status').first()).toHaveText('审核中')
    await expect(page.getByTestId('enterprise-address-value')).toHaveText(address)
    await page.getByRole('tab', { name: '认证记录' }).click()
    await expect(page).toHaveURL(/tab=history/)
    const history = page.getByTestId('certification-history-item')
    await expect(history).toHaveCount(3)
    await expect(history.nth(0)).toContainText('修改后重新提交')
    await expect(history.nth(1)).toContainText(reason)
    await expect(history.nth(2)).toContainText('提交认证')

    // --- the operator approves (the queue and the open drawer come back with the URL)
    await operatorPage.reload()
    await expect(drawer).toBeVisible()
    await expect(drawer.getByTestId('enterprise-status')).toHaveText('审核中')
    await expect(drawer.getByTestId('enterprise-address-value')).toHaveText(address)
    await drawer.getByTestId('review-approve').click()
    await confirmMessageBox(operatorPage, name)
    await expect(drawer.getByTestId('enterprise-status')).toHaveText('已认证')
    await expectNoHorizontalScroll(operatorPage)
  } finally {
    await operatorPage.context().close()
  }

  // --- certified: identity fields are locked from now on
  await page.reload()
  await expect(detail.getByTestId('enterprise-status').first()).toHaveText('已认证')
  await expect(page.getByTestId('verified-alert')).toBeVisible()
  await page.getByRole('tab', { name: '企业资料' }).click()
  await page.getByTestId('enterprise-edit').click()
  await expect(page.getByTestId('enterprise-credit-code')).toBeDisabled()
  await expect(page.getByTestId('enterprise-name')).toBeDisabled()
  await expect(page.getByTestId('enterprise-contact-name')).toBeEnabled()
  await expectNoHorizontalScroll(page)
})
