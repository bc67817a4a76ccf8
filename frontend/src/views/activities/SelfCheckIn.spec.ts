import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import SelfCheckIn from './SelfCheckIn.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ID = btoa('Activity:4')
const ROUTES = [
  { path: '/activities/:id/check-in', name: 'activity-self-checkin', component: SelfCheckIn },
  { path: '/activities/:id', name: 'activity', component: { template: '<div />' } },
]

const activity = {
  __typename: 'Activity',
  id: ID,
  name: '温州市惠企政策宣讲会',
  status: 'ONGOING',
  myRegistration: { __typename: 'ActivityRegistration', id: btoa('ActivityRegistration:9'), status: 'CONFIRMED', checkedInAt: null },
}

function answer(result: string, errors: unknown[] = []) {
  return {
    data: {
      selfCheckInToActivity: {
        __typename: 'CheckInPayload',
        result,
        firstCheckedInAt: null,
        registration: errors.length ? null : { __typename: 'ActivityRegistration', id: btoa('ActivityRegistration:9'), personName: '陈会计', checkedInAt: '2026-12-01T01:05:00Z' },
        errors,
      },
    },
  }
}

describe('self check-in', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('takes the code from the venue QR link and shows the result banner', async () => {
    const answers = [answer('INVALID'), answer('OK')]
    const { sent } = fakeGraphQL((req) => (req.operationName === 'SelfCheckInActivity' ? { data: { node: activity } } : answers.shift()))
    const { wrapper } = await mountSignedIn(SelfCheckIn, { path: `/activities/${ID}/check-in?code=381924`, routes: ROUTES })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('input[data-testid="self-checkin-code"]').exists()).toBe(true)
    })
    expect((wrapper.find('input[data-testid="self-checkin-code"]').element as HTMLInputElement).value).toBe('381924')
    await wrapper.find('[data-testid="self-checkin-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-banner"]').attributes('data-result')).toBe('INVALID')
    })
    expect(wrapper.find('[data-testid="checkin-banner"]').text()).toContain('签到码无效或已过期')
    await wrapper.find('input[data-testid="self-checkin-code"]').setValue('605117')
    await wrapper.find('[data-testid="self-checkin-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-banner"]').attributes('data-result')).toBe('OK')
    })
    const inputs = sent.filter((r) => r.operationName === 'SelfCheckInToActivity').map((r) => r.variables.input as Record<string, string>)
    expect(inputs.map((i) => i.venueCode)).toEqual(['381924', '605117'])
    expect(inputs.every((i) => i.activityId === ID)).toBe(true)
    expect(inputs[1]!.nonce).not.toBe(inputs[0]!.nonce)
    wrapper.unmount()
  })
})
