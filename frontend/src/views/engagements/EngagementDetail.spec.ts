import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import EngagementDetail from './EngagementDetail.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ID = btoa('Engagement:5')
const file = (n: number, name: string) => ({ __typename: 'StoredFile', id: btoa(`StoredFile:${n}`), name, size: 10, url: `/files/${n}?sig=x` })

function engagement(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Engagement',
    id: ID,
    status: 'INVESTIGATING',
    need: '需要审查三份采购合同',
    statusReason: null,
    createdAt: '2026-12-01T01:00:00Z',
    updatedAt: '2026-12-01T02:00:00Z',
    answerDueAt: '2026-12-03T01:00:00Z',
    answeredAt: '2026-12-01T02:00:00Z',
    answeredLate: false,
    fee: null,
    periodStart: null,
    periodEnd: null,
    plan: null,
    personnel: [],
    plannedStartOn: null,
    plannedDeliveryOn: null,
    report: null,
    deliveredAt: null,
    deliveredLate: null,
    confirmDueAt: null,
    confirmedAt: null,
    autoConfirmed: false,
    product: {
      __typename: 'ServiceProduct',
      id: btoa('ServiceProduct:2'),
      name: '企业合同审查',
      category: 'LEGAL',
      pricing: 'FIXED',
      price: '1200.00',
      priceMin: null,
      priceMax: null,
    },
    enterprise: { __typename: 'Enterprise', id: btoa('Enterprise:3'), name: '温州瓯江科技有限公司', region: { __typename: 'Region', fullName: '浙江省温州市鹿城区' } },
    institution: {
      __typename: 'Institution',
      id: btoa('Institution:7'),
      name: '鹿城区法律服务中心',
      contactName: '赵律师',
      contactPhone: '0577-88886666',
      contactEmail: null,
    },
    contact: {
      __typename: 'EngagementContact',
      requesterName: '李企业',
      requesterEmail: 'li@qifu.cn',
      requesterPhone: null,
      enterpriseContactName: '王经理',
      enterpriseContactPhone: '0577-66668888',
      enterpriseContactEmail: null,
    },
    agreementFile: null,
    reportFile: null,
    timeline: [
      step('REQUESTED', null, '王经理', '需要审查三份采购合同', [file(11, '合同清单.pdf')]),
      step('INVESTIGATING', 'REQUESTED', '赵律师', '已电话沟通'),
    ],
    evaluation: null,
    ...overrides,
  }
}

function step(toStatus: string, fromStatus: string | null, actorName: string, note: string, attachments: unknown[] = []) {
  return {
    __typename: 'EngagementStep',
    kind: 'TRANSITION',
    fromStatus,
    toStatus,
    actorName,
    note,
    at: '2026-12-01T02:00:00Z',
    fee: null,
    periodStart: null,
    periodEnd: null,
    personnel: [],
    plannedStartOn: null,
    plannedDeliveryOn: null,
    attachments,
  }
}

function page(node: unknown) {
  return { data: { node } }
}

const routes = [
  { path: '/engagements/:id', name: 'engagement', component: EngagementDetail },
  { path: '/services/:id', name: 'service-product', component: { template: '<div />' } },
  { path: '/institution/engagements', name: 'institution-engagements', component: { template: '<div />' } },
  { path: '/enterprise/engagements', name: 'enterprise-engagements', component: { template: '<div />' } },
  { path: '/console/engagements', name: 'console-engagements', component: { template: '<div />' } },
]

async function mountAs(roles: { role: string; scopeType: string; scopeId: string | null }[]) {
  const mounted = await mountSignedIn(EngagementDetail, { path: `/engagements/${ID}`, routes })
  mounted.auth.setUser({ ...mounted.auth.user!, roles: roles as never })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.find('[data-testid="engagement-title"]').exists()).toBe(true)
  })
  return mounted
}

const buttons = (wrapper: { findAll: (s: string) => { attributes: (n: string) => string | undefined }[] }) =>
  wrapper.findAll('[data-testid^="engagement-action-"]').map((b) => b.attributes('data-testid'))

describe('the engagement page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the record, the archive with its files, and the institution its next steps', async () => {
    const { sent } = fakeGraphQL(() => page(engagement()))
    const { wrapper } = await mountAs([{ role: 'INSTITUTION_MEMBER', scopeType: 'INSTITUTION', scopeId: '7' }])
    expect(sent[0]!.operationName).toBe('EngagementPage')
    expect(sent[0]!.variables).toEqual({ id: ID })
    expect(wrapper.find('[data-testid="engagement-status"]').text()).toBe('需求调查')
    expect(wrapper.find('[data-testid="engagement-need"]').text()).toBe('需要审查三份采购合同')
    expect(wrapper.find('[data-testid="engagement-answered-flag"]').text()).toBe('按时答复')
    expect(wrapper.find('[data-testid="engagement-requester"]').text()).toBe('李企业 · li@qifu.cn')
    expect(wrapper.find('[data-testid="engagement-enterprise-contact"]').text()).toBe('王经理 · 0577-66668888')
    const steps = wrapper.findAll('[data-testid="engagement-step"]')
    expect(steps.map((s) => s.find('[data-testid="engagement-step-title"]').text())).toEqual(['提交服务申请', '受理申请，开展需求调查'])
    expect(steps[0]!.find('[data-testid="engagement-step-actor"]').text()).toBe('王经理')
    const link = steps[0]!.find('[data-testid="engagement-step-file"]')
    expect(link.text()).toBe('合同清单.pdf')
    expect(link.attributes('href')).toBe('/files/11?sig=x')
    expect(buttons(wrapper)).toEqual(['engagement-action-agree', 'engagement-action-decline'])
    expect(wrapper.find('[data-testid="engagement-read-only"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('gives the enterprise its own actions and tells it whose move it is', async () => {
    fakeGraphQL(() => page(engagement()))
    const { wrapper } = await mountAs([{ role: 'ENTERPRISE_ADMIN', scopeType: 'ENTERPRISE', scopeId: '3' }])
    expect(buttons(wrapper)).toEqual(['engagement-action-cancel'])
    expect(wrapper.find('[data-testid="engagement-waiting"]').text()).toBe('等待服务机构处理')
    wrapper.unmount()
  })

  it('is read-only for an operator supervising it', async () => {
    fakeGraphQL(() => page(engagement({ status: 'DELIVERED', report: '审查意见书', deliveredAt: '2026-12-10T02:00:00Z', deliveredLate: true, confirmDueAt: '2026-12-17T02:00:00Z' })))
    const { wrapper } = await mountAs([{ role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '3' }])
    expect(wrapper.find('[data-testid="engagement-read-only"]').exists()).toBe(true)
    expect(buttons(wrapper)).toEqual([])
    expect(wrapper.find('[data-testid="engagement-delivered-flag"]').text()).toBe('逾期交付')
    expect(wrapper.find('[data-testid="engagement-deadline"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('says so when the record is unknown or hidden', async () => {
    fakeGraphQL(() => page(null))
    const { wrapper } = await mountSignedIn(EngagementDetail, { path: `/engagements/${ID}`, routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="engagement-missing"]').exists()).toBe(true)
    })
    wrapper.unmount()
  })

  it('declines with a reason after confirmation, showing the server refusal by the field', async () => {
    let declines = 0
    const { sent } = fakeGraphQL((req: SentRequest) => {
      if (req.operationName === 'DeclineEngagement') {
        declines += 1
        const refused = declines === 1
        return {
          data: {
            declineEngagement: {
              __typename: 'EngagementPayload',
              engagement: refused ? null : { __typename: 'Engagement', id: ID, status: 'DECLINED' },
              errors: refused ? [{ __typename: 'UserError', field: 'reason', code: 'TOO_LONG', message: '原因过长' }] : [],
            },
          },
        }
      }
      return page(engagement(declines > 1 ? { status: 'DECLINED', statusReason: '超出服务范围' } : {}))
    })
    const { wrapper } = await mountAs([{ role: 'INSTITUTION_MEMBER', scopeType: 'INSTITUTION', scopeId: '7' }])
    await wrapper.find('[data-testid="engagement-action-decline"]').trigger('click')
    await flushPromises()
    const dialog = () => document.querySelector('[data-testid="engagement-dialog-decline"]') as HTMLElement
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    const submit = () => dialog().querySelector<HTMLButtonElement>('[data-testid="engagement-form-submit"]')!.click()
    const fieldError = () => dialog().querySelector('.el-form-item__error')?.textContent?.trim()

    // Nothing written: said at once, nothing sent.
    submit()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(fieldError()).toBe('此项为必填项')
    })
    expect(sent.filter((r) => r.operationName === 'DeclineEngagement')).toHaveLength(0)

    const reason = dialog().querySelector<HTMLTextAreaElement>('textarea[data-testid="engagement-reason"]')!
    reason.value = '超出服务范围'
    reason.dispatchEvent(new Event('input'))
    await flushPromises()

    const confirmBox = async () => {
      await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull())
      expect(document.querySelector('.el-message-box')!.textContent).toContain('拒绝后不能恢复')
      document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    }
    submit()
    await confirmBox()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(fieldError()).toBe('原因过长')
    })

    submit()
    await vi.waitFor(() => expect(document.querySelectorAll('.el-message-box').length).toBeGreaterThan(0))
    const boxes = document.querySelectorAll<HTMLElement>('.el-message-box')
    boxes[boxes.length - 1]!.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="engagement-status"]').text()).toBe('已拒绝')
    })
    const declined = sent.filter((r) => r.operationName === 'DeclineEngagement')
    expect(declined.map((r) => r.variables)).toEqual([
      { input: { engagementId: ID, reason: '超出服务范围' } },
      { input: { engagementId: ID, reason: '超出服务范围' } },
    ])
    expect(wrapper.find('[data-testid="engagement-status-reason"]').text()).toBe('超出服务范围')
    expect(buttons(wrapper)).toEqual([])
    wrapper.unmount()
  })
})
