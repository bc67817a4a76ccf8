import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import RecordDemand from './RecordDemand.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const E1 = { __typename: 'Enterprise', id: btoa('Enterprise:3'), name: '温州甲公司', creditCode: '91330302MA2XXXXX1X', contactName: '王经理', contactPhone: '13800000000' }
const NEW = btoa('Demand:9')

function answer(req: SentRequest, mutation: (req: SentRequest) => unknown) {
  if (req.operationName === 'RecordDemandEnterprises') {
    return { data: { enterprisesForReview: { __typename: 'EnterpriseConnection', edges: [{ __typename: 'EnterpriseEdge', node: E1 }] } } }
  }
  return mutation(req)
}

const routes = [
  { path: '/console/demands/record', name: 'console-demand-record', component: RecordDemand },
  { path: '/console/demands', name: 'console-demands', component: { template: '<div />' } },
  { path: '/demands/:id', name: 'demand', component: { template: '<div data-testid="demand-page" />' } },
]

async function type(wrapper: { find: (s: string) => { setValue: (v: string) => Promise<void> } }, testid: string, value: string) {
  await wrapper.find(`[data-testid="${testid}"] textarea, textarea[data-testid="${testid}"], input[data-testid="${testid}"]`).setValue(value)
}

describe('recording a demand for an enterprise', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('requires the enterprise and the channel, then records it and opens the new demand', async () => {
    let answered = 0
    const { sent } = fakeGraphQL((req) =>
      answer(req, () => {
        answered += 1
        if (answered === 1) {
          return {
            data: {
              recordDemand: {
                __typename: 'DemandPayload',
                demand: null,
                errors: [{ __typename: 'UserError', field: 'enterpriseId', code: 'ENTERPRISE_NOT_VERIFIED', message: '企业尚未通过认证' }],
              },
            },
          }
        }
        return { data: { recordDemand: { __typename: 'DemandPayload', demand: { __typename: 'Demand', id: NEW }, errors: [] } } }
      }),
    )
    const { wrapper, router } = await mountSignedIn({ template: '<router-view />' }, { path: '/console/demands/record', routes })
    await flushPromises()
    const errorOf = (label: string) =>
      [...document.querySelectorAll('.el-form-item')].find((i) => i.querySelector('.el-form-item__label')?.textContent?.includes(label))?.querySelector('.el-form-item__error')?.textContent?.trim()

    await wrapper.find('[data-testid="record-submit"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(errorOf('来源渠道')).toBe('此项为必填项')
      expect(errorOf('企业')).toBe('此项为必填项')
    })
    expect(sent.some((r) => r.operationName === 'RecordDemand')).toBe(false)

    // The enterprise is searched among the operator's verified ones; its contact is taken.
    const enterprise = wrapper.findAllComponents(ElSelect).find((s) => s.find('[data-testid="record-field-enterprise"]').exists() || s.attributes('data-testid') === 'record-field-enterprise')!
    enterprise.vm.$emit('visible-change', true)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'RecordDemandEnterprises')).toBe(true)
    })
    enterprise.vm.$emit('change', E1.id)
    await flushPromises()
    expect((wrapper.find('input[data-testid="demand-field-contact-name"]').element as HTMLInputElement).value).toBe('王经理')
    await wrapper.find('[data-testid="record-channel-PHONE"] input').setValue(true)
    const category = wrapper.findAllComponents(ElSelect).find((s) => s.find('[data-testid="demand-field-category"]').exists() || s.attributes('data-testid') === 'demand-field-category')!
    category.vm.$emit('update:modelValue', 'LEGAL')
    await type(wrapper, 'demand-field-title', '合同纠纷咨询')
    await type(wrapper, 'demand-field-description', '企业来电咨询一份采购合同的违约责任')
    await flushPromises()

    // The server's refusal shows under its field.
    await wrapper.find('[data-testid="record-submit"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(errorOf('企业')).toBe('企业尚未通过认证')
    })
    expect(sent.find((r) => r.operationName === 'RecordDemand')!.variables.input).toMatchObject({
      enterpriseId: E1.id,
      channel: 'PHONE',
      category: 'LEGAL',
      title: '合同纠纷咨询',
      description: '企业来电咨询一份采购合同的违约责任',
      contactName: '王经理',
      contactPhone: '13800000000',
    })

    await wrapper.find('[data-testid="record-submit"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.name).toBe('demand')
    })
    expect(router.currentRoute.value.params.id).toBe(NEW)
    wrapper.unmount()
  })
})
