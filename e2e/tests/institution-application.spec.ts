import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { createVerifiedUser, gql, uniqueEmail } from '../support/api'
import { serverTotp } from '../support/clock'
import { pngFile } from '../support/files'
import { apiToken, randomCreditCode, windowWithOperator, type WindowSetup } from '../support/orgs'
import {
  confirmMessageBox,
  expectNoHorizontalScroll,
  fieldError,
  loginThroughUi,
  loginWithTotp,
  newPage,
  openConsole,
  pickCascader,
} from '../support/ui'

/** My institution, from the user menu. */
async function openMyInstitution(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await expect(page.getByTestId('nav-institution')).toBeVisible()
  await page.getByTestId('nav-institution').click()
  await expect(page).toHaveURL(/\/institution/)
}

/** The operator of the window platform opens the institution in the console's drawer. */
async function openInConsole(operatorPage: Page, request: APIRequestContext, setup: WindowSetup, name: string) {
  const { operator } = setup
  await loginWithTotp(operatorPage, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await openConsole(operatorPage, 'nav-console-institutions')
  await expect(operatorPage).toHaveURL(/\/console\/institutions/)
  await expect(operatorPage.getByTestId('review-filter-APPLIED')).toHaveClass(/is-active/)
  const row = operatorPage.locator('.el-table__row', { hasText: name })
  await expect(row).toBeVisible()
  await row.getByTestId('review-open').click()
  const drawer = operatorPage.getByTestId('review-drawer')
  await expect(drawer).toBeVisible()
  await expect(operatorPage).toHaveURL(/id=/)
  return drawer
}

test('a service institution applies with its qualifications, is admitted by the operator of its window platform, and later suspended', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const setup = await windowWithOperator(request, `${testInfo.project.name}机构`)
  const { window, county } = setup
  const user = await createVerifiedUser(request, { email: uniqueEmail('institution'), name: '陈主任' })
  const name = `${county.names[2]}科创法律咨询服务中心${Date.now().toString(36)}`
  const code = randomCreditCode(county.code)

  // --- no institution yet: the application form
  await loginThroughUi(page, user.email, user.password)
  await openMyInstitution(page)
  const form = page.getByTestId('institution-form')
  await expect(form).toBeVisible()

  // Nothing filled in: every required field says so, nothing is sent.
  await page.getByTestId('institution-submit').click()
  await expect(fieldError(page, 'institution-name')).toHaveText('此项为必填项')
  await expect(fieldError(page, 'institution-domains')).toHaveText('请至少选择一个服务领域')
  await expect(fieldError(page, 'institution-areas')).toHaveText('请至少选择一个服务区域')
  await expect(fieldError(page, 'institution-accept-agreement')).toHaveText('请阅读并同意服务协议')

  await page.getByTestId('institution-name').fill(name)
  await page.getByTestId('institution-credit-code').fill(code.toLowerCase())
  await expect(page.getByTestId('institution-credit-code')).toHaveValue(code)
  await pickCascader(page, 'institution-region', 'institution-region-cascader', county.names)
  await page.getByTestId('institution-description').fill('为中小企业提供政策申报辅导、法律咨询和融资对接服务。')

  // Service domains: several, by their Chinese names.
  await page.getByTestId('institution-domains').click()
  const domains = page.locator('.el-select__popper.institution-domains-popper')
  await expect(domains).toBeVisible()
  for (const label of ['政策', '法律', '检验检测认证']) {
    await domains.locator('.el-select-dropdown__item', { hasText: new RegExp(`^${label}$`) }).click()
  }
  await page.keyboard.press('Escape')
  await expect(domains).toBeHidden()
  await expect(page.getByTestId('institution-domains')).toContainText('检验检测认证')

  // Service areas: the whole city and, again, the county (any level may be chosen).
  await page.getByTestId('institution-areas').click()
  const areas = page.locator('.institution-areas-cascader')
  await expect(areas).toBeVisible()
  const node = (level: number, label: string) =>
    areas
      .locator('.el-cascader-menu')
      .nth(level)
      .locator('.el-cascader-node', { has: page.locator('.el-cascader-node__label', { hasText: new RegExp(`^${label}$`) }) })
  await node(0, county.names[0]).click()
  await node(1, county.names[1]).locator('.el-checkbox').click()
  await page.keyboard.press('Escape')
  await expect(areas).toBeHidden()
  await expect(page.getByTestId('institution-areas')).toContainText(county.names[1])

  await page.getByTestId('institution-contact-name').fill('陈主任')
  await page.getByTestId('institution-contact-phone').fill('13912345678')
  await page.getByTestId('institution-contact-email').fill(user.email)
  await page.getByTestId('institution-responder-name').fill('陈主任')
  await page.getByTestId('institution-responder-phone').fill('1391234')

  // A qualification document: a real PNG (the server recognises files by their content).
  await page.getByTestId('institution-qualifications-input').setInputFiles(pngFile('资质证书.png'))
  await expect(page.getByTestId('institution-qualifications-file')).toHaveText('资质证书.png')

  // The service agreement is shown before it is accepted.
  await page.getByTestId('institution-agreement-title').click()
  await expect(page.getByTestId('institution-agreement-body')).toContainText('入驻条件')
  await page.getByTestId('institution-accept-agreement').click()
  await expectNoHorizontalScroll(page)

  // The responder's number is not a mobile number: checked before sending.
  await page.getByTestId('institution-submit').click()
  await expect(fieldError(page, 'institution-responder-phone')).toHaveText('请输入有效的 11 位手机号')
  await page.getByTestId('institution-responder-phone').fill('13912345678')
  await page.getByTestId('institution-submit').click()

  // --- applied: 待审核, with the window platform that reviews it
  const detail = page.getByTestId('institution-detail')
  await expect(detail).toBeVisible()
  await expect(page.getByTestId('institution-title')).toHaveText(name)
  await expect(detail.getByTestId('institution-status').first()).toHaveText('待审核')
  await expect(page.getByTestId('applied-alert')).toContainText(window.name)
  await expect(page.getByTestId('institution-platform-value')).toHaveText(window.name)
  await expect(page.getByTestId('institution-domains-value')).toHaveText(/政策\s*法律\s*检验检测认证/)
  await expect(page.getByTestId('institution-areas-value')).toContainText(county.names.slice(0, 2).join(''))
  await expect(page.getByTestId('institution-qualification')).toHaveText('资质证书.png')
  await expect(page.getByTestId('institution-history-item')).toHaveCount(1)
  await expect(page.getByTestId('institution-history-item')).toContainText('提交入驻申请')
  await expect(page.getByTestId('institution-score')).toHaveCount(0)
  await expectNoHorizontalScroll(page)

  // --- the operator of the window platform checks the application and admits it
  const operatorPage = await newPage(browser, testInfo)
  try {
    const drawer = await openInConsole(operatorPage, request, setup, name)
    await expect(drawer.getByTestId('institution-credit-code-value')).toHaveText(code)
    await expect(drawer.getByTestId('institution-region-value')).toHaveText(county.names.join(''))
    await expect(drawer.getByTestId('institution-responder-phone-value')).toHaveText('13912345678')
    await expect(drawer.getByTestId('institution-status')).toHaveText('待审核')
    // The qualification opens for the operator.
    const file = drawer.getByTestId('institution-qualification')
    await expect(file).toHaveText('资质证书.png')
    const fileResponse = await operatorPage.request.get((await file.getAttribute('href')) ?? '')
    expect(fileResponse.status()).toBe(200)
    expect(fileResponse.headers()['content-type']).toBe('image/png')
    await expect(drawer.getByTestId('review-reject')).toBeVisible()
    await expectNoHorizontalScroll(operatorPage)

    await drawer.getByTestId('review-approve').click()
    await confirmMessageBox(operatorPage, name)
    await expect(drawer.getByTestId('institution-status')).toHaveText('已入驻')
    await expect(drawer.getByTestId('review-approve')).toHaveCount(0)
    await expect(drawer.getByTestId('review-suspend')).toBeVisible()
    await expect(drawer.getByTestId('institution-history-item').first()).toContainText('审核通过')
    // It has left the 待审核 list.
    await expect(operatorPage.locator('.el-table__row', { hasText: name })).toHaveCount(0)

    // --- the institution is admitted: 已入驻, with its (still empty) score
    await page.reload()
    await expect(detail.getByTestId('institution-status').first()).toHaveText('已入驻')
    await expect(page.getByTestId('active-alert')).toBeVisible()
    await expect(page.getByTestId('institution-score-value')).toHaveText('—')
    await expect(page.getByTestId('institution-history-item').first()).toContainText('审核通过，入驻平台')
    await expectNoHorizontalScroll(page)

    // --- later the operator suspends it, with a reason the institution reads
    const reason = '连续三个月未按时响应企业需求，请整改'
    await drawer.getByTestId('review-suspend').click()
    await expect(operatorPage.getByTestId('reason-dialog')).toBeVisible()
    await operatorPage.getByTestId('reason-input').fill(reason)
    await operatorPage.getByTestId('reason-submit').click()
    await expect(operatorPage.getByTestId('reason-dialog')).toBeHidden()
    await expect(drawer.getByTestId('institution-status')).toHaveText('已暂停')
    await expect(drawer.getByTestId('review-reinstate')).toBeVisible()
    await expect(drawer.getByTestId('review-exit')).toBeVisible()

    await page.reload()
    await expect(detail.getByTestId('institution-status').first()).toHaveText('已暂停')
    await expect(page.getByTestId('status-reason-alert')).toContainText('服务已暂停')
    await expect(page.getByTestId('status-reason')).toHaveText(reason)
    await expect(page.getByTestId('institution-history-item')).toHaveCount(3)
    await expect(page.getByTestId('institution-history-item').first()).toContainText(reason)
    await expectNoHorizontalScroll(page)
  } finally {
    await operatorPage.context().close()
  }
})

test('a rejected application shows the operator’s reason and can be made again', async ({ page, request, browser }, testInfo) => {
  const setup = await windowWithOperator(request, `${testInfo.project.name}驳回`)
  const { county } = setup
  const user = await createVerifiedUser(request, { email: uniqueEmail('institution'), name: '周经理' })
  const name = `${county.names[2]}数智转型服务有限公司${Date.now().toString(36)}`
  const reason = '资质证明缺少检验检测机构资质认定证书，请补充后重新申请'

  // The application itself was made through the API (the form is covered above).
  const token = await apiToken(request, user.email, user.password)
  const { serviceAgreement } = await gql<{ serviceAgreement: { version: string } }>(request, 'query { serviceAgreement { version } }')
  const { applyInstitution } = await gql<{ applyInstitution: { errors: unknown[] } }>(
    request,
    `mutation Apply($input: ApplyInstitutionInput!) {
      applyInstitution(input: $input) { institution { id } errors { field code message } }
    }`,
    {
      input: {
        name,
        creditCode: randomCreditCode(county.code),
        regionCode: county.code,
        serviceDomains: ['DIGITAL_TRANSFORMATION', 'TESTING_CERTIFICATION'],
        serviceAreas: [county.code],
        responderName: '周经理',
        responderPhone: '13712345678',
        acceptAgreement: true,
        agreementVersion: serviceAgreement.version,
      },
    },
    token,
  )
  expect(applyInstitution.errors).toEqual([])

  // --- the operator rejects it: a reason is required, and kept
  const operatorPage = await newPage(browser, testInfo)
  try {
    const drawer = await openInConsole(operatorPage, request, setup, name)
    await drawer.getByTestId('review-reject').click()
    const dialog = operatorPage.getByTestId('reason-dialog')
    await expect(dialog).toBeVisible()
    await operatorPage.getByTestId('reason-submit').click()
    await expect(fieldError(operatorPage, 'reason-input')).toHaveText('请填写原因')
    await operatorPage.getByTestId('reason-input').fill(reason)
    await operatorPage.getByTestId('reason-submit').click()
    await expect(dialog).toBeHidden()
    await expect(drawer.getByTestId('institution-status')).toHaveText('未通过')
    await expect(drawer.getByTestId('review-reason')).toContainText(reason)
    await expect(drawer.getByTestId('institution-history')).toContainText(reason)
    await expect(drawer.getByTestId('review-approve')).toHaveCount(0)
    await expectNoHorizontalScroll(operatorPage)

    // Filed under 未通过 now.
    await operatorPage.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
    await operatorPage.getByTestId('review-filter-REJECTED').click()
    await expect(operatorPage).toHaveURL(/status=REJECTED/)
    await expect(operatorPage.locator('.el-table__row', { hasText: name })).toBeVisible()
  } finally {
    await operatorPage.context().close()
  }

  // --- the applicant reads why, and starts again from the rejected application
  await loginThroughUi(page, user.email, user.password)
  await openMyInstitution(page)
  const detail = page.getByTestId('institution-detail')
  await expect(detail.getByTestId('institution-status').first()).toHaveText('未通过')
  await expect(page.getByTestId('status-reason-alert')).toContainText('入驻申请未通过')
  await expect(page.getByTestId('status-reason')).toHaveText(reason)
  const history = page.getByTestId('institution-history-item')
  await expect(history).toHaveCount(2)
  await expect(history.nth(0)).toContainText('审核未通过')
  await expect(history.nth(0)).toContainText(reason)
  await expect(history.nth(1)).toContainText('提交入驻申请')
  await expectNoHorizontalScroll(page)

  await page.getByTestId('institution-reapply').click()
  await expect(page.getByTestId('institution-form')).toBeVisible()
  await expect(page.getByTestId('institution-name')).toHaveValue(name)
  await expect(page.getByTestId('institution-region').locator('input')).toHaveValue(county.names.join(' / '))
  await expect(page.getByTestId('institution-domains')).toContainText('数字化转型')
  await expect(page.getByTestId('institution-accept-agreement').locator('input')).not.toBeChecked()
  await expectNoHorizontalScroll(page)
  await page.getByTestId('institution-apply-cancel').click()
  await expect(page.getByTestId('status-reason')).toHaveText(reason)
})
