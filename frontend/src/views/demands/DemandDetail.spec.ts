import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import DemandDetail from './DemandDetail.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ID = btoa('Demand:5')
const INSTITUTION = { __typename: 'DemandHandler', type: 'INSTITUTION', id: btoa('Institution:7'), name: '鹿城区法律服务中心' }

function step(toStatus: string, fromStatus: string | null, actorName: string, note: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'DemandEvent',
    kind: 'TRANSITION',
    fromStatus,
    toStatus,
    actorName,
    note,
    at: '2026-12-01T02:00:00Z',
    attachments: [],
    handlerBefore: null,
    handlerAfter: null,
    ...extra,
  }
}

function demand(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Demand',
    id: ID,
    kind: 'DEMAND',
    category: 'FINANCING',
    channel: 'ONLINE',
    status: 'SUBMITTED',
    title: '设备更新贷款',
    description: '需要 500 万元设备更新贷款',
    statusReason: null,
    reply: null,
    periodStart: '2026-12-01',
    periodEnd: '2026-12-31',
    submittedAt: '2026-12-01T01:00:00Z',
    acceptDueAt: '2026-12-01T05:00:00Z',
    acceptedAt: null,
    acceptedOnTime: null,
    assignedAt: null,
    replyDueAt: null,
    pausedAt: null,
    repliedAt: null,
    repliedOnTime: null,
    resolvedAt: null,
    closedAt: null,
    lastUrgedAt: null,
    overdue: false,
    viewerSides: ['ENTERPRISE'],
    enterprise: { __typename: 'Enterprise', id: btoa('Enterprise:3'), name: '温州瓯江科技有限公司' },
    handler: null,
    contact: { __typename: 'DemandContact', name: '王经理', phone: '13800000000' },
    attachments: [],
    timeline: [step('SUBMITTED', null, '王经理', '')],
    evaluation: null,
    ...overrides,
  }
}

const page = (node: unknown) => ({ data: { node } })

const routes = [
  { path: '/demands/:id', name: 'demand', component: DemandDetail },
  { path: '/enterprise/demands', name: 'enterprise-demands', component: { template: '<div />' } },
  { path: '/institution/demands', name: 'institution-demands', component: { template: '<div />' } },
  { path: '/console/demands', name: 'console-demands', component: { template: '<div />' } },
  { path: '/enterprise', name: 'enterprise', component: { template: '<div />' } },
]

async function mountAs(roles: { role: string; scopeType: string; scopeId: string | null }[]) {
  const mounted = await mountSignedIn(DemandDetail, { path: `/demands/${ID}`, routes })
  mounted.auth.setUser({ ...mounted.auth.user!, roles: roles as never })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.find('[data-testid="demand-title"]').exists()).toBe(true)
  })
  return mounted
}

const buttons = (wrapper: { findAll: (s: string) => { attributes: (n: string) => string | undefined }[] }) =>
  wrapper.findAll('[data-testid^="demand-action-"]').map((b) => b.attributes('data-testid'))

const ENTERPRISE = [{ role: 'ENTERPRISE_ADMIN', scopeType: 'ENTERPRISE', scopeId: '3' }]

describe('the demand page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the demand, its deadline and contact, and the enterprise its actions before acceptance', async () => {
    const { sent } = fakeGraphQL(() => page(demand()))
    const { wrapper } = await mountAs(ENTERPRISE)
    expect(sent[0]!.operationName).toBe('DemandPage')
    expect(wrapper.find('[data-testid="demand-status"]').text()).toBe('已提交')
    expect(wrapper.find('[data-testid="demand-category"]').text()).toBe('融资需求')
    expect(wrapper.find('[data-testid="demand-contact"]').text()).toBe('王经理 13800000000')
    expect(wrapper.find('[data-testid="demand-deadline"]').text()).toContain('前受理')
    expect(wrapper.find('[data-testid="demand-step-title"]').text()).toBe('提交诉求')
    expect(buttons(wrapper)).toEqual(['demand-action-urge', 'demand-action-withdraw'])
    wrapper.unmount()
  })

  it('gives the operator accept / not accept and the handler its steps, with the transfer chain', async () => {
    fakeGraphQL(() => page(demand({ viewerSides: ['OPERATOR'] })))
    const op = await mountAs([{ role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '1' }])
    expect(buttons(op.wrapper)).toEqual(['demand-action-accept', 'demand-action-urge', 'demand-action-notAccept'])
    op.wrapper.unmount()

    const other = { __typename: 'DemandHandler', type: 'DEPARTMENT', id: btoa('Department:2'), name: '经信局' }
    fakeGraphQL(() =>
      page(
        demand({
          status: 'ASSIGNED',
          handler: INSTITUTION,
          overdue: true,
          viewerSides: ['HANDLER'],
          replyDueAt: '2026-12-08T01:00:00Z',
          timeline: [
            step('SUBMITTED', null, '王经理', ''),
            step('ASSIGNED', 'ASSIGNED', '张运营', '转机构办理', { kind: 'TRANSFER', handlerBefore: other, handlerAfter: INSTITUTION }),
          ],
        }),
      ),
    )
    const handler = await mountAs([{ role: 'INSTITUTION_MEMBER', scopeType: 'INSTITUTION', scopeId: '7' }])
    expect(buttons(handler.wrapper)).toEqual(['demand-action-reply', 'demand-action-ask', 'demand-action-transfer', 'demand-action-handBack'])
    expect(handler.wrapper.find('[data-testid="demand-deadline"]').attributes('data-overdue')).toBe('1')
    const steps = handler.wrapper.findAll('[data-testid="demand-step"]')
    expect(steps[1]!.find('[data-testid="demand-step-title"]').text()).toBe('诉求流转')
    expect(steps[1]!.find('[data-testid="demand-step-handlers"]').text()).toBe('经信局 → 鹿城区法律服务中心')
    handler.wrapper.unmount()
  })

  it('shows the explanation of a refusal', async () => {
    fakeGraphQL(() => page(demand({ status: 'NOT_ACCEPTED', statusReason: '请补充营业执照', contact: null })))
    const { wrapper } = await mountAs(ENTERPRISE)
    expect(wrapper.find('[data-testid="demand-status"]').text()).toBe('不予受理')
    expect(wrapper.find('[data-testid="demand-status-reason"]').text()).toContain('请补充营业执照')
    expect(buttons(wrapper)).toEqual([])
    wrapper.unmount()
  })

  it('shows a refused urge (TOO_SOON) in the form', async () => {
    const { sent } = fakeGraphQL((req: SentRequest) => {
      if (req.operationName === 'UrgeDemand') {
        return {
          data: {
            urgeDemand: {
              __typename: 'DemandPayload',
              demand: null,
              errors: [{ __typename: 'UserError', field: 'demandId', code: 'TOO_SOON', message: '24 小时内只能催办一次' }],
            },
          },
        }
      }
      return page(demand())
    })
    const { wrapper } = await mountAs(ENTERPRISE)
    await wrapper.find('[data-testid="demand-action-urge"]').trigger('click')
    await flushPromises()
    const dialog = () => document.querySelector('[data-testid="demand-dialog-urge"]') as HTMLElement
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    dialog().querySelector<HTMLButtonElement>('[data-testid="demand-form-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog().querySelector('[data-testid="form-error"]')?.textContent).toContain('24 小时内只能催办一次')
    })
    expect(sent.filter((r) => r.operationName === 'UrgeDemand').map((r) => r.variables)).toEqual([{ input: { demandId: ID, note: '' } }])
    wrapper.unmount()
  })

  it('asks for the explanation before not accepting, and confirms', async () => {
    const { sent } = fakeGraphQL((req: SentRequest) => {
      if (req.operationName === 'NotAcceptDemand') {
        return { data: { notAcceptDemand: { __typename: 'DemandPayload', demand: { __typename: 'Demand', id: ID, status: 'NOT_ACCEPTED' }, errors: [] } } }
      }
      return page(demand({ viewerSides: ['OPERATOR'] }))
    })
    const { wrapper } = await mountAs([{ role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '1' }])
    await wrapper.find('[data-testid="demand-action-notAccept"]').trigger('click')
    await flushPromises()
    const dialog = () => document.querySelector('[data-testid="demand-dialog-notAccept"]') as HTMLElement
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    const submit = () => dialog().querySelector<HTMLButtonElement>('[data-testid="demand-form-submit"]')!.click()
    submit()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog().querySelector('.el-form-item__error')?.textContent?.trim()).toBe('此项为必填项')
    })
    const text = dialog().querySelector<HTMLTextAreaElement>('textarea[data-testid="demand-field-explanation"]')!
    text.value = '请补充营业执照'
    text.dispatchEvent(new Event('input'))
    await flushPromises()
    submit()
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull())
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.filter((r) => r.operationName === 'NotAcceptDemand').map((r) => r.variables)).toEqual([
        { input: { demandId: ID, explanation: '请补充营业执照' } },
      ])
    })
    wrapper.unmount()
  })
})
