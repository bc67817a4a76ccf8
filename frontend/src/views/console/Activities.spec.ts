import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Activities from './Activities.vue'
import { activityNode, connection } from '@/test/activities'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const routes = [{ path: '/console/activities', name: 'console-activities', component: Activities }]
const PENDING = activityNode(3, { status: 'PENDING', openForSignUp: false })

function answer(status: () => string, mutation: (req: SentRequest) => unknown) {
  return (req: SentRequest) => {
    if (req.operationName === 'ActivitiesForReview') {
      const nodes = req.variables.status === 'PENDING' && status() !== 'PENDING' ? [] : [{ ...PENDING, status: status() }]
      return { data: { activitiesForReview: connection('Activity', nodes) } }
    }
    return mutation(req)
  }
}

async function mountQueue(respond: (req: SentRequest) => unknown, path = '/console/activities') {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path, routes })
  mounted.auth.setUser({ ...mounted.auth.user!, roles: [{ role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '2' }] as never })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.findAll('[data-testid="review-activity-open"]')).toHaveLength(1)
  })
  return { ...fake, ...mounted }
}

const drawer = () => document.querySelector('[data-testid="review-activity-drawer"]') as HTMLElement | null
const confirmBox = () => document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')

describe('the activity review queue', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the pending ones by default and another state when chosen', async () => {
    const { wrapper, sent, router } = await mountQueue(answer(() => 'PENDING', () => ({})))
    expect(sent.find((r) => r.operationName === 'ActivitiesForReview')!.variables).toMatchObject({ status: 'PENDING' })
    await wrapper.find('[data-testid="review-activities-filter-ALL"] input').setValue(true)
    await vi.waitFor(() => expect(router.currentRoute.value.query.status).toBe('ALL'))
    await vi.waitFor(() => expect(sent.filter((r) => r.operationName === 'ActivitiesForReview').at(-1)!.variables.status).toBeNull())
    wrapper.unmount()
  })

  it('opens the details and publishes after asking', async () => {
    let status = 'PENDING'
    const { wrapper, sent } = await mountQueue(
      answer(
        () => status,
        () => {
          status = 'PUBLISHED'
          return { data: { approveActivity: { __typename: 'ActivityPayload', activity: { __typename: 'Activity', id: PENDING.id, status: 'PUBLISHED' }, errors: [] } } }
        },
      ),
    )
    await wrapper.find('[data-testid="review-activity-open"]').trigger('click')
    await vi.waitFor(() => expect(drawer()?.querySelector('[data-testid="activity-detail"]')).toBeTruthy())
    expect(drawer()!.textContent).toContain('温州市民中心三楼报告厅')
    drawer()!.querySelector<HTMLButtonElement>('[data-testid="review-activity-approve"]')!.click()
    await vi.waitFor(() => expect(confirmBox()).not.toBeNull())
    confirmBox()!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="review-activity-open"]')).toHaveLength(0)
    })
    expect(sent.find((r) => r.operationName === 'ApproveActivity')!.variables).toEqual({ input: { activityId: PENDING.id } })
    wrapper.unmount()
  })

  it('rejects with a reason', async () => {
    let status = 'PENDING'
    const { wrapper, sent } = await mountQueue(
      answer(
        () => status,
        () => {
          status = 'REJECTED'
          return {
            data: {
              rejectActivity: {
                __typename: 'ActivityPayload',
                activity: { __typename: 'Activity', id: PENDING.id, status: 'REJECTED', statusReason: '名称须用主办单位全称' },
                errors: [],
              },
            },
          }
        },
      ),
    )
    await wrapper.find('[data-testid="review-activity-open"]').trigger('click')
    await vi.waitFor(() => expect(drawer()?.querySelector('[data-testid="review-activity-reject"]')).toBeTruthy())
    drawer()!.querySelector<HTMLButtonElement>('[data-testid="review-activity-reject"]')!.click()
    const dialog = () => document.querySelector('[data-testid="activity-reject-dialog"]') as HTMLElement | null
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    const input = dialog()!.querySelector<HTMLTextAreaElement>('[data-testid="reason-input"]')!
    input.value = '名称须用主办单位全称'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    dialog()!.querySelector<HTMLButtonElement>('[data-testid="reason-submit"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="review-activity-open"]')).toHaveLength(0)
    })
    expect(sent.find((r) => r.operationName === 'RejectActivity')!.variables).toEqual({
      input: { activityId: PENDING.id, reason: '名称须用主办单位全称' },
    })
    wrapper.unmount()
  })
})
