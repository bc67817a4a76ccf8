import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import OrganiserRegistrations from './OrganiserRegistrations.vue'
import { activityNode, connection, registrationNode } from '@/test/activities'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ACTIVITY = activityNode(7, { needsApproval: true })
const stub = { template: '<div />' }
const routes = [
  { path: '/organiser/activities/:id/registrations', name: 'organiser-activity-registrations', component: OrganiserRegistrations },
  { path: '/organiser/activities', name: 'organiser-activities', component: stub },
  // The check-in, venue, summary and statistics pages belong to another part of the SPA.
  { path: '/organiser/activities/:id/checkin', name: 'organiser-activity-checkin', component: stub },
  { path: '/organiser/activities/:id/venue', name: 'organiser-activity-venue', component: stub },
  { path: '/organiser/activities/:id/summary', name: 'organiser-activity-summary', component: stub },
  { path: '/organiser/activities/:id/statistics', name: 'organiser-activity-statistics', component: stub },
]

function answer(statuses: Record<number, string>, mutation: (req: SentRequest) => unknown = () => ({})) {
  return (req: SentRequest) => {
    if (req.operationName === 'OrganisedActivity') return { data: { node: ACTIVITY } }
    if (req.operationName === 'ActivityRegistrations') {
      const nodes = Object.entries(statuses).map(([n, s]) =>
        registrationNode(Number(n), s, s === 'REJECTED' ? { reason: '不符合面向对象' } : { note: `备注${n}` }),
      )
      return { data: { activityRegistrations: connection('ActivityRegistration', nodes) } }
    }
    return mutation(req)
  }
}

async function mountPage(respond: (req: SentRequest) => unknown, query = '') {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/activities/${ACTIVITY.id}/registrations${query}`, routes })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.findAll('[data-testid="registration-person"]').length).toBeGreaterThan(0)
  })
  return { ...fake, ...mounted }
}

describe('an activity’s registrations', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists them with the status filter of the URL and links to the check-in, venue, summary and statistics pages', async () => {
    const { wrapper, sent } = await mountPage(answer({ 1: 'PENDING_APPROVAL' }), '?status=PENDING_APPROVAL')
    expect(sent.find((r) => r.operationName === 'ActivityRegistrations')!.variables).toMatchObject({ activityId: ACTIVITY.id, status: 'PENDING_APPROVAL' })
    expect(wrapper.find('[data-testid="registrations-activity-name"]').text()).toBe(ACTIVITY.name)
    for (const [testid, path] of [
      ['link-checkin', 'checkin'],
      ['link-venue', 'venue'],
      ['link-summary', 'summary'],
      ['link-statistics', 'statistics'],
    ]) {
      expect(wrapper.find(`[data-testid="${testid}"]`).attributes('href')).toBe(`/organiser/activities/${ACTIVITY.id}/${path}`)
    }
    wrapper.unmount()
  })

  it('approves a registration waiting for approval and asks again', async () => {
    let approved = false
    const { wrapper, sent } = await mountPage((req) =>
      answer({ 1: approved ? 'CONFIRMED' : 'PENDING_APPROVAL', 2: 'CONFIRMED' }, () => {
        approved = true
        return {
          data: {
            approveActivityRegistration: {
              __typename: 'ActivityRegistrationPayload',
              registration: { __typename: 'ActivityRegistration', id: registrationNode(1, 'CONFIRMED').id, status: 'CONFIRMED', waitlistPosition: null },
              errors: [],
            },
          },
        }
      })(req),
    )
    expect(wrapper.findAll('[data-testid="registration-approve"]')).toHaveLength(1)
    await wrapper.find('[data-testid="registration-approve"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="registration-approve"]')).toHaveLength(0)
    })
    expect(sent.find((r) => r.operationName === 'ApproveActivityRegistration')!.variables).toEqual({
      input: { registrationId: registrationNode(1, 'PENDING_APPROVAL').id },
    })
    wrapper.unmount()
  })

  it('rejects with a reason, asks for one when it is missing, and shows the server’s refusal', async () => {
    let rejected = false
    let refuse = true
    const { wrapper, sent } = await mountPage((req) =>
      answer({ 1: rejected ? 'REJECTED' : 'PENDING_APPROVAL' }, () => {
        if (refuse) {
          refuse = false
          return {
            data: {
              rejectActivityRegistration: {
                __typename: 'ActivityRegistrationPayload',
                registration: null,
                errors: [{ __typename: 'UserError', field: 'reason', code: 'TOO_LONG', message: '原因太长' }],
              },
            },
          }
        }
        rejected = true
        return {
          data: {
            rejectActivityRegistration: {
              __typename: 'ActivityRegistrationPayload',
              registration: { __typename: 'ActivityRegistration', id: registrationNode(1, 'REJECTED').id, status: 'REJECTED', reason: '不符合面向对象' },
              errors: [],
            },
          },
        }
      })(req),
    )
    await wrapper.find('[data-testid="registration-reject"]').trigger('click')
    const dialog = () => document.querySelector('[data-testid="registration-reject-dialog"]') as HTMLElement
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    const submit = () => dialog().querySelector<HTMLButtonElement>('[data-testid="reason-submit"]')!.click()
    const error = () => dialog().querySelector('.el-form-item__error')?.textContent?.trim()

    submit()
    await vi.waitFor(() => expect(error()).toBe('请填写原因'))
    expect(sent.some((r) => r.operationName === 'RejectActivityRegistration')).toBe(false)

    const input = dialog().querySelector<HTMLTextAreaElement>('[data-testid="reason-input"]')!
    input.value = '不符合面向对象'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    submit()
    await vi.waitFor(() => expect(error()).toBe('原因太长'))

    submit()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="registration-reason"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="registration-reason"]').text()).toBe('原因：不符合面向对象')
    expect(sent.filter((r) => r.operationName === 'RejectActivityRegistration').at(-1)!.variables).toEqual({
      input: { registrationId: registrationNode(1, 'PENDING_APPROVAL').id, reason: '不符合面向对象' },
    })
    wrapper.unmount()
  })
})
