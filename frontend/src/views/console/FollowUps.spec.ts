import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import FollowUps from './FollowUps.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const F1 = btoa('DemandFollowUp:1')

function followUp(status: 'OPEN' | 'DONE', result: string | null = null) {
  return {
    __typename: 'DemandFollowUp',
    id: F1,
    status,
    rating: 1,
    result,
    createdAt: '2026-12-01T02:00:00Z',
    doneAt: status === 'DONE' ? '2026-12-02T02:00:00Z' : null,
    demand: {
      __typename: 'Demand',
      id: btoa('Demand:5'),
      kind: 'COMPLAINT',
      title: '服务爽约',
      enterprise: { __typename: 'Enterprise', id: btoa('Enterprise:3'), name: '温州甲公司' },
    },
  }
}

function list(nodes: unknown[]) {
  return {
    data: {
      demandFollowUps: {
        __typename: 'DemandFollowUpConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'DemandFollowUpEdge', node })),
      },
    },
  }
}

const routes = [
  { path: '/console/follow-ups', name: 'console-follow-ups', component: FollowUps },
  { path: '/demands/:id', name: 'demand', component: { template: '<div />' } },
]

const dialog = () => document.querySelector('[data-testid="follow-up-dialog"]') as HTMLElement | null

describe('the follow-up visits', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the open ones and records a result, which is required', async () => {
    let done = false
    const { sent } = fakeGraphQL((req: SentRequest) => {
      if (req.operationName === 'RecordDemandFollowUp') {
        done = true
        return {
          data: {
            recordDemandFollowUp: {
              __typename: 'DemandFollowUpPayload',
              followUp: { __typename: 'DemandFollowUp', id: F1, status: 'DONE', result: '已电话回访', doneAt: '2026-12-02T02:00:00Z' },
              errors: [],
            },
          },
        }
      }
      return list(done ? [] : [followUp('OPEN')])
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/console/follow-ups', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="follow-up-demand"]').exists()).toBe(true)
    })
    expect(sent[0]!.variables).toMatchObject({ status: 'OPEN' })
    expect(wrapper.find('[data-testid="follow-up-demand"]').text()).toBe('服务爽约')
    expect(wrapper.find('[data-testid="follow-up-rating"]').text()).toBe('1 分')

    await wrapper.find('[data-testid="follow-up-record"]').trigger('click')
    await vi.waitFor(() => expect(dialog()?.querySelector('[data-testid="follow-up-about"]')).not.toBeNull())
    expect(dialog()!.querySelector('[data-testid="follow-up-about"]')!.textContent).toContain('温州甲公司 对「服务爽约」评分 1 分')
    dialog()!.querySelector<HTMLButtonElement>('[data-testid="follow-up-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog()!.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('此项为必填项')
    })
    expect(sent.some((r) => r.operationName === 'RecordDemandFollowUp')).toBe(false)

    const text = dialog()!.querySelector<HTMLTextAreaElement>('textarea[data-testid="follow-up-result"]')!
    text.value = ' 已电话回访 '
    text.dispatchEvent(new Event('input'))
    await flushPromises()
    dialog()!.querySelector<HTMLButtonElement>('[data-testid="follow-up-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="follow-ups-empty"]').exists()).toBe(true)
    })
    expect(sent.filter((r) => r.operationName === 'RecordDemandFollowUp').map((r) => r.variables)).toEqual([
      { input: { followUpId: F1, result: '已电话回访' } },
    ])
    wrapper.unmount()
  })

  it('shows a refusal from the server in the dialog', async () => {
    fakeGraphQL((req: SentRequest) => {
      if (req.operationName === 'RecordDemandFollowUp') {
        return {
          data: {
            recordDemandFollowUp: {
              __typename: 'DemandFollowUpPayload',
              followUp: null,
              errors: [{ __typename: 'UserError', field: 'followUpId', code: 'INVALID_TRANSITION', message: '当前状态不允许此操作' }],
            },
          },
        }
      }
      return list([followUp('OPEN')])
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/console/follow-ups', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="follow-up-record"]').exists()).toBe(true)
    })
    await wrapper.find('[data-testid="follow-up-record"]').trigger('click')
    await vi.waitFor(() => expect(dialog()?.querySelector('textarea')).not.toBeNull())
    const text = dialog()!.querySelector<HTMLTextAreaElement>('textarea[data-testid="follow-up-result"]')!
    text.value = '再次回访'
    text.dispatchEvent(new Event('input'))
    await flushPromises()
    dialog()!.querySelector<HTMLButtonElement>('[data-testid="follow-up-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog()!.querySelector('[data-testid="form-error"]')?.textContent).toContain('当前状态不允许此操作')
    })
    wrapper.unmount()
  })

  it('shows the recorded results under ?status=DONE', async () => {
    const { sent } = fakeGraphQL(() => list([followUp('DONE', '企业表示满意')]))
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/console/follow-ups?status=DONE', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="follow-up-result-text"]').exists()).toBe(true)
    })
    expect(sent[0]!.variables).toMatchObject({ status: 'DONE' })
    expect(wrapper.find('[data-testid="follow-up-result-text"]').text()).toBe('企业表示满意')
    expect(wrapper.find('[data-testid="follow-up-record"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
