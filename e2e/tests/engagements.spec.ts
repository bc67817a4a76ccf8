import { expect, test, type Page } from '@playwright/test'
import { serverNow, serverTotp } from '../support/clock'
import { engagementSetup } from '../support/engagements'
import { pngFile } from '../support/files'
import { linkPath, waitForMail } from '../support/mail'
import { confirmMessageBox, expectNoHorizontalScroll, fieldError, loginThroughUi, loginWithTotp, newPage } from '../support/ui'

/**
 * The standard service flow (服务档案): a member of a verified enterprise requests a product
 * from its page; the institution takes it up, records the agreement with its file, the plan,
 * starts, reports progress and delivers on the record's page; the enterprise confirms and
 * rates it; the institution replies; the operator supervising it reads the whole archive.
 */

/** YYYY-MM-DD, `days` after the server's today (Asia/Shanghai). */
function day(now: Date, days: number): string {
  return new Date(now.getTime() + (days * 24 + 8) * 3_600_000).toISOString().slice(0, 10)
}

async function pickDate(page: Page, testid: string, value: string): Promise<void> {
  const input = page.getByTestId(testid).locator('input')
  await input.click()
  await input.fill(value)
  await input.press('Enter')
  await expect(input).toHaveValue(value)
}

/** Opens an action's dialog from its button. */
async function openAction(page: Page, action: string) {
  await page.getByTestId(`engagement-action-${action}`).click()
  const dialog = page.getByTestId(`engagement-dialog-${action}`)
  await expect(dialog).toBeVisible()
  return dialog
}

/** Sends the open dialog's form; `confirm` accepts the "are you sure" box that follows. */
async function submitDialog(page: Page, dialog: ReturnType<Page['getByTestId']>, confirm?: string | RegExp) {
  await dialog.getByTestId('engagement-form-submit').click()
  if (confirm) await confirmMessageBox(page, confirm)
  await expect(dialog).toBeHidden()
}

const status = (page: Page) => page.locator('.heading').getByTestId('engagement-status')

test('an institution runs a requested service to delivery; the enterprise confirms and rates it', async ({ page, request, browser }, testInfo) => {
  test.setTimeout(180_000)
  const setup = await engagementSetup(request, `${testInfo.project.name}档案`)
  const { product, requester, member } = setup
  const now = await serverNow(request)

  // --- a visitor finds the product by its category and region, is sent to log in first,
  // and comes back to the dialog
  await page.goto(`/services?category=LEGAL&region=${setup.county.code}&sort=NEWEST`)
  const card = page.getByTestId('product-card').filter({ hasText: product.name })
  await card.getByTestId('product-card-link').click()
  await expect(page.getByTestId('product-title')).toHaveText(product.name)
  await expect(page.getByTestId('product-no-ratings')).toBeVisible()
  await page.getByTestId('request-service').click()
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await loginThroughUi(page, requester.email, requester.password)
  // Back on the product page, the flag gone from the URL.
  await expect(page).toHaveURL(/\/services\/[^/?]+$/)
  const requestDialog = page.getByTestId('request-service-dialog')
  await expect(requestDialog).toBeVisible()
  await expect(page.getByTestId('request-service-product')).toHaveText(product.name)
  await expect(page.getByTestId('request-service-enterprise-name')).toHaveText(setup.enterprise.name)

  // Nothing written: said by the field, nothing sent.
  await page.getByTestId('request-service-submit').click()
  await expect(fieldError(page, 'request-service-need')).toHaveText('此项为必填项')
  const need = '需要审查三份采购合同，月底前完成'
  await page.getByTestId('request-service-need').fill(need)
  await page.getByTestId('request-service-attachments-input').setInputFiles(pngFile('合同清单.png'))
  await expect(page.getByTestId('request-service-attachments-file')).toHaveText('合同清单.png')
  await expectNoHorizontalScroll(page)
  await page.getByTestId('request-service-submit').click()
  await expect(page).toHaveURL(/\/engagements\/[^/]+$/)
  const engagementPath = new URL(page.url()).pathname
  await expect(status(page)).toHaveText('服务申请')
  await expect(page.getByTestId('engagement-need')).toHaveText(need)
  await expect(page.getByTestId('engagement-waiting')).toHaveText('等待服务机构处理')
  await expect(page.getByTestId('engagement-action-cancel')).toBeVisible()
  await expectNoHorizontalScroll(page)

  // The institution is told by mail, with a link to the record.
  const mail = await waitForMail({ to: member.email, subject: '新的服务申请' })
  expect(linkPath(mail)).toBe(engagementPath)

  // --- the institution is told in its inbox too, and finds the request on its board, due
  // within 2 working days
  const lawyer = await newPage(browser, testInfo)
  await loginThroughUi(lawyer, member.email, member.password)
  await expect(lawyer.getByTestId('inbox-badge')).toContainText('1')
  await lawyer.getByTestId('inbox-bell').click()
  await expect(lawyer).toHaveURL(/\/inbox/)
  await expect(lawyer.getByTestId('notification-item').first()).toContainText('新的服务申请')
  await lawyer.goto('/institution')
  await lawyer.getByTestId('institution-engagements-link').click()
  await expect(lawyer).toHaveURL(/\/institution\/engagements/)
  await expect(lawyer.getByTestId('engagements-filter-REQUESTED')).toHaveText('服务申请 (1)')
  await lawyer.getByTestId('engagements-filter-REQUESTED').click()
  await expect(lawyer).toHaveURL(/status=REQUESTED/)
  const row = lawyer.locator('.el-table__row', { hasText: product.name })
  await expect(row.getByTestId('engagement-status')).toHaveText('服务申请')
  await expect(row.getByTestId('engagement-deadline')).toContainText('前答复')
  await expect(row).toContainText(setup.enterprise.name)
  await expectNoHorizontalScroll(lawyer)
  await row.getByTestId('engagement-row-link').click()
  await expect(lawyer).toHaveURL(engagementPath)
  // Whom to contact: the member who asked.
  await expect(lawyer.getByTestId('engagement-requester')).toContainText(requester.name)

  // Take it up (需求调查).
  let dialog = await openAction(lawyer, 'investigate')
  await dialog.getByTestId('engagement-note').fill('已电话沟通，需审查采购、销售和劳动合同各一份')
  await submitDialog(lawyer, dialog)
  await expect(status(lawyer)).toHaveText('需求调查')
  await expect(lawyer.getByTestId('engagement-answered-flag')).toHaveText('按时答复')

  // The agreement (协议签订): its file, fee and period — checked before anything is sent.
  dialog = await openAction(lawyer, 'agree')
  await dialog.getByTestId('engagement-form-submit').click()
  await expect(fieldError(lawyer, 'engagement-agreement-file')).toHaveText('此项为必填项')
  await expect(fieldError(lawyer, 'engagement-fee')).toHaveText('此项为必填项')
  await dialog.getByTestId('engagement-agreement-file-input').setInputFiles(pngFile('服务协议.png'))
  await expect(dialog.getByTestId('engagement-agreement-file-file')).toHaveText('服务协议.png')
  await dialog.getByTestId('engagement-fee').fill('1200')
  await expect(fieldError(lawyer, 'engagement-fee')).toHaveCount(0)
  await expect(fieldError(lawyer, 'engagement-agreement-file')).toHaveCount(0)
  await pickDate(lawyer, 'engagement-period-start', day(now, 3))
  await pickDate(lawyer, 'engagement-period-end', day(now, 40))
  await expectNoHorizontalScroll(lawyer)
  await submitDialog(lawyer, dialog, '不能修改')
  await expect(status(lawyer)).toHaveText('协议签订')
  await expect(lawyer.getByTestId('engagement-fee-value')).toHaveText('¥1,200')
  await expect(lawyer.getByTestId('engagement-period-value')).toHaveText(`${day(now, 3)} ~ ${day(now, 40)}`)
  await expect(lawyer.getByTestId('engagement-agreement-link')).toHaveText('服务协议.png')

  // The plan (服务制定): the plan, the named personnel and the dates.
  dialog = await openAction(lawyer, 'plan')
  await dialog.getByTestId('engagement-plan').fill('分三次审查，每份合同出具书面意见')
  const personnel = dialog.getByTestId('engagement-personnel')
  await personnel.fill('陈律师')
  await personnel.press('Enter')
  await personnel.fill('王会计')
  await personnel.press('Enter')
  await pickDate(lawyer, 'engagement-planned-start', day(now, 5))
  await pickDate(lawyer, 'engagement-planned-delivery', day(now, 30))
  await submitDialog(lawyer, dialog)
  await expect(status(lawyer)).toHaveText('服务制定')
  await expect(lawyer.getByTestId('engagement-person')).toHaveText(['陈律师', '王会计'])

  // Start (服务执行), a progress note with a file, then the delivery.
  dialog = await openAction(lawyer, 'start')
  await submitDialog(lawyer, dialog, '开始执行服务')
  await expect(status(lawyer)).toHaveText('服务执行')
  dialog = await openAction(lawyer, 'progress')
  await dialog.getByTestId('engagement-note').fill('已完成采购合同的审查')
  await dialog.getByTestId('engagement-attachments-input').setInputFiles(pngFile('采购合同意见.png'))
  await expect(dialog.getByTestId('engagement-attachments-file')).toHaveText('采购合同意见.png')
  await submitDialog(lawyer, dialog)
  await expect(lawyer.getByTestId('engagement-step').last()).toContainText('更新服务进展')

  dialog = await openAction(lawyer, 'deliver')
  await dialog.getByTestId('engagement-report').fill('三份合同的审查意见书已出具，共提出 12 条修改建议')
  await dialog.getByTestId('engagement-report-file-input').setInputFiles(pngFile('审查意见书.png'))
  await expect(dialog.getByTestId('engagement-report-file-file')).toHaveText('审查意见书.png')
  await submitDialog(lawyer, dialog, '7 天内')
  await expect(status(lawyer)).toHaveText('服务交付')
  await expect(lawyer.getByTestId('engagement-delivered-flag')).toHaveText('按期交付')
  await expect(lawyer.getByTestId('engagement-report-link')).toHaveText('审查意见书.png')
  await expect(lawyer.getByTestId('engagement-waiting')).toHaveText('等待企业处理')
  await expect(lawyer.locator('[data-testid^="engagement-action-"]')).toHaveCount(0)

  // --- the enterprise confirms the delivery and rates the service
  await page.reload()
  await expect(status(page)).toHaveText('服务交付')
  await expect(page.getByTestId('engagement-deadline')).toContainText('自动确认')
  await page.getByTestId('engagement-action-confirm').click()
  await confirmMessageBox(page, '确认后可以评价')
  await expect(status(page)).toHaveText('确认交付')

  dialog = await openAction(page, 'evaluate')
  await dialog.getByTestId('engagement-form-submit').click()
  await expect(fieldError(page, 'engagement-rate-overall')).toHaveText('请为每一项打分（1–5 星）')
  const stars = (testid: string, n: number) => dialog.getByTestId(testid).locator('.el-rate__item').nth(n - 1).click()
  await stars('engagement-rate-overall', 5)
  await stars('engagement-rate-professionalism', 5)
  await stars('engagement-rate-timeliness', 4)
  await stars('engagement-rate-communication', 5)
  await stars('engagement-rate-result', 4)
  await dialog.getByTestId('engagement-comment').fill('意见专业，沟通及时')
  await submitDialog(page, dialog, '只能评价一次')
  await expect(status(page)).toHaveText('服务评价')
  await expect(page.getByTestId('engagement-evaluation-overall')).toHaveAttribute('data-score', '5')
  await expect(page.getByTestId('engagement-evaluation-comment')).toHaveText('意见专业，沟通及时')
  await expect(page.locator('[data-testid^="engagement-action-"]')).toHaveCount(0)

  // The archive: every step, in order, with who did it and the files.
  const titles = [
    '提交服务申请',
    '受理申请，开展需求调查',
    '签订服务协议',
    '制定服务方案',
    '开始执行服务',
    '更新服务进展',
    '交付服务成果',
    '确认交付',
    '评价服务',
  ]
  await expect(page.getByTestId('engagement-step-title')).toHaveText(titles)
  const steps = page.getByTestId('engagement-step')
  await expect(steps.nth(0).getByTestId('engagement-step-actor')).toHaveText(requester.name)
  await expect(steps.nth(0).getByTestId('engagement-step-file')).toHaveText('合同清单.png')
  await expect(steps.nth(2).getByTestId('engagement-step-actor')).toHaveText(member.name)
  await expect(steps.nth(2)).toContainText('费用：¥1,200')
  await expect(steps.nth(2).getByTestId('engagement-step-file')).toHaveText('服务协议.png')
  await expect(steps.nth(3)).toContainText('服务人员：陈律师、王会计')
  await expect(steps.nth(5).getByTestId('engagement-step-file')).toHaveText('采购合同意见.png')
  await expectNoHorizontalScroll(page)

  // The signed file downloads for the enterprise too.
  const agreement = page.getByTestId('engagement-agreement-link')
  const response = await page.request.get((await agreement.getAttribute('href'))!)
  expect(response.ok()).toBe(true)
  expect(response.headers()['content-type']).toContain('image/png')

  // The enterprise's list has it, with its stage.
  await page.getByTestId('engagement-back').click()
  await expect(page).toHaveURL(/\/enterprise\/engagements/)
  const mine = page.locator('.el-table__row', { hasText: product.name })
  await expect(mine.getByTestId('engagement-status')).toHaveText('服务评价')
  await page.getByTestId('engagements-filter-REQUESTED').click()
  await expect(page).toHaveURL(/status=REQUESTED/)
  await expect(page.getByTestId('engagements-empty')).toBeVisible()

  // --- the institution replies to the rating, once
  await lawyer.reload()
  await expect(lawyer.getByTestId('engagement-evaluation-comment')).toHaveText('意见专业，沟通及时')
  await lawyer.getByTestId('engagement-reply').fill('感谢认可，欢迎随时联系')
  await lawyer.getByTestId('engagement-action-reply').click()
  await confirmMessageBox(lawyer, '只能回复一次')
  await expect(lawyer.getByTestId('engagement-evaluation-reply')).toContainText('感谢认可，欢迎随时联系')
  await expect(lawyer.getByTestId('engagement-reply')).toHaveCount(0)
  await lawyer.context().close()

  // --- the rating, with the reply, shows on the product page for everyone
  await page.goto(`/services/${product.id}`)
  await expect(page.getByTestId('product-rating')).toContainText('5.0')
  const rating = page.getByTestId('product-rating-item')
  await expect(rating).toHaveCount(1)
  await expect(rating.getByTestId('product-rating-comment')).toHaveText('意见专业，沟通及时')
  await expect(rating.getByTestId('product-rating-reply')).toContainText('感谢认可，欢迎随时联系')

  // --- the operator of the window platform reads it, and cannot act
  const operatorPage = await newPage(browser, testInfo)
  const { operator } = setup
  await loginWithTotp(operatorPage, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await operatorPage.goto('/console/engagements?status=EVALUATED')
  const supervised = operatorPage.locator('.el-table__row', { hasText: product.name })
  await expect(supervised.getByTestId('engagement-status')).toHaveText('服务评价')
  await supervised.getByTestId('engagement-row-link').click()
  await expect(operatorPage).toHaveURL(engagementPath)
  await expect(operatorPage.getByTestId('engagement-read-only')).toBeVisible()
  await expect(operatorPage.getByTestId('engagement-step-title')).toHaveText(titles)
  await expect(operatorPage.locator('[data-testid^="engagement-action-"]')).toHaveCount(0)
  await operatorPage.context().close()
})
