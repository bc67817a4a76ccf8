import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { createVerifiedUser, gql, uniqueEmail } from '../support/api'
import { advanceClock, serverTotp } from '../support/clock'
import { activeInstitution } from '../support/directory'
import { pngFile } from '../support/files'
import { apiToken, windowWithOperator, type WindowSetup } from '../support/orgs'
import {
  confirmMessageBox,
  expectNoHorizontalScroll,
  fieldError,
  loginThroughUi,
  loginWithTotp,
  navigate,
  newPage,
  openConsole,
  pickCascader,
} from '../support/ui'

/**
 * The service supermarket (服务超市): an admitted institution publishes a product, the operator
 * of its window platform reviews it, and anyone finds it by filters.
 */

interface Setup extends WindowSetup {
  member: { email: string; password: string }
  institution: { id: string; name: string }
}

/** A window platform with its operator, and an institution admitted there (through the API). */
async function institutionSetup(request: APIRequestContext, label: string): Promise<Setup> {
  const setup = await windowWithOperator(request, label)
  const member = await createVerifiedUser(request, { email: uniqueEmail('catalog'), name: '赵律师' })
  const memberToken = await apiToken(request, member.email, member.password)
  const operatorToken = await apiToken(request, setup.operator.email, setup.operator.password, setup.operator.secret)
  const name = `${setup.county.names[2]}知识产权服务中心${Date.now().toString(36)}`
  const institution = await activeInstitution(request, memberToken, operatorToken, {
    name,
    regionCode: setup.county.code,
    serviceDomains: ['LEGAL', 'TECHNOLOGY'],
    description: '知识产权与法律咨询',
  })
  // The operator's code was just used: the next UI login needs the next time step.
  await advanceClock(request, 30)
  return { ...setup, member, institution: { id: institution.id, name } }
}

/** My institution's products, from the user menu and the institution page. */
async function openMyProducts(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await expect(page.getByTestId('nav-institution')).toBeVisible()
  await page.getByTestId('nav-institution').click()
  await expect(page.getByTestId('institution-detail')).toBeVisible()
  await page.getByTestId('institution-products-link').click()
  await expect(page).toHaveURL(/\/institution\/products/)
}

/** The operator of the window platform opens a product in the console's review drawer. */
async function openInConsole(page: Page, request: APIRequestContext, setup: Setup, name: string) {
  const { operator } = setup
  await loginWithTotp(page, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await openConsole(page, 'nav-console-products')
  await expect(page).toHaveURL(/\/console\/products/)
  await expect(page.getByTestId('product-review-filter-PENDING')).toHaveClass(/is-active/)
  const row = page.locator('.el-table__row', { hasText: name })
  await expect(row).toBeVisible()
  await row.getByTestId('product-review-open').click()
  const drawer = page.getByTestId('product-review-drawer')
  await expect(drawer).toBeVisible()
  await expect(drawer.getByTestId('product-detail')).toBeVisible()
  return drawer
}

async function chooseOption(page: Page, testid: string, popper: string, label: string): Promise<void> {
  await page.getByTestId(testid).click()
  const options = page.locator(`.el-select__popper.${popper}`)
  await expect(options).toBeVisible()
  await options.locator('.el-select-dropdown__item', { hasText: new RegExp(`^${label}$`) }).click()
  await expect(options).toBeHidden()
}

test('an institution publishes a product with an image, the operator approves it, and a visitor finds it by filter', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const setup = await institutionSetup(request, `${testInfo.project.name}超市`)
  const { county, member } = setup
  const productName = `${county.names[1]}企业知识产权线上咨询${Date.now().toString(36)}`

  // --- the institution drafts a product
  await loginThroughUi(page, member.email, member.password)
  await openMyProducts(page)
  await expect(page.getByTestId('products-empty')).toBeVisible()
  await page.getByTestId('product-new').click()
  const editor = page.getByTestId('product-editor')
  await expect(editor).toBeVisible()
  await expect(editor).toContainText('服务范围+服务领域+服务形式')

  // Nothing filled in: the form says what is missing, nothing is sent.
  await page.getByTestId('product-save').click()
  await expect(fieldError(page, 'product-name')).toHaveText('此项为必填项')
  await expect(fieldError(page, 'product-steps-editor')).toHaveText('请填写每个服务流程步骤（至少一步）')
  await expect(fieldError(page, 'product-areas-input')).toHaveText('请至少选择一个服务区域')

  await page.getByTestId('product-name').fill(productName)
  await chooseOption(page, 'product-category-select', 'product-category-popper', '法律')
  await page.getByTestId('product-description-input').fill('为中小企业提供商标、专利申请与维权的线上咨询。')

  // The process: three steps, the last one moved up.
  await page.getByTestId('product-step-0').fill('提交咨询需求')
  await page.getByTestId('product-step-add').click()
  await page.getByTestId('product-step-1').fill('出具咨询意见')
  await page.getByTestId('product-step-add').click()
  await page.getByTestId('product-step-2').fill('需求调查')
  await page.getByTestId('product-step-up-2').click()
  await expect(page.getByTestId('product-step-1')).toHaveValue('需求调查')
  await expect(page.getByTestId('product-step-2')).toHaveValue('出具咨询意见')

  // A fee: a price of 800 yuan (a wrong amount is caught first).
  await page.getByTestId('product-pricing-FIXED').click()
  await page.getByTestId('product-price-input').fill('8.001')
  await page.getByTestId('product-nature-VALUE_ADDED').click()
  await page.getByTestId('product-form-ONLINE').click()
  await page.getByTestId('product-scale-SMALL').click()
  await page.getByTestId('product-scale-MICRO').click()

  // Service area: the whole city of the institution.
  await page.getByTestId('product-areas-input').click()
  const areas = page.locator('.product-areas-cascader')
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

  await page.getByTestId('product-contact-name').fill('赵律师')
  await page.getByTestId('product-contact-phone').fill('0577-88886666')
  await page.getByTestId('product-images-input').setInputFiles(pngFile('咨询服务.png'))
  await expect(page.getByTestId('product-images-file')).toHaveText('咨询服务.png')
  await expectNoHorizontalScroll(page)

  await page.getByTestId('product-save').click()
  await expect(fieldError(page, 'product-price-input')).toHaveText('请输入有效金额（最多两位小数）')
  await page.getByTestId('product-price-input').fill('800')
  await page.getByTestId('product-save').click()
  await expect(editor).toBeHidden()

  const mine = page.getByTestId('my-product').filter({ hasText: productName })
  await expect(mine.getByTestId('product-status')).toHaveText('草稿')
  await expect(mine).toContainText('¥800')
  await mine.getByTestId('my-product-submit').click()
  await confirmMessageBox(page, productName)
  await expect(mine.getByTestId('product-status')).toHaveText('待审核')
  await expect(mine.getByTestId('my-product-edit')).toHaveCount(0)
  await expectNoHorizontalScroll(page)

  // --- the operator of the window platform approves it
  const operatorPage = await newPage(browser, testInfo)
  const drawer = await openInConsole(operatorPage, request, setup, productName)
  await expect(drawer.getByTestId('product-price')).toHaveText('¥800')
  await expect(drawer.getByTestId('product-step')).toHaveText(['提交咨询需求', '需求调查', '出具咨询意见'])
  await expect(drawer.getByTestId('product-scales')).toHaveText('小型、微型')
  await expect(drawer.getByTestId('product-image')).toHaveCount(1)
  await expect(drawer.getByTestId('product-history')).toContainText('提交审核')
  await expectNoHorizontalScroll(operatorPage)
  await operatorPage.getByTestId('product-review-approve').click()
  await confirmMessageBox(operatorPage, productName)
  await expect(drawer.getByTestId('product-status')).toHaveText('已上架')
  await expect(operatorPage.getByTestId('product-review-approve')).toHaveCount(0)
  await operatorPage.context().close()

  // The institution sees it published, with a link to the supermarket.
  await page.reload()
  await expect(mine.getByTestId('product-status')).toHaveText('已上架')
  await expect(mine.getByTestId('my-product-public')).toBeVisible()

  // --- an anonymous visitor finds it in the supermarket by filters
  const visitor = await newPage(browser, testInfo)
  await visitor.goto('/')
  await navigate(visitor, 'nav-services')
  await expect(visitor).toHaveURL(/\/services$/)
  await expectNoHorizontalScroll(visitor)

  await chooseOption(visitor, 'services-category', 'services-category-select', '法律')
  await expect(visitor).toHaveURL(/category=LEGAL/)
  await pickCascader(visitor, 'services-region', 'services-region-cascader', county.names, { strictly: true })
  await expect(visitor).toHaveURL(new RegExp(`region=${county.code}`))
  await chooseOption(visitor, 'services-pricing', 'services-pricing-select', '收费')
  await chooseOption(visitor, 'services-scale', 'services-scale-select', '小型')
  await expect(visitor).toHaveURL(/pricing=FEE/)
  const card = visitor.getByTestId('product-card').filter({ hasText: productName })
  await expect(card).toBeVisible()
  await expect(card.getByTestId('product-card-price')).toHaveText('¥800')
  await expect(card.getByTestId('product-card-institution')).toContainText(setup.institution.name)
  await expectNoHorizontalScroll(visitor)

  // Another filter leaves it out: it is not free.
  await chooseOption(visitor, 'services-pricing', 'services-pricing-select', '免费')
  await expect(visitor).toHaveURL(/pricing=FREE/)
  await expect(visitor.getByTestId('product-card').filter({ hasText: productName })).toHaveCount(0)

  // Its name, with the filters kept in the URL after a reload.
  await visitor.goto(`/services?q=${encodeURIComponent(productName)}&form=ONLINE`)
  await expect(visitor.getByTestId('services-search')).toHaveValue(productName)
  await expect(visitor.getByTestId('directory-total')).toHaveText('共 1 个服务产品')
  await visitor.getByTestId('product-card-link').click()

  // --- the product page
  await expect(visitor).toHaveURL(/\/services\/[^/?]+$/)
  await expect(visitor.getByTestId('product-title')).toHaveText(productName)
  await expect(visitor.getByTestId('product-summary-price')).toHaveText('¥800')
  await expect(visitor.getByTestId('product-category')).toHaveText('法律')
  await expect(visitor.getByTestId('product-nature')).toHaveText('增值性')
  await expect(visitor.getByTestId('product-form')).toHaveText('线上')
  await expect(visitor.getByTestId('product-areas')).toContainText(county.names[1])
  await expect(visitor.getByTestId('product-contact')).toContainText('赵律师')
  await expect(visitor.getByTestId('product-step')).toHaveText(['提交咨询需求', '需求调查', '出具咨询意见'])
  await expect(visitor.getByTestId('product-institution-name')).toHaveText(setup.institution.name)
  await expect(visitor.getByTestId('institution-score')).toBeVisible()
  await expect(visitor.getByTestId('product-no-ratings')).toContainText('暂无评价')
  // A listed product's images are public: the visitor's browser loads them unsigned in.
  const image = visitor.getByTestId('product-image').locator('img')
  await expect(image).toHaveCount(1)
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  await expectNoHorizontalScroll(visitor)

  // Nothing matches: the empty state offers to clear the filters.
  await visitor.goto('/services?q=不存在的服务产品名称zzz')
  await expect(visitor.getByTestId('directory-empty')).toBeVisible()
  await visitor.getByTestId('directory-clear').click()
  await expect(visitor).toHaveURL(/\/services$/)

  // --- the institution takes it off the shelf: the supermarket no longer lists it
  await page.reload()
  await mine.getByTestId('my-product-offline').click()
  await confirmMessageBox(page, productName)
  await expect(mine.getByTestId('product-status')).toHaveText('已下架')
  await expect(mine.getByTestId('my-product-public')).toHaveCount(0)
  await visitor.goto(`/services?q=${encodeURIComponent(productName)}`)
  await expect(visitor.getByTestId('directory-empty')).toBeVisible()
  await visitor.context().close()
})

const CREATE = `mutation Create($input: CreateServiceProductInput!) {
  createServiceProduct(input: $input) { product { id } errors { field code message } }
}`
const SUBMIT = `mutation Submit($input: ServiceProductIdInput!) {
  submitServiceProduct(input: $input) { product { id status } errors { field code message } }
}`

test('the operator rejects a product with a reason; the institution sees it, edits and submits it again', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const setup = await institutionSetup(request, `${testInfo.project.name}驳回`)
  const { member, county } = setup
  const productName = `${county.names[2]}人才招聘对接服务${Date.now().toString(36)}`

  // A product drafted and submitted through the API.
  const token = await apiToken(request, member.email, member.password)
  const { createServiceProduct } = await gql<{ createServiceProduct: { product: { id: string } | null; errors: unknown[] } }>(
    request,
    CREATE,
    {
      input: {
        institutionId: setup.institution.id,
        product: {
          name: productName,
          category: 'TALENT',
          description: '人才招聘与岗位对接',
          processSteps: ['需求登记', '人才推荐'],
          pricing: 'RANGE',
          priceMin: '1000',
          priceMax: '5000',
          nature: 'VALUE_ADDED',
          form: 'OFFLINE',
          contactName: '赵律师',
          contactPhone: '13912345678',
          serviceAreas: [county.code],
        },
      },
    },
    token,
  )
  expect(createServiceProduct.errors).toEqual([])
  const productId = createServiceProduct.product!.id
  const { submitServiceProduct } = await gql<{ submitServiceProduct: { errors: unknown[] } }>(
    request,
    SUBMIT,
    { input: { productId } },
    token,
  )
  expect(submitServiceProduct.errors).toEqual([])

  // --- the operator rejects it, with a reason
  const drawer = await openInConsole(page, request, setup, productName)
  await expect(drawer.getByTestId('product-price')).toHaveText('¥1,000 – ¥5,000')
  await page.getByTestId('product-review-reject').click()
  const dialog = page.getByTestId('product-reason-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('product-reason-submit').click()
  await expect(fieldError(page, 'product-reason-input')).toHaveText('请填写原因')
  const reason = '价格区间过宽，请写明各档服务的具体内容'
  await page.getByTestId('product-reason-input').fill(reason)
  await page.getByTestId('product-reason-submit').click()
  await expect(dialog).toBeHidden()
  await expect(drawer.getByTestId('product-status')).toHaveText('已驳回')
  await expect(drawer.getByTestId('product-review-reason')).toContainText(reason)
  await expectNoHorizontalScroll(page)

  // Not in the supermarket.
  const visitor = await newPage(browser, testInfo)
  await visitor.goto(`/services?q=${encodeURIComponent(productName)}`)
  await expect(visitor.getByTestId('directory-empty')).toBeVisible()
  await visitor.context().close()

  // --- the institution sees why, edits it and submits it again
  const memberPage = await newPage(browser, testInfo)
  await loginThroughUi(memberPage, member.email, member.password)
  await openMyProducts(memberPage)
  await memberPage.getByTestId('products-filter-REJECTED').click()
  await expect(memberPage).toHaveURL(/status=REJECTED/)
  const mine = memberPage.getByTestId('my-product').filter({ hasText: productName })
  await expect(mine.getByTestId('product-status')).toHaveText('已驳回')
  await expect(mine.getByTestId('my-product-reason')).toContainText('审核未通过')
  await expect(mine.getByTestId('my-product-reason-text')).toHaveText(reason)
  await expect(mine.getByTestId('my-product-submit')).toHaveCount(0)
  await expectNoHorizontalScroll(memberPage)

  await mine.getByTestId('my-product-edit').click()
  const editor = memberPage.getByTestId('product-editor')
  await expect(editor).toBeVisible()
  await expect(memberPage.getByTestId('product-name')).toHaveValue(productName)
  await expect(memberPage.getByTestId('product-price-min')).toHaveValue('1000')
  await memberPage.getByTestId('product-price-max').fill('3000')
  await memberPage.getByTestId('product-description-input').fill('人才招聘与岗位对接：初级岗位 1000 元，中高级岗位 3000 元')
  await memberPage.getByTestId('product-save').click()
  await expect(editor).toBeHidden()

  await memberPage.getByTestId('products-filter-ALL').click()
  const edited = memberPage.getByTestId('my-product').filter({ hasText: productName })
  await expect(edited.getByTestId('product-status')).toHaveText('草稿')
  await expect(edited).toContainText('¥1,000 – ¥3,000')
  await edited.getByTestId('my-product-submit').click()
  await confirmMessageBox(memberPage, productName)
  await expect(edited.getByTestId('product-status')).toHaveText('待审核')
  await memberPage.context().close()
})
