import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import OrganiserCheckIn from './OrganiserCheckIn.vue'
import { fakeGraphQL, jsonResponse } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ID = btoa('Activity:4')
const ROUTES = [
  { path: '/organiser/activities/:id/check-in', name: 'organiser-activity-checkin', component: OrganiserCheckIn },
  { path: '/organiser/activities/:id/registrations', name: 'organiser-activity-registrations', component: { template: '<div />' } },
  { path: '/organiser/activities/:id/venue', name: 'organiser-activity-venue', component: { template: '<div />' } },
]

const activity = {
  __typename: 'Activity',
  id: ID,
  name: '温州市惠企政策宣讲会',
  status: 'ONGOING',
  startsAt: '2026-12-01T01:00:00Z',
  endsAt: '2026-12-01T05:00:00Z',
  checkedInCount: 3,
}

function payload(result: string, name = '李四', count = 4) {
  return {
    data: {
      checkInToActivity: {
        __typename: 'CheckInPayload',
        result,
        firstCheckedInAt: result === 'ALREADY_CHECKED_IN' ? '2026-12-01T01:05:00Z' : null,
        registration: {
          __typename: 'ActivityRegistration',
          id: btoa('ActivityRegistration:9'),
          personName: name,
          checkedInAt: '2026-12-01T01:05:00Z',
          activity: { __typename: 'Activity', id: ID, checkedInCount: count },
        },
        errors: [],
      },
    },
  }
}

async function mountPage() {
  const result = await mountSignedIn(OrganiserCheckIn, { path: `/organiser/activities/${ID}/check-in`, routes: ROUTES })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(result.wrapper.find('[data-testid="checkin-code"]').exists()).toBe(true)
  })
  return result
}

async function typeAndEnter(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], code: string) {
  await wrapper.find('input[data-testid="checkin-code"]').setValue(code)
  await wrapper.find('[data-testid="checkin-form"]').trigger('submit')
}

describe('the organiser check-in page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('checks a typed code in on Enter with a fresh nonce each time, and counts', async () => {
    const answers = [payload('OK'), payload('ALREADY_CHECKED_IN', '李四', 4)]
    const { sent } = fakeGraphQL((req) => (req.operationName === 'CheckInPage' ? { data: { node: activity } } : answers.shift()))
    const { wrapper } = await mountPage()
    expect(wrapper.find('[data-testid="checkin-count"]').text()).toContain('3')

    await typeAndEnter(wrapper, ' K7QX2M ')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-banner"]').attributes('data-result')).toBe('OK')
    })
    expect(wrapper.find('[data-testid="checkin-banner"]').text()).toContain('签到成功')
    expect(wrapper.find('[data-testid="checkin-banner"]').text()).toContain('李四')
    expect(wrapper.find('[data-testid="checkin-count"]').text()).toContain('4')
    expect(wrapper.find('[data-testid="checkin-latest"]').text()).toContain('李四')
    expect((wrapper.find('input[data-testid="checkin-code"]').element as HTMLInputElement).value).toBe('')

    await typeAndEnter(wrapper, 'K7QX2M')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-banner"]').attributes('data-result')).toBe('ALREADY_CHECKED_IN')
    })
    expect(wrapper.find('[data-testid="checkin-banner-first"]').text()).toContain('09:05')
    const attempts = sent.filter((r) => r.operationName === 'CheckInToActivity').map((r) => r.variables.input as Record<string, string>)
    expect(attempts).toHaveLength(2)
    expect(attempts[0]).toMatchObject({ activityId: ID, code: 'K7QX2M' })
    expect(attempts[0]!.nonce).toMatch(/^[0-9a-f-]{36}$/)
    expect(attempts[1]!.nonce).not.toBe(attempts[0]!.nonce)
    wrapper.unmount()
  })

  it('after a network error, retry resends the same code with the same nonce', async () => {
    const nonces: string[] = []
    let fail = true
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
        const body = JSON.parse(String(init?.body ?? '{}')) as { operationName?: string; query?: string; variables?: { input?: { nonce: string } } }
        if (/query CheckInPage/.test(body.query ?? '')) return jsonResponse({ data: { node: activity } })
        nonces.push(body.variables!.input!.nonce)
        if (fail) {
          fail = false
          throw new TypeError('Failed to fetch')
        }
        return jsonResponse(payload('OK'))
      }),
    )
    const { wrapper } = await mountPage()
    await typeAndEnter(wrapper, 'K7QX2M')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-retry"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="checkin-banner"]').exists()).toBe(false)
    await wrapper.find('[data-testid="checkin-retry"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-banner"]').attributes('data-result')).toBe('OK')
    })
    expect(nonces).toHaveLength(2)
    expect(nonces[1]).toBe(nonces[0])
    expect(wrapper.find('[data-testid="checkin-retry"]').exists()).toBe(false)

    // The next attempt is a new one.
    await typeAndEnter(wrapper, 'P3RT8W')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(nonces).toHaveLength(3)
    })
    expect(nonces[2]).not.toBe(nonces[0])
    wrapper.unmount()
  })

  it('shows a camera refusal and keeps the typed field', async () => {
    fakeGraphQL(() => ({ data: { node: activity } }))
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) } })
    const { wrapper } = await mountPage()
    await wrapper.find('[data-testid="scan-start"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="scan-problem"]').text()).toContain('无法使用摄像头')
    })
    expect(wrapper.find('[data-testid="checkin-code"]').exists()).toBe(true)
    wrapper.unmount()
  })
})
