import { expect, test, type Locator, type Page } from '@playwright/test'
import { serverTotp } from '../support/clock'
import { engagementSetup, mutate } from '../support/engagements'
import { apiToken } from '../support/orgs'
import { confirmMessageBox, expectNoHorizontalScroll, fieldError, loginThroughUi, loginWithTotp, newPage } from '../support/ui'

/**
 * The demand loop (诉求): a member of a verified enterprise submits a demand; the operator of
 * its window platform accepts it and assigns it to an institution; the institution replies;
 * the enterprise, its demand page open, sees the reply arrive live, confirms it resolved and
 * rates it. Another demand is not accepted, and the enterprise reads the explanation.
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

test('a demand goes round the loop; another is not accepted with an explanation', async ({ page, request, browser }, testInfo) => {
  test.setTimeout(180_000)
  const setup = await engagementSetup(request, `${testInfo.project.name}诉求`)
  const { requester, member, operator } = setup

  // --- the enterprise submits a demand from its list
  await loginThroughUi(page, requester.email, requester.password)
  await page.goto('/enterprise/demands')
  await expect(page.getByTestId('demands-empty')).toBeVisible()
  await page.getByTestId('demand-submit-open').click()
  const dialog = page.getByTestId('demand-submit-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('demand-submit').click()
  await expect(fieldError(page, 'demand-field-title')).toHaveText('此项为必填项')
  await page.getByTestId('demand-field-category').click()
  await page.locator('.demand-category-popper').getByText('融资需求', { exact: true }).click()
  const title = `设备更新贷款${Date.now().toString(36)}`
  await page.getByTestId('demand-field-title').fill(title)
  await page.getByTestId('demand-field-description').fill('需要 500 万元设备更新贷款，希望对接银行')
  await expectNoHorizontalScroll(page)
  await page.getByTestId('demand-submit').click()
  await expect(page).toHaveURL(/\/demands\/[^/]+$/)
  const demandPath = new URL(page.url()).pathname
  await expect(status(page)).toHaveText('已提交')
  await expect(page.getByTestId('demand-category')).toHaveText('融资需求')
  await expect(page.getByTestId('demand-deadline')).toContainText('前受理')
  await expect(page.getByTestId('demand-action-withdraw')).toBeVisible()
  await expectNoHorizontalScroll(page)

  // --- the operator accepts it and assigns it to the institution
  const operatorPage = await newPage(browser, testInfo)
  await loginWithTotp(operatorPage, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await operatorPage.goto('/console/demands?status=SUBMITTED')
  await operatorPage.locator('.el-table__row', { hasText: title }).getByTestId('demand-row-link').click()
  await expect(operatorPage).toHaveURL(demandPath)
  let form = await openAction(operatorPage, 'accept')
  await submitDialog(operatorPage, form, '受理')
  await expect(status(operatorPage)).toHaveText('已受理')
  form = await openAction(operatorPage, 'assign')
  await form.getByTestId('demand-field-handler').click()
  await operatorPage.locator('.demand-handler-popper').getByText(setup.institution.name, { exact: true }).click()
  await submitDialog(operatorPage, form)
  await expect(status(operatorPage)).toHaveText('办理中')
  await expect(operatorPage.getByTestId('demand-handler')).toContainText(setup.institution.name)

  // --- the enterprise sits on its demand page with an empty inbox, its subscription open
  const requesterToken = await apiToken(request, requester.email, requester.password)
  await mutate(request, requesterToken, 'markNotificationsRead', 'MarkNotificationsReadInput', { all: true })
  const subscribed = new Promise<void>((resolve) => {
    page.on('websocket', (ws) =>
      ws.on('framesent', (frame) => {
        if (String(frame.payload).includes('notificationAdded')) resolve()
      }),
    )
  })
  await page.reload()
  await expect(status(page)).toHaveText('办理中')
  await subscribed
  await expect(page.getByTestId('inbox-badge').locator('sup')).toBeHidden()
  await page.evaluate(() => ((window as unknown as { sat: boolean }).sat = true))

  // --- the institution replies from its list
  const institutionPage = await newPage(browser, testInfo)
  await loginThroughUi(institutionPage, member.email, member.password)
  await institutionPage.goto('/institution/demands')
  await institutionPage.locator('.el-table__row', { hasText: title }).getByTestId('demand-row-link').click()
  await expect(institutionPage).toHaveURL(demandPath)
  form = await openAction(institutionPage, 'reply')
  await form.getByTestId('demand-field-reply').fill('已为您对接瓯江银行，客户经理将于三日内联系')
  await submitDialog(institutionPage, form, '答复')
  await expect(status(institutionPage)).toHaveText('已答复')
  await institutionPage.context().close()

  // --- the enterprise's page shows the reply's notification at once: no navigation, no reload
  await expect(page.getByTestId('inbox-badge').locator('sup')).toHaveText('1')
  const toast = page.locator('.inbox-toast')
  await expect(toast).toContainText('您的诉求已答复')
  expect(new URL(page.url()).pathname).toBe(demandPath)
  expect(await page.evaluate(() => (window as unknown as { sat?: boolean }).sat)).toBe(true)

  // --- the enterprise confirms it resolved and rates it
  await page.reload()
  await expect(status(page)).toHaveText('已答复')
  await expect(page.getByTestId('demand-reply')).toContainText('瓯江银行')
  form = await openAction(page, 'resolve')
  await submitDialog(page, form, '解决')
  await expect(status(page)).toHaveText('已解决')
  form = await openAction(page, 'evaluate')
  await form.getByTestId('demand-rate-overall').locator('.el-rate__item').nth(4).click()
  for (const d of ['timeliness', 'attitude', 'result']) {
    await form.getByTestId(`demand-rate-${d}`).locator('.el-rate__item').nth(3).click()
  }
  await form.getByTestId('demand-field-comment').fill('对接及时')
  await submitDialog(page, form, '评价')
  await expect(status(page)).toHaveText('已办结')
  await expect(page.getByTestId('demand-evaluation-comment')).toHaveText('对接及时')
  await expect(page.getByTestId('demand-step-title')).toHaveText(['提交诉求', '受理诉求', '交办诉求', '答复诉求', '确认已解决', '评价并办结'])

  // --- another demand (through the API) is not accepted; the enterprise reads why
  const second = await mutate(
    request,
    requesterToken,
    'submitDemand',
    'SubmitDemandInput',
    { enterpriseId: setup.enterprise.id, category: 'LEGAL', title: `合同纠纷${Date.now().toString(36)}`, description: '合同纠纷咨询' },
    'demand { id }',
  )
  const secondId = second.demand!.id
  await operatorPage.goto(`/demands/${secondId}`)
  form = await openAction(operatorPage, 'notAccept')
  await form.getByTestId('demand-field-explanation').fill('请一次性补充：合同文本、纠纷经过说明')
  await submitDialog(operatorPage, form, '不予受理')
  await expect(status(operatorPage)).toHaveText('不予受理')
  await operatorPage.context().close()

  await page.goto('/enterprise/demands?status=NOT_ACCEPTED')
  await page.locator('.el-table__row').first().getByTestId('demand-row-link').click()
  await expect(page).toHaveURL(`/demands/${secondId}`)
  await expect(status(page)).toHaveText('不予受理')
  await expect(page.getByTestId('demand-status-reason')).toContainText('合同文本、纠纷经过说明')
  await expect(page.locator('[data-testid^="demand-action-"]')).toHaveCount(0)
})
