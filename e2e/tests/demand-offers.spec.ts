import { expect, test, type Locator, type Page } from '@playwright/test'
import { serverTotp } from '../support/clock'
import { engagementSetup, mutate } from '../support/engagements'
import { apiToken } from '../support/orgs'
import { confirmMessageBox, expectNoHorizontalScroll, loginThroughUi, loginWithTotp, newPage } from '../support/ui'

/**
 * Offers (征集承接): the operator opens an accepted demand for offers; a member of an
 * institution serving the platform finds it under "可承接的诉求" without the enterprise's
 * contact and offers to take it; the enterprise picks the offer on its demand page; the
 * institution now handles the demand, the contact included.
 */

async function openAction(page: Page, action: string): Promise<Locator> {
  await page.getByTestId(`demand-action-${action}`).click()
  const dialog = page.getByTestId(`demand-dialog-${action}`)
  await expect(dialog).toBeVisible()
  return dialog
}

const status = (page: Page) => page.locator('.heading').getByTestId('demand-status')
const PHONE = '13800001234'

test('an accepted demand is opened for offers, an institution offers and the enterprise picks it', async ({ page, request, browser }, testInfo) => {
  test.setTimeout(180_000)
  const setup = await engagementSetup(request, `${testInfo.project.name}征集`)
  const { requester, member, operator } = setup
  const requesterToken = await apiToken(request, requester.email, requester.password)
  const title = `数字化改造方案${Date.now().toString(36)}`
  const submitted = await mutate(
    request,
    requesterToken,
    'submitDemand',
    'SubmitDemandInput',
    {
      enterpriseId: setup.enterprise.id,
      category: 'TECHNOLOGY',
      title,
      description: '希望引入生产线数字化改造服务',
      contactName: '王经理',
      contactPhone: PHONE,
    },
    'demand { id }',
  )
  const demandPath = `/demands/${submitted.demand!.id}`

  // --- the operator accepts it and opens it for offers
  const operatorPage = await newPage(browser, testInfo)
  await loginWithTotp(operatorPage, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await operatorPage.goto(demandPath)
  let form = await openAction(operatorPage, 'accept')
  await form.getByTestId('demand-form-submit').click()
  await confirmMessageBox(operatorPage, '受理')
  await expect(status(operatorPage)).toHaveText('已受理')
  form = await openAction(operatorPage, 'openForOffers')
  await form.getByTestId('demand-field-note').fill('欢迎有数字化改造经验的机构申请')
  await form.getByTestId('demand-form-submit').click()
  await confirmMessageBox(operatorPage, '开放承接')
  await expect(status(operatorPage)).toHaveText('征集承接')
  await expect(operatorPage.getByTestId('demand-offers-empty')).toBeVisible()
  await expect(operatorPage.getByTestId('demand-action-closeOffers')).toBeVisible()

  // --- the institution's member finds it from the menu, without the contact, and offers
  const institutionPage = await newPage(browser, testInfo)
  await loginThroughUi(institutionPage, member.email, member.password)
  await institutionPage.getByTestId('user-menu').click()
  await institutionPage.getByTestId('menu-open-demands').click()
  await expect(institutionPage).toHaveURL(/\/institution\/offers$/)
  const row = institutionPage.getByTestId('open-demand').filter({ hasText: title })
  await expect(row).toBeVisible()
  await expect(row.getByTestId('open-demand-enterprise')).toHaveText(setup.enterprise.name)
  await expectNoHorizontalScroll(institutionPage)
  await row.getByTestId('open-demand-title').click()
  await expect(institutionPage).toHaveURL(demandPath)
  await expect(status(institutionPage)).toHaveText('征集承接')
  await expect(institutionPage.getByTestId('demand-offers')).toContainText('企业的联系方式将在选定承接机构后提供给承接机构')
  await expect(institutionPage.getByTestId('demand-contact')).toHaveCount(0)
  await expect(institutionPage.locator('body')).not.toContainText(PHONE)
  await institutionPage.goBack()
  await row.getByTestId('open-demand-offer').click()
  const dialog = institutionPage.getByTestId('offer-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('offer-field-proposal').fill('派驻两名工程师，两周内完成产线诊断并出具改造方案')
  await dialog.getByTestId('offer-form-submit').click()
  await expect(dialog).toBeHidden()
  await expect(row.getByTestId('open-demand-my-offer')).toHaveText('待选择')
  await expect(row.getByTestId('open-demand-offer')).toHaveCount(0)

  // --- the enterprise picks the offer on its demand page
  await loginThroughUi(page, requester.email, requester.password)
  await page.goto(demandPath)
  await expect(status(page)).toHaveText('征集承接')
  const offer = page.getByTestId('demand-offer').filter({ hasText: setup.institution.name })
  await expect(offer.getByTestId('demand-offer-proposal')).toContainText('两周内完成产线诊断')
  await expect(offer.getByTestId('demand-offer-status')).toHaveText('待选择')
  await offer.getByTestId('demand-offer-pick').click()
  await confirmMessageBox(page, setup.institution.name)
  await expect(status(page)).toHaveText('办理中')
  await expect(page.getByTestId('demand-handler')).toContainText(setup.institution.name)
  await expect(offer.getByTestId('demand-offer-status')).toHaveText('已选中')
  await expect(page.getByTestId('demand-offer-pick')).toHaveCount(0)
  await expect(page.getByTestId('demand-step-title')).toHaveText(['提交诉求', '受理诉求', '征集承接', '选定承接机构'])

  // --- the institution now handles it: in its list, with the contact and the reply action
  await institutionPage.goto('/institution/demands')
  await institutionPage.locator('.el-table__row', { hasText: title }).getByTestId('demand-row-link').click()
  await expect(institutionPage).toHaveURL(demandPath)
  await expect(status(institutionPage)).toHaveText('办理中')
  await expect(institutionPage.getByTestId('demand-contact')).toContainText(PHONE)
  await expect(institutionPage.getByTestId('demand-my-offer-status')).toHaveText('已选中')
  await expect(institutionPage.getByTestId('demand-action-reply')).toBeVisible()
  await institutionPage.goto('/institution/offers')
  await expect(institutionPage.getByTestId('open-demand').filter({ hasText: title })).toHaveCount(0)
  await institutionPage.context().close()
  await operatorPage.context().close()
})
