import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import InstitutionApplyForm from './InstitutionApplyForm.vue'
import InstitutionStatusTag from './InstitutionStatusTag.vue'
import { i18n, setLocale } from '@/i18n'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import type { InstitutionStatus } from '@/gql/graphql'
import type { InstitutionForm } from '@/utils/institution'

const AGREEMENT = {
  __typename: 'ServiceAgreement',
  version: '2026-11',
  title: '企服平台服务机构入驻协议',
  body: '一、入驻条件……',
}

function answer(req: SentRequest, applied: () => unknown) {
  if (req.operationName === 'ServiceAgreement') return { data: { serviceAgreement: AGREEMENT } }
  if (req.operationName === 'ApplyInstitution') return applied()
  return { data: { regions: [{ __typename: 'Region', code: '330000', name: '浙江省', hasChildren: true }] } }
}

function fill(form: InstitutionForm) {
  Object.assign(form, {
    name: '温州科创咨询有限公司',
    creditCode: '91330302MA2C7K1A0F',
    regionPath: ['330000', '330300', '330302'],
    serviceDomains: ['POLICY', 'LEGAL'],
    serviceAreaPaths: [['330000', '330300']],
    responderName: '王负责人',
    responderPhone: '13812345678',
    acceptAgreement: true,
  })
}

/** Error messages under form items, by the item's label. */
function fieldErrors(root: Element): Record<string, string> {
  const found: Record<string, string> = {}
  for (const item of root.querySelectorAll('.el-form-item')) {
    const error = item.querySelector('.el-form-item__error')
    if (!error) continue
    const label = item.querySelector('.el-form-item__label')?.textContent?.trim() ?? '(no label)'
    found[label] = error.textContent?.trim() ?? ''
  }
  return found
}

describe('institution application form', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the service agreement and points at every missing field before sending anything', async () => {
    const { sent } = fakeGraphQL((req) => answer(req, () => ({})))
    const { wrapper } = await mountSignedIn(InstitutionApplyForm)
    await flushPromises()
    expect(wrapper.find('[data-testid="institution-agreement-title"]').text()).toBe(AGREEMENT.title)
    expect(wrapper.find('[data-testid="institution-accept-agreement"]').text()).toContain(`《${AGREEMENT.title}》`)

    await wrapper.find('[data-testid="institution-submit"]').trigger('click')
    await flushPromises()
    await vi.waitFor(() =>
      expect(fieldErrors(wrapper.element)).toEqual({
        机构名称: '此项为必填项',
        统一社会信用代码: '此项为必填项',
        所在地区: '此项为必填项',
        服务领域: '请至少选择一个服务领域',
        服务区域: '请至少选择一个服务区域',
        负责人姓名: '此项为必填项',
        负责人手机号: '此项为必填项',
        '(no label)': '请阅读并同意服务协议',
      }),
    )
    expect(sent.map((r) => r.operationName)).not.toContain('ApplyInstitution')

    // A message goes away once its field changes.
    await wrapper.find('input[data-testid="institution-name"]').setValue('温州科创咨询有限公司')
    await vi.waitFor(() => expect(fieldErrors(wrapper.element)['机构名称']).toBeUndefined())
    wrapper.unmount()
  })

  it("maps the server's errors onto their fields, and the others above the form", async () => {
    const { sent } = fakeGraphQL((req) =>
      answer(req, () => ({
        data: {
          applyInstitution: {
            __typename: 'InstitutionPayload',
            institution: null,
            errors: [
              { __typename: 'UserError', field: 'creditCode', code: 'INVALID_CREDIT_CODE', message: '统一社会信用代码无效' },
              { __typename: 'UserError', field: 'responderPhone', code: 'INVALID_PHONE', message: '手机号码格式不正确' },
              { __typename: 'UserError', field: 'qualificationFileIds', code: 'NOT_FOUND', message: '文件不存在' },
              { __typename: 'UserError', field: 'regionCode', code: 'NO_PLATFORM', message: '平台尚未设立' },
              { __typename: 'UserError', field: null, code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' },
            ],
          },
        },
      })),
    )
    const { wrapper } = await mountSignedIn(InstitutionApplyForm)
    await flushPromises()
    fill((wrapper.vm as unknown as { form: InstitutionForm }).form)
    await flushPromises()
    await wrapper.find('[data-testid="institution-submit"]').trigger('click')
    await flushPromises()

    const apply = sent.find((r) => r.operationName === 'ApplyInstitution')
    expect(apply?.variables.input).toMatchObject({
      creditCode: '91330302MA2C7K1A0F',
      regionCode: '330302',
      serviceDomains: ['POLICY', 'LEGAL'],
      serviceAreas: ['330300'],
      qualificationFileIds: [],
      acceptAgreement: true,
      agreementVersion: '2026-11',
    })
    await vi.waitFor(() =>
      expect(fieldErrors(wrapper.element)).toEqual({
        统一社会信用代码: '统一社会信用代码无效',
        负责人手机号: '手机号码格式不正确',
        '资质证明（选填）': '文件不存在',
        所在地区: '平台尚未设立',
      }),
    )
    expect(wrapper.findAll('[data-testid="form-error"]').map((e) => e.text())).toEqual(['操作过于频繁，请稍后再试'])
    expect(wrapper.emitted('applied')).toBeUndefined()
    wrapper.unmount()
  })

  it('reports the new institution once the server accepts the application', async () => {
    fakeGraphQL((req) =>
      answer(req, () => ({
        data: {
          applyInstitution: {
            __typename: 'InstitutionPayload',
            institution: { __typename: 'Institution', id: 'SW5zdGl0dXRpb246Nw==', status: 'APPLIED' },
            errors: [],
          },
        },
      })),
    )
    const { wrapper } = await mountSignedIn(InstitutionApplyForm)
    await flushPromises()
    fill((wrapper.vm as unknown as { form: InstitutionForm }).form)
    await wrapper.find('[data-testid="institution-submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.emitted('applied')).toEqual([['SW5zdGl0dXRpb246Nw==']])
    wrapper.unmount()
  })
})

describe('institution status tag', () => {
  it('labels each status in Chinese and English', async () => {
    setLocale('zh-CN')
    const expected: Record<InstitutionStatus, string> = {
      APPLIED: '待审核',
      ACTIVE: '已入驻',
      REJECTED: '未通过',
      SUSPENDED: '已暂停',
      EXITED: '已退出',
    }
    for (const [status, label] of Object.entries(expected) as [InstitutionStatus, string][]) {
      const wrapper = mount(InstitutionStatusTag, { props: { status }, global: { plugins: [i18n, ElementPlus] } })
      expect(wrapper.text()).toBe(label)
      expect(wrapper.attributes('data-status')).toBe(status)
      wrapper.unmount()
    }
    setLocale('en')
    const wrapper = mount(InstitutionStatusTag, { props: { status: 'ACTIVE' }, global: { plugins: [i18n, ElementPlus] } })
    expect(wrapper.text()).toBe('Active')
    expect(wrapper.classes()).toContain('el-tag--success')
    wrapper.unmount()
    setLocale('zh-CN')
  })
})
