import { expect, test } from '@playwright/test'
import { createVerifiedUser, PASSWORD, uniqueEmail } from '../support/api'
import { createHubAdmin } from '../support/admin'
import { serverTotp } from '../support/clock'
import { HUB_NAME, HUB_REGION } from '../support/orgs'
import { randomTotpSecret } from '../support/totp'
import { confirmMessageBox, fieldError, loginWithTotp, openConsole, pickCascader } from '../support/ui'

test('the hub admin builds the hub and a window platform and appoints its operators', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop only')
  const email = uniqueEmail('hubadmin')
  const secret = randomTotpSecret()
  await createHubAdmin(email, PASSWORD, '网络管理员', { totpSecret: secret })
  const first = await createVerifiedUser(request, { email: uniqueEmail('op1'), name: '运营小陈' })
  const second = await createVerifiedUser(request, { email: uniqueEmail('op2'), name: '运营小周' })
  const windowName = `温州市中小企业服务窗口${Date.now().toString(36)}`

  await loginWithTotp(page, email, PASSWORD, () => serverTotp(request, secret))
  await openConsole(page, 'nav-console-platforms')
  await expect(page).toHaveURL(/\/console\/platforms/)
  const tree = page.getByTestId('platform-tree')

  // The network starts with its hub (other stories of this run may have made it already).
  await expect(page.getByTestId('platforms-empty').or(tree)).toBeVisible()
  if (await page.getByTestId('platforms-empty').isVisible()) {
    await page.getByTestId('platforms-create-hub').click()
    await page.getByTestId('platform-name').fill(HUB_NAME)
    await pickCascader(page, 'platform-region', 'platform-region-cascader', [HUB_REGION.name], { strictly: true })
    await page.getByTestId('platform-save').click()
    await expect(page.getByTestId('platform-dialog')).toBeHidden()
  }
  const hubNode = tree.locator('.el-tree-node__content', { hasText: '枢纽' }).first()
  await expect(hubNode).toContainText(HUB_REGION.name)
  await hubNode.click()
  await expect(page.getByTestId('platform-detail-region')).toHaveText(HUB_REGION.name)

  // A window platform must lie inside the hub's province.
  await page.getByTestId('platform-add-window').click()
  const dialog = page.getByTestId('platform-dialog')
  await expect(dialog).toContainText('须位于上级平台所在地区（浙江省）之内')
  await page.getByTestId('platform-name').fill(windowName)
  await pickCascader(page, 'platform-region', 'platform-region-cascader', ['江苏省', '苏州市'], { strictly: true })
  await page.getByTestId('platform-save').click()
  await expect(fieldError(page, 'platform-region')).toHaveText('窗口平台的区域必须位于上级平台的区域之内')
  await pickCascader(page, 'platform-region', 'platform-region-cascader', ['浙江省', '温州市'], { strictly: true })
  await expect(fieldError(page, 'platform-region')).toHaveCount(0)
  await page.getByTestId('platform-save').click()
  await expect(dialog).toBeHidden()

  const windowNode = tree.locator('.el-tree-node__content', { hasText: windowName })
  await expect(windowNode).toContainText('窗口')
  await expect(windowNode).toContainText('温州市')
  await expect(page.getByTestId('platform-detail-name')).toHaveText(windowName)
  await expect(page.getByTestId('platform-detail-region')).toHaveText('浙江省温州市')
  await expect(page).toHaveURL(/id=/)

  // Operators: only registered people can be appointed.
  const operators = page.getByTestId('platform-operators')
  await page.getByTestId('platform-appoint-email').fill(uniqueEmail('nobody'))
  await page.getByTestId('platform-appoint').click()
  await expect(fieldError(page, 'platform-appoint-email')).toHaveText('没有使用此邮箱注册的账号，请对方先注册并验证邮箱')
  await page.getByTestId('platform-appoint-email').fill(first.email)
  await page.getByTestId('platform-appoint').click()
  await expect(operators).toContainText(first.email)
  await page.getByTestId('platform-appoint-email').fill(second.email)
  await page.getByTestId('platform-appoint').click()
  await expect(operators).toContainText(second.email)

  // Removing one is confirmed first.
  await operators.locator('.el-table__row', { hasText: second.email }).getByTestId('platform-operator-remove').click()
  await confirmMessageBox(page, '运营小周')
  await expect(operators).not.toContainText(second.email)

  // The chosen platform stays in the URL.
  await page.reload()
  await expect(page.getByTestId('platform-detail-name')).toHaveText(windowName)
  await expect(operators).toContainText(first.email)
  await expect(operators).not.toContainText(second.email)
})
