import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import MyActivities from './MyActivities.vue'
import { activityNode, connection, registrationNode } from '@/test/activities'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const stub = { template: '<div />' }
const routes = [
  { path: '/me/activities', name: 'my-activities', component: MyActivities },
  { path: '/activities', name: 'activities', component: stub },
  { path: '/activities/:id', name: 'activity', component: stub },
  // The self check-in page belongs to another part of the SPA.
  { path: '/activities/:id/checkin', name: 'activity-self-checkin', component: stub },
]

const QR = 'data:image/svg+xml;base64,PHN2Zy8+'

describe('my activities', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows each registration’s state, the ticket of a confirmed one and the way to self check-in', async () => {
    const { sent } = fakeGraphQL(() => ({
      data: {
        myActivityRegistrations: connection('ActivityRegistration', [
          {
            ...registrationNode(1, 'CONFIRMED'),
            checkedInAt: null,
            ticket: { __typename: 'CheckInTicket', code: 'K7XPM2', qrSvg: QR },
            activity: activityNode(1),
          },
          { ...registrationNode(2, 'WAITLISTED', { waitlistPosition: 2 }), checkedInAt: null, ticket: null, activity: activityNode(2) },
        ]),
      },
    }))
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/me/activities?status=NOPE', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="my-registration-row"]')).toHaveLength(2)
    })
    // An unknown status in the URL asks for all.
    expect(sent[0]!.variables).toMatchObject({ status: null })
    const [confirmed, waitlisted] = wrapper.findAll('[data-testid="my-registration-row"]')
    expect(confirmed!.find('[data-testid="activity-ticket-qr"]').attributes('src')).toBe(QR)
    expect(confirmed!.find('[data-testid="activity-ticket-code"]').text()).toBe('签到码：K7XPM2')
    expect(confirmed!.find('[data-testid="my-registration-self-checkin"]').attributes('href')).toBe(`/activities/${activityNode(1).id}/checkin`)
    expect(waitlisted!.find('[data-testid="registration-status"]').attributes('data-status')).toBe('WAITLISTED')
    expect(waitlisted!.text()).toContain('候补第 2 位')
    expect(waitlisted!.find('[data-testid="activity-ticket"]').exists()).toBe(false)
    expect(waitlisted!.find('[data-testid="my-registration-self-checkin"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
