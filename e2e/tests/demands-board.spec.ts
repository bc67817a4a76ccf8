import { expect, test, type Page } from '@playwright/test'
import { gql } from '../support/api'
import { advanceClock, serverNow, serverTotp } from '../support/clock'
import { engagementSetup, mutate } from '../support/engagements'
import { apiToken, hubAdminWithToken } from '../support/orgs'
import { loginWithTotp, openConsole } from '../support/ui'

/**
 * The operators' side of demands: a demand left unaccepted past its deadline comes first on
 * the supervision board once the clock has moved; the operator records a demand that came by
 * phone and assigns several demands together (the one not yet accepted is refused, with the
 * reason); the hub administrator changes a category's deadlines.
 */

const rowTitles = (page: Page) => page.getByTestId('demand-table').locator('.el-table__body .el-table__row').getByTestId('demand-row-link')

async function submitDemand(request: Parameters<typeof gql>[0], token: string, enterpriseId: string, title: string): Promise<string> {
  const created = await mutate(
    request,
    token,
    'submitDemand',
    'SubmitDemandInput',
    { enterpriseId, category: 'POLICY_CONSULTATION', title, description: '咨询研发费用加计扣除政策' },
    'demand { id }',
  )
  return created.demand!.id
}

test('the supervision board: overdue first, recording a phone demand, bulk assignment', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000)
  const setup = await engagementSetup(request, `${testInfo.project.name}监管`)
  const { requester, operator } = setup
  const suffix = Date.now().toString(36)
  const late = `逾期未受理的诉求${suffix}`
  const fresh = `新提交的诉求${suffix}`

  // --- a demand nobody accepts; the clock moves past its acceptance deadline; then a newer one
  let requesterToken = await apiToken(request, requester.email, requester.password)
  const lateId = await submitDemand(request, requesterToken, setup.enterprise.id, late)
  const found = await gql<{ node: { acceptDueAt: string } }>(request, 'query($id: ID!) { node(id: $id) { ... on Demand { acceptDueAt } } }', { id: lateId }, requesterToken)
  const due = new Date(found.node.acceptDueAt).getTime()
  await advanceClock(request, Math.ceil((due - (await serverNow(request)).getTime()) / 1000) + 120)
  requesterToken = await apiToken(request, requester.email, requester.password)
  const freshId = await submitDemand(request, requesterToken, setup.enterprise.id, fresh)

  // --- the operator's board: the overdue one first (tinted), though the other is newer
  await loginWithTotp(page, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await openConsole(page, 'nav-console-demands')
  await expect(page).toHaveURL(/\/console\/demands$/)
  await expect(rowTitles(page)).toHaveText([late, fresh])
  await expect(page.locator('.el-table__body .el-table__row').first()).toHaveClass(/row-overdue/)

  // --- the operator records a demand that came by phone
  await page.getByTestId('board-record').click()
  await expect(page).toHaveURL(/\/console\/demands\/record$/)
  await page.getByTestId('record-submit').click()
  await expect(page.locator('.el-form-item', { hasText: '来源渠道' }).locator('.el-form-item__error')).toHaveText('此项为必填项')
  await page.getByTestId('record-field-enterprise').click()
  await page.locator('.record-enterprise-popper').getByText(setup.enterprise.name, { exact: true }).click()
  await page.getByTestId('record-channel-PHONE').click()
  await page.getByTestId('demand-field-category').click()
  await page.locator('.demand-category-popper').getByText('法律服务', { exact: true }).click()
  const phoned = `电话反映的合同纠纷${suffix}`
  await page.getByTestId('demand-field-title').fill(phoned)
  await page.getByTestId('demand-field-description').fill('企业来电：供应商拖欠货款，咨询如何追讨')
  await page.getByTestId('record-submit').click()
  await expect(page).toHaveURL(/\/demands\/[^/]+$/)
  await expect(page.getByTestId('demand-title')).toHaveText(phoned)
  await expect(page.getByTestId('demand-summary')).toContainText('电话')

  // --- the board by channel: the recorded one only
  await page.goto('/console/demands?channel=PHONE')
  await expect(rowTitles(page)).toHaveText([phoned])

  // --- two demands accepted (through the API); the three assigned together: the recorded one,
  //     not accepted yet, is refused with the reason and stays as it was
  await advanceClock(request, 30) // the operator's code of the UI login cannot be used again
  const operatorToken = await apiToken(request, operator.email, operator.password, operator.secret)
  for (const demandId of [lateId, freshId]) await mutate(request, operatorToken, 'acceptDemand', 'DemandIdInput', { demandId })
  await page.goto('/console/demands')
  await expect(rowTitles(page)).toHaveText([phoned, fresh, late])
  for (const box of await page.locator('.el-table__body .el-table__row .el-checkbox').all()) await box.click()
  await page.getByTestId('board-bulk-assign').click()
  const dialog = page.getByTestId('bulk-assign-dialog')
  await expect(dialog.getByTestId('bulk-assign-count')).toContainText('已选 3 件诉求')
  await dialog.getByTestId('demand-field-handler').click()
  await page.locator('.demand-handler-popper').getByText(setup.institution.name, { exact: true }).click()
  await dialog.getByTestId('bulk-assign-note').fill('请一并办理')
  await dialog.getByTestId('bulk-assign-submit').click()
  await expect(dialog.getByTestId('bulk-assign-outcome')).toContainText('已交办 2 件，1 件未能交办')
  await expect(dialog.getByTestId('bulk-assign-refused-row')).toHaveText([`${phoned}：当前状态下不能执行此操作`])
  await dialog.getByTestId('bulk-assign-cancel').click()
  await page.goto('/console/demands?status=ASSIGNED')
  await expect(rowTitles(page)).toHaveText([fresh, late])
  await page.goto('/console/demands?status=SUBMITTED')
  await expect(rowTitles(page)).toHaveText([phoned])
})

test('the hub administrator changes a category’s deadlines', async ({ page, request }, testInfo) => {
  // Each project its own category, and the setting restored afterwards.
  const category = testInfo.project.name === 'mobile' ? 'MARKET' : 'TALENT'
  const label = category === 'MARKET' ? '市场开拓' : '人才需求'
  const admin = await hubAdminWithToken(request)
  const read = async () => {
    const data = await gql<{ demandCategorySettings: { category: string; acceptWorkingHours: number; replyWorkingDays: number }[] }>(
      request,
      '{ demandCategorySettings { category acceptWorkingHours replyWorkingDays } }',
      {},
      admin.token,
    )
    return data.demandCategorySettings.find((s) => s.category === category)!
  }
  const before = await read()
  const hours = before.acceptWorkingHours === 6 ? 7 : 6
  const days = before.replyWorkingDays === 9 ? 8 : 9
  await advanceClock(request, 30) // the next login needs a fresh code
  await loginWithTotp(page, admin.email, admin.password, () => serverTotp(request, admin.secret))
  try {
    await openConsole(page, 'nav-console-demand-settings')
    await expect(page).toHaveURL(/\/console\/demand-settings$/)
    const save = page.getByTestId(`demand-setting-save-${category}`)
    await expect(save).toBeDisabled()
    await page.getByTestId(`demand-setting-hours-${category}`).locator('input').fill(String(hours))
    await page.getByTestId(`demand-setting-days-${category}`).locator('input').fill(String(days))
    await page.getByTestId(`demand-setting-days-${category}`).locator('input').blur()
    await save.click()
    await expect(page.locator('.el-message')).toContainText(`已保存“${label}”的时限`)
    await expect(save).toBeDisabled()
    await page.reload()
    await expect(page.getByTestId(`demand-setting-hours-${category}`).locator('input')).toHaveValue(String(hours))
    await expect(page.getByTestId(`demand-setting-days-${category}`).locator('input')).toHaveValue(String(days))
    expect(await read()).toEqual({ category, acceptWorkingHours: hours, replyWorkingDays: days })
  } finally {
    await mutate(request, admin.token, 'setDemandCategorySetting', 'SetDemandCategorySettingInput', before)
  }
})
