import { expect, test } from '@playwright/test'
import { createVerifiedUser, uniqueEmail } from '../support/api'
import { linkPath, waitForMail } from '../support/mail'
import { apiToken, createEnterprise, ensureHub, hubAdminWithToken, randomCreditCode } from '../support/orgs'
import { confirmMessageBox, loginThroughUi, newPage } from '../support/ui'

test('an enterprise admin invites a colleague, who accepts through the mailed link and becomes admin', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop only')
  // An enterprise recorded through the API (the wizard has its own story).
  const admin = await hubAdminWithToken(request)
  await ensureHub(request, admin.token)
  const owner = await createVerifiedUser(request, { email: uniqueEmail('owner'), name: '李总' })
  const name = `西湖数智科技有限公司${Date.now().toString(36)}`
  await createEnterprise(request, await apiToken(request, owner.email), {
    creditCode: randomCreditCode('330106'),
    name,
    regionCode: '330106',
    industryCode: '65',
    employees: 12,
    contactName: '李总',
    contactPhone: '13900001111',
  })
  const colleagueEmail = uniqueEmail('colleague')

  await loginThroughUi(page, owner.email, owner.password)
  await page.goto('/enterprise?tab=members')
  const members = page.getByTestId('members-table')
  const ownerRow = members.locator('.el-table__row', { hasText: owner.email })
  await expect(ownerRow.getByTestId('member-role')).toHaveText('管理员')

  // The only admin cannot step down: the page says how to hand the role over.
  await ownerRow.getByTestId('member-remove-admin').click()
  await confirmMessageBox(page, '卸任')
  await expect(page.getByTestId('members-error')).toContainText('企业至少需要一名管理员')
  await expect(ownerRow.getByTestId('member-role')).toHaveText('管理员')

  // Invite a colleague who has no account yet.
  await page.getByTestId('members-invite').click()
  await page.getByTestId('invite-send').click()
  await expect(page.locator('.el-form-item', { has: page.getByTestId('invite-email') }).locator('.el-form-item__error')).toHaveText(
    '此项为必填项',
  )
  await page.getByTestId('invite-email').fill(colleagueEmail)
  await page.getByTestId('invite-send').click()
  await expect(page.getByTestId('invite-dialog')).toBeHidden()
  await expect(page.getByTestId('invitations-table')).toContainText(colleagueEmail)

  // The colleague signs up, opens the mailed link, logs in and is back on the invitation.
  const colleague = await createVerifiedUser(request, { email: colleagueEmail, name: '赵工' })
  const mail = await waitForMail({ to: colleagueEmail, subject: '邀请' })
  expect(mail.text).toContain(name)
  const link = linkPath(mail)
  expect(link).toMatch(/^\/invitations\/accept\?token=/)

  const other = await newPage(browser, testInfo)
  try {
    await other.goto(link)
    await expect(other).toHaveURL(/\/login\?redirect=/)
    await other.getByTestId('login-email').fill(colleague.email)
    await other.getByTestId('login-password').fill(colleague.password)
    await other.getByTestId('login-submit').click()
    await expect(other).toHaveURL(/\/invitations\/accept\?token=/)
    await expect(other.getByTestId('invitation-joined')).toContainText(`已加入 ${name}`)
    await other.getByTestId('invitation-open').click()
    await expect(other.getByTestId('enterprise-title')).toHaveText(name)
    // A member, not an admin: no editing.
    await expect(other.getByTestId('enterprise-edit')).toHaveCount(0)

    // A used link does not work twice.
    await other.goto(link)
    await expect(other.getByTestId('invitation-error')).toHaveText('链接无效或已使用')
  } finally {
    await other.context().close()
  }

  // The admin sees the new member; the invitation is no longer pending.
  await page.reload()
  const colleagueRow = members.locator('.el-table__row', { hasText: colleagueEmail })
  await expect(colleagueRow).toContainText('赵工')
  await expect(colleagueRow.getByTestId('member-role')).toHaveText('成员')
  await expect(page.getByTestId('invitations-table')).not.toContainText(colleagueEmail)

  // Hand the admin role over: make the colleague admin, then step down.
  await colleagueRow.getByTestId('member-make-admin').click()
  await confirmMessageBox(page, '赵工')
  await expect(colleagueRow.getByTestId('member-role')).toHaveText('管理员')
  await ownerRow.getByTestId('member-remove-admin').click()
  await confirmMessageBox(page, '卸任')
  await expect(ownerRow.getByTestId('member-role')).toHaveText('成员')
  await expect(page.getByTestId('members-invite')).toHaveCount(0)
})
