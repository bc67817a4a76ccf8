import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Complaints from './Complaints.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const row = {
  __typename: 'Demand',
  id: btoa('Demand:5'),
  kind: 'COMPLAINT',
  title: '服务爽约',
  complaintTarget: { __typename: 'ComplaintTarget', type: 'INSTITUTION', name: '温州服务机构' },
  category: 'OTHER',
  status: 'SUBMITTED',
  channel: 'ONLINE',
  overdue: true,
  submittedAt: '2026-12-01T01:00:00Z',
  acceptDueAt: '2026-12-01T05:00:00Z',
  replyDueAt: null,
  updatedAt: '2026-12-01T01:00:00Z',
  enterprise: { __typename: 'Enterprise', id: btoa('Enterprise:3'), name: '温州甲公司' },
  handler: null,
}

const routes = [
  { path: '/console/complaints', name: 'console-complaints', component: Complaints },
  { path: '/demands/:id', name: 'demand', component: { template: '<div />' } },
]

describe('the complaints board', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the complaints with what they are against, filtered from the URL', async () => {
    const { sent } = fakeGraphQL(() => ({
      data: {
        demandsForSupervision: {
          __typename: 'DemandConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [{ __typename: 'DemandEdge', node: row }],
        },
      },
    }))
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/console/complaints?overdue=1', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="demand-row-complaint"]').exists()).toBe(true)
    })
    expect(sent[0]!.operationName).toBe('ComplaintsForSupervision')
    expect(sent[0]!.variables).toMatchObject({ status: null, overdue: true })
    expect(wrapper.find('[data-testid="demand-row-complaint"]').text()).toBe('投诉：温州服务机构')
    expect(wrapper.find('[data-testid="demand-row-enterprise"]').text()).toBe('温州甲公司')
    wrapper.unmount()
  })
})
