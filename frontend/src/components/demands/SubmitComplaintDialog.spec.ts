import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import SubmitComplaintDialog from './SubmitComplaintDialog.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const E1 = { id: btoa('Enterprise:3'), name: '温州甲公司', status: 'VERIFIED', contactName: '王经理', contactPhone: '13800000000' }
const PRODUCT = btoa('ServiceProduct:8')
const I1 = btoa('Institution:7')
const NEW = btoa('Demand:9')

const routes = [
  { path: '/enterprise/demands', name: 'enterprise-demands', component: { template: '<div />' } },
  { path: '/enterprise', name: 'enterprise', component: { template: '<div />' } },
  { path: '/demands/:id', name: 'demand', component: { template: '<div data-testid="demand-page" />' } },
]

function search() {
  return {
    data: {
      institutionDirectory: { __typename: 'InstitutionConnection', edges: [{ __typename: 'InstitutionEdge', node: { __typename: 'Institution', id: I1, name: '温州服务机构' } }] },
      serviceProducts: {
        __typename: 'ServiceProductConnection',
        edges: [
          {
            __typename: 'ServiceProductEdge',
            node: { __typename: 'ServiceProduct', id: PRODUCT, name: '合同审查服务', institution: { __typename: 'Institution', name: '温州服务机构' } },
          },
        ],
      },
      platforms: [{ __typename: 'Platform', id: btoa('Platform:2'), name: '温州市企业服务综合平台' }],
    },
  }
}

function submitted(req: SentRequest) {
  if (req.operationName === 'ComplaintTargetSearch') return search()
  if (req.operationName === 'MyDemandEnterprises') {
    return { data: { myEnterprises: [{ __typename: 'Enterprise', ...E1, status: 'PENDING', id: btoa('Enterprise:4'), name: '待认证公司' }, { __typename: 'Enterprise', ...E1 }] } }
  }
  return { data: { submitComplaint: { __typename: 'DemandPayload', demand: { __typename: 'Demand', id: NEW, status: 'SUBMITTED' }, errors: [] } } }
}

const dialog = () => document.querySelector('[data-testid="complaint-submit-dialog"]') as HTMLElement
const errorOf = (label: string) =>
  [...dialog().querySelectorAll('.el-form-item')]
    .find((i) => i.querySelector('.el-form-item__label')?.textContent?.trim() === label)
    ?.querySelector('.el-form-item__error')
    ?.textContent?.trim()

async function typeInto(testid: string, value: string) {
  const field = dialog().querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${testid}"]`)!
  field.value = value
  field.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('the complaint dialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('requires a target, a title and a description, then submits and opens the complaint', async () => {
    const { sent } = fakeGraphQL(submitted)
    const { wrapper, router } = await mountSignedIn(SubmitComplaintDialog, { path: '/enterprise/demands', props: { enterprise: E1 }, routes })
    await wrapper.find('[data-testid="complaint-submit-open"]').trigger('click')
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    dialog().querySelector<HTMLButtonElement>('[data-testid="complaint-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      // Element Plus shows each field's error on its own tick: wait for all three.
      expect(errorOf('投诉对象')).toBe('此项为必填项')
      expect(errorOf('诉求标题')).toBe('此项为必填项')
      expect(errorOf('投诉内容')).toBe('此项为必填项')
    })
    expect(sent.some((r) => r.operationName === 'SubmitComplaint')).toBe(false)

    // A service product, searched by name and shown with its institution.
    dialog().querySelector<HTMLInputElement>('[data-testid="complaint-target-type-SERVICE"] input')!.click()
    await flushPromises()
    const target = wrapper.findAllComponents(ElSelect).find((s) => s.attributes('data-testid') === 'complaint-field-target' || s.find('[data-testid="complaint-field-target"]').exists())!
    target.vm.$emit('visible-change', true)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'ComplaintTargetSearch')).toBe(true)
    })
    target.vm.$emit('update:modelValue', PRODUCT)
    await typeInto('complaint-field-title', '服务爽约')
    await typeInto('complaint-field-description', '约定的上门服务两次爽约')
    dialog().querySelector<HTMLButtonElement>('[data-testid="complaint-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.name).toBe('demand')
    })
    expect(sent.filter((r) => r.operationName === 'SubmitComplaint').map((r) => r.variables)).toEqual([
      {
        input: {
          enterpriseId: E1.id,
          targetType: 'SERVICE',
          targetId: PRODUCT,
          title: '服务爽约',
          description: '约定的上门服务两次爽约',
          contactName: '王经理',
          contactPhone: '13800000000',
          attachmentIds: [],
        },
      },
    ])
    expect(router.currentRoute.value.params.id).toBe(NEW)
    wrapper.unmount()
  })

  it('from a public page: complains about the given institution for my verified enterprise', async () => {
    const { sent } = fakeGraphQL(submitted)
    const target = { type: 'INSTITUTION', id: I1, name: '温州服务机构' }
    const { wrapper } = await mountSignedIn(SubmitComplaintDialog, { path: '/enterprise/demands', props: { target }, routes })
    await wrapper.find('[data-testid="complaint-submit-open"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog()?.querySelector('[data-testid="complaint-field-title"]')).not.toBeNull()
    })
    await typeInto('complaint-field-title', '服务态度差')
    await typeInto('complaint-field-description', '电话不接')
    dialog().querySelector<HTMLButtonElement>('[data-testid="complaint-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'SubmitComplaint')).toBe(true)
    })
    const input = sent.find((r) => r.operationName === 'SubmitComplaint')!.variables.input as Record<string, unknown>
    expect([input.enterpriseId, input.targetType, input.targetId]).toEqual([E1.id, 'INSTITUTION', I1])
    wrapper.unmount()
  })

  it('says why an enterprise not yet verified may not complain', async () => {
    fakeGraphQL(submitted)
    const { wrapper } = await mountSignedIn(SubmitComplaintDialog, { props: { enterprise: { ...E1, status: 'PENDING' } }, routes })
    await wrapper.find('[data-testid="complaint-submit-open"]').trigger('click')
    await vi.waitFor(() => expect(dialog()?.querySelector('[data-testid="complaint-not-verified"]')).not.toBeNull())
    expect(dialog().querySelector('[data-testid="complaint-submit"]')).toBeNull()
    wrapper.unmount()
  })
})
