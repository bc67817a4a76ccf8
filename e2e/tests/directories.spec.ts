import { expect, test, type Page } from '@playwright/test'
import { createVerifiedUser, PASSWORD, uniqueEmail } from '../support/api'
import { activeInstitution, addExpert, retireExpert, verifiedEnterprise } from '../support/directory'
import { apiToken, windowWithOperator } from '../support/orgs'
import { expectNoHorizontalScroll, navigate, pickCascader } from '../support/ui'

/** Chooses an option of an Element Plus select (its popper-class names the dropdown). */
async function pickOption(page: Page, testid: string, popper: string, label: string): Promise<void> {
  await page.getByTestId(testid).click()
  const dropdown = page.locator(`.el-popper.${popper}`)
  await expect(dropdown).toBeVisible()
  await dropdown.locator('.el-select-dropdown__item', { hasText: new RegExp(`^${label}$`) }).click()
  await expect(dropdown).toBeHidden()
}

test('a visitor finds enterprises, institutions and experts in the public directories', async ({ page, request }, testInfo) => {
  const suffix = `${testInfo.project.name}${Date.now().toString(36)}`
  // A window platform of its own, with a verified enterprise, an active institution and experts.
  const { window, county, operator } = await windowWithOperator(request, testInfo.project.name)
  const operatorToken = await apiToken(request, operator.email, operator.password, operator.secret)
  const owner = await createVerifiedUser(request, { email: uniqueEmail('owner'), name: '钱经理' })
  const ownerToken = await apiToken(request, owner.email, PASSWORD)
  const enterpriseName = `${county.names[2]}名录测试科技有限公司${suffix}`
  await verifiedEnterprise(request, ownerToken, operatorToken, {
    name: enterpriseName,
    regionCode: county.code,
    industryCode: '65',
    scale: 'SMALL',
    tags: ['专精特新'],
  })
  const institutionName = `${county.names[2]}名录律师事务所${suffix}`
  await activeInstitution(request, ownerToken, operatorToken, {
    name: institutionName,
    regionCode: county.code,
    serviceDomains: ['LEGAL', 'MANAGEMENT_CONSULTING'],
    description: '为中小企业提供合同审查、股权架构与劳动用工法律服务。',
  })
  const organisation = `名录大学${suffix}`
  await addExpert(request, operatorToken, {
    name: `孙教授${suffix}`,
    expertise: ['知识产权', '技术转移'],
    regionCode: county.code,
    title: '教授',
    organisation,
  })
  const retired = await addExpert(request, operatorToken, {
    name: `已出库专家${suffix}`,
    expertise: ['融资'],
    regionCode: county.code,
    organisation,
  })
  await retireExpert(request, operatorToken, retired.id, '本人申请退出')

  // --- an anonymous visitor opens the directories from the navigation
  await page.goto('/')
  await navigate(page, 'nav-directories')
  await expect(page).toHaveURL(/\/directory\/enterprises$/)
  await expect(page.getByRole('tab', { name: '企业名录' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('directory-results').or(page.getByTestId('directory-empty'))).toBeVisible()
  await expectNoHorizontalScroll(page)

  // Enterprises: by name, then narrowed by tag and scale (the filters live in the URL).
  const cards = page.getByTestId('directory-enterprise-card')
  await page.getByTestId('directory-search').fill(enterpriseName)
  await page.getByTestId('directory-search-submit').click()
  await expect(page).toHaveURL(/q=/)
  await expect(cards).toHaveCount(1)
  await expect(cards.getByTestId('directory-card-name')).toHaveText(enterpriseName)
  await expect(cards.getByTestId('directory-card-region')).toHaveText(county.names.join(''))
  await expect(cards.getByTestId('directory-card-scale')).toHaveText('小型')
  await expect(cards.getByTestId('directory-card-tag')).toHaveText('专精特新')
  await expect(cards).toContainText('软件和信息技术服务业')
  await expect(cards).toContainText(window.name)
  await expect(page.getByTestId('directory-total')).toHaveText('共 1 家企业')

  await pickOption(page, 'directory-tag', 'directory-tag-select', '高新技术企业')
  await expect(page).toHaveURL(/tag=/)
  await expect(page.getByTestId('directory-empty')).toContainText('没有符合条件的企业')
  await expect(cards).toHaveCount(0)
  await pickOption(page, 'directory-tag', 'directory-tag-select', '专精特新')
  await expect(cards).toHaveCount(1)
  await pickOption(page, 'directory-scale', 'directory-scale-select', '中型')
  await expect(page.getByTestId('directory-empty')).toBeVisible()
  await pickOption(page, 'directory-scale', 'directory-scale-select', '小型')
  await expect(cards).toHaveCount(1)
  await pickCascader(page, 'directory-region', 'directory-region-cascader', county.names.slice(0, 2), { strictly: true })
  await expect(page).toHaveURL(/region=/)
  await expect(cards).toHaveCount(1)
  // A whole section (门类) stands for its divisions (the enterprise is in 65, under I).
  await pickCascader(page, 'directory-industry', 'directory-industry-cascader', ['信息传输、软件和信息技术服务业'], { strictly: true })
  await expect(page).toHaveURL(/industry=I/)
  await expect(cards).toHaveCount(1)
  await expectNoHorizontalScroll(page)

  // A shared link (or a reload) shows the same list with the same filters.
  await page.reload()
  await expect(cards).toHaveCount(1)
  await expect(page.getByTestId('directory-search')).toHaveValue(enterpriseName)
  await expect(page.getByTestId('directory-scale')).toContainText('小型')
  await expect(page.getByTestId('directory-region').locator('input')).toHaveValue(county.names.slice(0, 2).join(' / '))
  await pickCascader(page, 'directory-industry', 'directory-industry-cascader', ['制造业'], { strictly: true })
  await expect(page.getByTestId('directory-empty')).toBeVisible()
  await page.getByTestId('directory-clear').click()
  await expect(page).toHaveURL(/\/directory\/enterprises$/)
  await expect(page.getByTestId('directory-search')).toHaveValue('')
  await expect(cards.first()).toBeVisible()

  // Institutions: by name and service domain; no score until it has served someone.
  await page.getByRole('tab', { name: '服务机构' }).click()
  await expect(page).toHaveURL(/\/directory\/institutions$/)
  const institutions = page.getByTestId('directory-institution-card')
  await page.getByTestId('directory-search').fill(institutionName)
  await page.getByTestId('directory-search').press('Enter')
  await expect(institutions).toHaveCount(1)
  await expect(institutions.getByTestId('directory-card-name')).toHaveText(institutionName)
  await expect(institutions.getByTestId('directory-card-domain')).toHaveText(['法律', '管理咨询'])
  await expect(institutions.getByTestId('directory-card-score')).toHaveText('暂无评分')
  await expect(institutions.getByTestId('directory-card-contact')).toContainText('13912345678')
  await expect(institutions).toContainText('合同审查')
  await pickOption(page, 'directory-domain', 'directory-domain-select', '融资')
  await expect(page).toHaveURL(/domain=FINANCING/)
  await expect(page.getByTestId('directory-empty')).toContainText('没有符合条件的服务机构')
  await pickOption(page, 'directory-domain', 'directory-domain-select', '法律')
  await expect(institutions).toHaveCount(1)
  await pickCascader(page, 'directory-region', 'directory-region-cascader', county.names, { strictly: true })
  await expect(institutions).toHaveCount(1)
  await expectNoHorizontalScroll(page)

  // Experts: found by organisation; a retired expert is not listed.
  await page.getByRole('tab', { name: '专家' }).click()
  await expect(page).toHaveURL(/\/directory\/experts$/)
  const experts = page.getByTestId('directory-expert-card')
  await page.getByTestId('directory-search').fill(organisation)
  await page.getByTestId('directory-search-submit').click()
  await expect(experts).toHaveCount(1)
  await expect(experts.getByTestId('directory-card-name')).toHaveText(`孙教授${suffix}`)
  await expect(experts.getByTestId('directory-card-subtitle')).toHaveText(`教授 · ${organisation}`)
  await expect(experts.getByTestId('directory-card-expertise')).toHaveText(['技术转移', '知识产权'])
  await expect(page.getByTestId('directory-total')).toHaveText('共 1 位专家')
  await page.getByTestId('directory-search').fill(`已出库专家${suffix}`)
  await page.getByTestId('directory-search-submit').click()
  await expect(page.getByTestId('directory-empty')).toContainText('没有符合条件的专家')
  await expectNoHorizontalScroll(page)

  // The navigation entry stays lit on every tab (desktop) and leads back to the first tab.
  if (!(page.viewportSize()!.width < 768)) {
    await expect(page.getByTestId('nav-directories')).toHaveClass(/is-active/)
  }
  await navigate(page, 'nav-directories')
  await expect(page).toHaveURL(/\/directory\/enterprises$/)
})
