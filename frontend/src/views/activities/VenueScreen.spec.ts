import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import VenueScreen from './VenueScreen.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ID = btoa('Activity:4')
const ROUTES = [{ path: '/organiser/activities/:id/venue', name: 'organiser-activity-venue', component: VenueScreen }]
const START = new Date('2026-12-01T02:00:00Z').getTime()

function venue(code: string, expiresAt: number) {
  return {
    data: {
      activityVenueCode: {
        __typename: 'VenueCode',
        code,
        expiresAt: new Date(expiresAt).toISOString(),
        periodSeconds: 30,
        checkInUrl: `https://qifu.example/activities/${ID}/check-in?code=${code}`,
        qrSvg: 'data:image/svg+xml;base64,PHN2Zy8+',
      },
      node: { __typename: 'Activity', id: ID, name: '温州市惠企政策宣讲会' },
    },
  }
}

describe('the venue screen', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the code with its QR, counts down and fetches the next code when it expires', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: START })
    const answers = [venue('381924', START + 3000), venue('605117', START + 33_000)]
    const { sent } = fakeGraphQL(() => answers.shift() ?? venue('605117', START + 33_000))
    const { wrapper } = await mountSignedIn(VenueScreen, { path: `/organiser/activities/${ID}/venue`, routes: ROUTES })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="venue-code"]').text()).toBe('381924')
    })
    expect(wrapper.find('[data-testid="venue-qr"]').attributes('src')).toContain('data:image/svg+xml')
    expect(wrapper.text()).toContain('温州市惠企政策宣讲会')
    expect(wrapper.find('[data-testid="venue-countdown"]').text()).toBe('3 秒后刷新')
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(wrapper.find('[data-testid="venue-countdown"]').text()).toBe('2 秒后刷新')
    expect(sent).toHaveLength(1)
    expect(sent[0]!.variables).toEqual({ activityId: ID })

    vi.advanceTimersByTime(2000)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="venue-code"]').text()).toBe('605117')
    })
    expect(sent).toHaveLength(2)
    expect(wrapper.find('[data-testid="venue-countdown"]').text()).toBe('30 秒后刷新')
    wrapper.unmount()
  })

  it('answers as for an unknown activity when the code is not mine to show', async () => {
    fakeGraphQL(() => ({ data: { activityVenueCode: null, node: null } }))
    const { wrapper } = await mountSignedIn(VenueScreen, { path: `/organiser/activities/${ID}/venue`, routes: ROUTES })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="venue-not-found"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="venue-code"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
