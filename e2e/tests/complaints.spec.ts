import { expect, test, type Locator, type Page } from '@playwright/test'
import { serverTotp } from '../support/clock'
import { engagementSetup } from '../support/engagements'
import { confirmMessageBox, expectNoHorizontalScroll, fieldError, loginThroughUi, loginWithTotp, newPage, openConsole } from '../support/ui'

/**
 * Complaints (投诉) and follow-up visits (回访): an enterprise complains about an institution;
 * the operator of its window accepts the complaint, takes it (assigns it to the operators of
 * the window) and replies; the enterprise confirms it resolved and rates it 1, which opens a
 * follow-up visit on the operator's follow-up page, where the operator records the result —
 * and the result joins the complaint's timeline.
 */

async function openAction(page: Page, action: string): Promise<Locator> {
  await page.getByTestId(`demand-action-${action}`).click()
  const dialog = page.getByTestId(`demand-dialog-${action}`)
  await expect(dialog).toBeVisible()
  return dialog
}

async function submitDialog(page: Page, dialog: Locator, confirm?: string | RegExp): Promise<void> {
  await dialog.getByTestId('demand-form-submit').click()
  if (confirm) await confirmMessageBox(page, confirm)
  await expect(dialog).toBeHidden()
}

const status = (page: Page) => page.locator('.heading').getByTestId('demand-status')

test('a complaint is handled by the operators, rated 1 and followed up', async ({ page, request, browser }, testInfo) => {
  test.setTimeout(180_000)
  const setup = await engagementSetup(request, `${testInfo.project.name}投诉`)
  const { requester, operator } = setup

  // --- the enterprise complains about the institution from its demands page
  await loginThroughUi(page, requester.email, requester.password)
  await page.goto('/enterprise/demands')
  await page.getByTestId('complaint-submit-open').click()
  const dialog = page.getByTestId('complaint-submit-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('complaint-submit').click()
  await expect(fieldError(page, 'complaint-field-title')).toHaveText('此项为必填项')
  await page.getByTestId('complaint-field-target').click()
  await page.getByTestId('complaint-field-target').locator('input').fill(setup.institution.name)
  await page.locator('.complaint-target-popper').getByText(setup.institution.name, { exact: true }).click()
  const title = `上门服务爽约${Date.now().toString(36)}`
  await page.getByTestId('complaint-field-title').fill(title)
  await page.getByTestId('complaint-field-description').fill('约定的上门服务两次爽约，电话也不接')
  await expectNoHorizontalScroll(page)
  await page.getByTestId('complaint-submit').click()
  await expect(page).toHaveURL(/\/demands\/[^/]+$/)
  const complaintPath = new URL(page.url()).pathname
  await expect(status(page)).toHaveText('已提交')
  await expect(page.getByTestId('demand-complaint-tag')).toHaveText('投诉')
  await expect(page.getByTestId('demand-complaint-target')).toContainText(setup.institution.name)
  await page.goto('/enterprise/demands')
  await expect(page.locator('.el-table__row', { hasText: title }).getByTestId('demand-row-complaint')).toContainText(setup.institution.name)

  // --- the operator finds it on the complaints page, accepts it and takes it
  const operatorPage = await newPage(browser, testInfo)
  await loginWithTotp(operatorPage, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await openConsole(operatorPage, 'nav-console-complaints')
  await expect(operatorPage).toHaveURL(/\/console\/complaints/)
  await operatorPage.locator('.el-table__row', { hasText: title }).getByTestId('demand-row-link').click()
  await expect(operatorPage).toHaveURL(complaintPath)
  let form = await openAction(operatorPage, 'accept')
  await submitDialog(operatorPage, form, '受理')
  await expect(status(operatorPage)).toHaveText('已受理')
  await expect(operatorPage.getByTestId('demand-action-openForOffers')).toHaveCount(0)
  form = await openAction(operatorPage, 'assign')
  // Only the operators of the platform chain may take a complaint.
  await expect(form.getByTestId('demand-handler-type-PLATFORM')).toBeVisible()
  await expect(form.getByTestId('demand-handler-type-INSTITUTION')).toHaveCount(0)
  await form.getByTestId('demand-field-handler').click()
  await operatorPage.locator('.demand-handler-popper').getByText(setup.window.name, { exact: true }).click()
  await submitDialog(operatorPage, form)
  await expect(status(operatorPage)).toHaveText('办理中')
  await expect(operatorPage.getByTestId('demand-handler')).toContainText(setup.window.name)
  form = await openAction(operatorPage, 'reply')
  await form.getByTestId('demand-field-reply').fill('已约谈该机构，机构已致歉并安排明日上门')
  await submitDialog(operatorPage, form, '答复')
  await expect(status(operatorPage)).toHaveText('已答复')

  // --- the enterprise confirms it resolved and rates it 1
  await page.goto(complaintPath)
  await expect(status(page)).toHaveText('已答复')
  form = await openAction(page, 'resolve')
  await submitDialog(page, form, '解决')
  await expect(status(page)).toHaveText('已解决')
  form = await openAction(page, 'evaluate')
  await form.getByTestId('demand-rate-overall').locator('.el-rate__item').nth(0).click()
  for (const d of ['timeliness', 'attitude', 'result']) {
    await form.getByTestId(`demand-rate-${d}`).locator('.el-rate__item').nth(0).click()
  }
  await form.getByTestId('demand-field-comment').fill('处理太慢')
  await submitDialog(page, form, '评价')
  await expect(status(page)).toHaveText('已办结')

  // --- a follow-up visit waits for the operator, who records the result once
  await openConsole(operatorPage, 'nav-console-follow-ups')
  await expect(operatorPage).toHaveURL(/\/console\/follow-ups/)
  // Away from the console sub-menu, which stays open under the pointer.
  await operatorPage.mouse.move(5, 850)
  await expect(operatorPage.getByTestId('nav-console-follow-ups')).toBeHidden()
  const row = operatorPage.locator('.el-table__row', { hasText: title })
  await expect(row.getByTestId('follow-up-rating')).toHaveText('1 分')
  await expectNoHorizontalScroll(operatorPage)
  await row.getByTestId('follow-up-record').click()
  const visit = operatorPage.getByTestId('follow-up-dialog')
  await expect(visit).toBeVisible()
  await visit.getByTestId('follow-up-submit').click()
  await expect(fieldError(operatorPage, 'follow-up-result')).toHaveText('此项为必填项')
  await visit.getByTestId('follow-up-result').fill('已电话回访，企业接受致歉，后续服务已恢复')
  await visit.getByTestId('follow-up-submit').click()
  await expect(visit).toBeHidden()
  await expect(operatorPage.locator('.el-table__row', { hasText: title })).toHaveCount(0)
  await operatorPage.getByTestId('follow-ups-filter-DONE').click()
  await expect(operatorPage.locator('.el-table__row', { hasText: title }).getByTestId('follow-up-result-text')).toHaveText(
    '已电话回访，企业接受致歉，后续服务已恢复',
  )
  await operatorPage.context().close()

  // --- the result is in the complaint's timeline
  await page.reload()
  await expect(page.locator('[data-kind="NOTE"]')).toContainText('回访结果：已电话回访')
})
