import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ActivityPage from './ActivityPage.vue'
import { activityNode, registrationNode } from '@/test/activities'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ACTIVITY = activityNode(5)
const routes = [
  { path: '/activities/:id', name: 'activity', component: ActivityPage },
  { path: '/activities', name: 'activities', component: { template: '<div />' } },
  { path: '/me/activities', name: 'my-activities', component: { template: '<div />' } },
  { path: '/login', name: 'login', component: { template: '<div />' } },
]

function page(myRegistration: unknown, overrides: Record<string, unknown> = {}) {
  return { data: { node: { ...ACTIVITY, ...overrides, myRegistration } } }
}

async function mountPage(respond: (req: SentRequest) => unknown) {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path: `/activities/${ACTIVITY.id}`, routes })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.find('[data-testid="activity-name"]').exists()).toBe(true)
  })
  return { ...fake, ...mounted }
}

const confirmBox = () => document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')

describe('the activity page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the details and the agenda, and leaves a place for what comes after', async () => {
    const { wrapper } = await mountPage(() => page(null))
    expect(wrapper.find('[data-testid="activity-organiser"]').text()).toBe('温州市中小企业法律服务中心')
    expect(wrapper.find('[data-testid="activity-places"]').text()).toBe('剩余名额 12 / 50')
    expect(wrapper.find('[data-testid="activity-agenda"]').text()).toContain('政策解读')
    expect(wrapper.find('[data-testid="activity-agenda"]').text()).toContain('王主任')
    expect(wrapper.find('section#activity-after').exists()).toBe(true)
    wrapper.unmount()
  })

  it('signs up with a note and shows the waitlist position it got', async () => {
    let signedUp = false
    const { wrapper, sent } = await mountPage((req) => {
      if (req.operationName === 'SignUpForActivity') {
        signedUp = true
        return {
          data: {
            signUpForActivity: {
              __typename: 'ActivityRegistrationPayload',
              registration: {
                ...registrationNode(9, 'WAITLISTED', { waitlistPosition: 3, note: '两人参加' }),
                activity: { __typename: 'Activity', id: ACTIVITY.id, remainingPlaces: 0, waitlistCount: 3 },
              },
              errors: [],
            },
          },
        }
      }
      return signedUp
        ? page(registrationNode(9, 'WAITLISTED', { waitlistPosition: 3, note: '两人参加' }), { remainingPlaces: 0 })
        : page(null, { remainingPlaces: 0 })
    })
    expect(wrapper.find('[data-testid="signup-full"]').exists()).toBe(true)
    await wrapper.find('textarea[data-testid="signup-note"]').setValue('两人参加')
    await wrapper.find('[data-testid="signup-submit"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="my-registration"]').exists()).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'SignUpForActivity')!.variables).toEqual({
      input: { activityId: ACTIVITY.id, note: '两人参加' },
    })
    expect(wrapper.find('[data-testid="registration-status"]').attributes('data-status')).toBe('WAITLISTED')
    expect(wrapper.find('[data-testid="my-registration-position"]').text()).toBe('候补第 3 位')
    expect(wrapper.find('[data-testid="signup-submit"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the refusal of a sign-up and stays as it was', async () => {
    const { wrapper } = await mountPage((req) => {
      if (req.operationName === 'SignUpForActivity') {
        return {
          data: {
            signUpForActivity: {
              __typename: 'ActivityRegistrationPayload',
              registration: null,
              errors: [{ __typename: 'UserError', field: 'activityId', code: 'ENTERPRISE_NOT_VERIFIED', message: '仅限已认证企业的成员报名' }],
            },
          },
        }
      }
      return page(null, { verifiedOnly: true })
    })
    await wrapper.find('[data-testid="signup-submit"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('仅限已认证企业的成员报名')
    expect(wrapper.find('[data-testid="my-registration"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="signup-submit"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('cancels my confirmed registration after asking', async () => {
    let cancelled = false
    const { wrapper, sent } = await mountPage((req) => {
      if (req.operationName === 'CancelActivityRegistration') {
        cancelled = true
        return {
          data: {
            cancelActivityRegistration: {
              __typename: 'ActivityRegistrationPayload',
              registration: registrationNode(4, 'CANCELLED'),
              errors: [],
            },
          },
        }
      }
      return page(registrationNode(4, cancelled ? 'CANCELLED' : 'CONFIRMED'))
    })
    expect(wrapper.find('[data-testid="registration-status"]').attributes('data-status')).toBe('CONFIRMED')
    await wrapper.find('[data-testid="registration-cancel"]').trigger('click')
    await vi.waitFor(() => expect(confirmBox()).not.toBeNull())
    confirmBox()!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="registration-status"]').attributes('data-status')).toBe('CANCELLED')
    })
    expect(sent.find((r) => r.operationName === 'CancelActivityRegistration')!.variables).toEqual({
      input: { registrationId: registrationNode(4, 'CONFIRMED').id },
    })
    expect(wrapper.find('[data-testid="registration-cancel"]').exists()).toBe(false)
    // Still open: signing up again renews the registration.
    expect(wrapper.find('[data-testid="signup-submit"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('shows why my registration was rejected', async () => {
    const { wrapper } = await mountPage(() => page(registrationNode(4, 'REJECTED', { reason: '名额优先本地企业' })))
    expect(wrapper.find('[data-testid="my-registration-reason"]').text()).toBe('原因：名额优先本地企业')
    expect(wrapper.find('[data-testid="registration-cancel"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
