import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import DemandDetail from './DemandDetail.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ID = btoa('Demand:5')
const WINDOW = btoa('Platform:3')

function complaint(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Demand',
    id: ID,
    kind: 'COMPLAINT',
    complaintTarget: { __typename: 'ComplaintTarget', type: 'INSTITUTION', id: btoa('Institution:7'), name: '温州服务机构' },
    complaintHandlers: [
      { __typename: 'DemandHandler', type: 'PLATFORM', id: btoa('Platform:1'), name: '浙江省企业服务平台' },
      { __typename: 'DemandHandler', type: 'PLATFORM', id: WINDOW, name: '鹿城区企业服务窗口' },
    ],
    category: 'OTHER',
    channel: 'ONLINE',
    status: 'ACCEPTED',
    title: '上门服务爽约',
    description: '约定的上门服务两次爽约',
    statusReason: null,
    reply: null,
    periodStart: null,
    periodEnd: null,
    submittedAt: '2026-12-01T01:00:00Z',
    acceptDueAt: '2026-12-01T05:00:00Z',
    acceptedAt: '2026-12-01T02:00:00Z',
    acceptedOnTime: true,
    assignedAt: null,
    replyDueAt: null,
    pausedAt: null,
    repliedAt: null,
    repliedOnTime: null,
    resolvedAt: null,
    closedAt: null,
    lastUrgedAt: null,
    overdue: false,
    viewerSides: ['OPERATOR'],
    enterprise: { __typename: 'Enterprise', id: btoa('Enterprise:3'), name: '温州甲公司' },
    handler: null,
    contact: null,
    attachments: [],
    offers: [],
    myOffer: null,
    timeline: [],
    evaluation: null,
    ...overrides,
  }
}

const routes = [
  { path: '/demands/:id', name: 'demand', component: DemandDetail },
  { path: '/console/complaints', name: 'console-complaints', component: { template: '<div />' } },
  { path: '/console/demands', name: 'console-demands', component: { template: '<div />' } },
  { path: '/institution/demands', name: 'institution-demands', component: { template: '<div />' } },
  { path: '/enterprise/demands', name: 'enterprise-demands', component: { template: '<div />' } },
  { path: '/institution/offers', name: 'institution-offers', component: { template: '<div />' } },
]

describe('a complaint on its page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows its target, and the operator assigns it only to the operators of its platform chain', async () => {
    const { sent } = fakeGraphQL((req: SentRequest) => {
      if (req.operationName === 'AssignDemand') {
        return { data: { assignDemand: { __typename: 'DemandPayload', demand: { __typename: 'Demand', id: ID, status: 'ASSIGNED' }, errors: [] } } }
      }
      return { data: { node: complaint() } }
    })
    const { wrapper, auth } = await mountSignedIn(DemandDetail, { path: `/demands/${ID}`, routes })
    auth.setUser({ ...auth.user!, roles: [{ role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '3' }] as never })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="demand-complaint-target"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="demand-complaint-tag"]').text()).toBe('投诉')
    expect(wrapper.find('[data-testid="demand-complaint-target"]').text()).toBe('温州服务机构（服务机构）')
    expect(wrapper.find('[data-testid="demand-back"]').attributes('href')).toBe('/console/complaints')
    expect(wrapper.find('[data-testid="demand-action-assign"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="demand-action-openForOffers"]').exists()).toBe(false)

    await wrapper.find('[data-testid="demand-action-assign"]').trigger('click')
    const dialog = () => document.querySelector('[data-testid="demand-dialog-assign"]') as HTMLElement
    await vi.waitFor(() => expect(dialog()?.querySelector('[data-testid="demand-field-handler-type"]')).not.toBeNull())
    const types = [...dialog().querySelectorAll('[data-testid^="demand-handler-type-"]')].map((e) => e.getAttribute('data-testid'))
    expect(types).toEqual(['demand-handler-type-PLATFORM'])
    const picker = wrapper.findAllComponents(ElSelect).find((s) => s.attributes('data-testid') === 'demand-field-handler' || s.find('[data-testid="demand-field-handler"]').exists())!
    expect((picker.props('modelValue') as string) ?? '').toBe('')
    picker.vm.$emit('update:modelValue', WINDOW)
    await flushPromises()
    dialog().querySelector<HTMLButtonElement>('[data-testid="demand-form-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'AssignDemand')).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'AssignDemand')!.variables).toEqual({
      input: { demandId: ID, handlerType: 'PLATFORM', handlerId: WINDOW, note: '' },
    })
    wrapper.unmount()
  })

  it('gives the operators who took it the handler steps', async () => {
    fakeGraphQL(() => ({
      data: {
        node: complaint({
          status: 'ASSIGNED',
          viewerSides: ['HANDLER', 'OPERATOR'],
          handler: { __typename: 'DemandHandler', type: 'PLATFORM', id: WINDOW, name: '鹿城区企业服务窗口' },
        }),
      },
    }))
    const { wrapper, auth } = await mountSignedIn(DemandDetail, { path: `/demands/${ID}`, routes })
    auth.setUser({ ...auth.user!, roles: [{ role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '3' }] as never })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="demand-action-reply"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="demand-handler"]').text()).toBe('鹿城区企业服务窗口（平台运营人员）')
    wrapper.unmount()
  })
})
