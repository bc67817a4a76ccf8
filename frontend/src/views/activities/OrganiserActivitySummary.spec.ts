import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import OrganiserActivitySummary from './OrganiserActivitySummary.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ID = btoa('Activity:4')
const ROUTES = [
  { path: '/organiser/activities/:id/summary', name: 'organiser-activity-summary', component: OrganiserActivitySummary },
  { path: '/organiser/activities/:id/registrations', name: 'organiser-activity-registrations', component: { template: '<div />' } },
]

const activity = {
  __typename: 'Activity',
  id: ID,
  name: '温州市惠企政策宣讲会',
  status: 'ENDED',
  startsAt: '2026-12-01T01:00:00Z',
  endsAt: '2026-12-01T05:00:00Z',
  capacity: 50,
  checkedInCount: 37,
  summary: null,
}

async function mountPage() {
  const result = await mountSignedIn(OrganiserActivitySummary, { path: `/organiser/activities/${ID}/summary`, routes: ROUTES })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(result.wrapper.find('textarea[data-testid="summary-text"]').exists()).toBe(true)
  })
  return result
}

describe('the summary editor', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('fills attendance from the check-ins and puts the refusals next to their fields', async () => {
    const { sent } = fakeGraphQL((req) =>
      req.operationName === 'OrganiserActivitySummary'
        ? { data: { node: activity } }
        : {
            data: {
              saveActivitySummary: {
                __typename: 'ActivityPayload',
                activity: null,
                errors: [
                  { __typename: 'UserError', field: 'text', code: 'REQUIRED', message: '请填写总结内容' },
                  { __typename: 'UserError', field: 'attendance', code: 'INVALID', message: '实到人数超出范围' },
                ],
              },
            },
          },
    )
    const { wrapper } = await mountPage()
    expect((wrapper.find('[data-testid="summary-attendance"] input').element as HTMLInputElement).value).toBe('37')
    expect(wrapper.text()).toContain('默认取签到人数（37）')
    await wrapper.find('[data-testid="summary-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.text()).toContain('请填写总结内容')
      expect(wrapper.text()).toContain('实到人数超出范围')
    })
    const save = sent.find((r) => r.operationName === 'SaveActivitySummary')!
    expect(save.variables).toEqual({ input: { activityId: ID, text: '', photoFileIds: [], attendance: 37 } })
    // A changed field loses its message.
    await wrapper.find('textarea[data-testid="summary-text"]').setValue('共 37 家企业参加')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.text()).not.toContain('请填写总结内容')
    })
    expect(wrapper.text()).toContain('实到人数超出范围')
    wrapper.unmount()
  })

  it('loads a saved summary and saves the edited text', async () => {
    const saved = {
      __typename: 'ActivitySummary',
      text: '活动顺利举行',
      attendance: 40,
      updatedAt: '2026-12-01T06:00:00Z',
      photos: [{ __typename: 'StoredFile', id: btoa('StoredFile:3'), name: 'hall.jpg', url: '/files/3' }],
    }
    const { sent } = fakeGraphQL((req) =>
      req.operationName === 'OrganiserActivitySummary'
        ? { data: { node: { ...activity, summary: saved } } }
        : {
            data: {
              saveActivitySummary: {
                __typename: 'ActivityPayload',
                activity: { __typename: 'Activity', id: ID, status: 'SUMMARIZED', summary: { ...saved, text: '活动顺利举行，签约 3 项' } },
                errors: [],
              },
            },
          },
    )
    const { wrapper } = await mountPage()
    expect((wrapper.find('textarea[data-testid="summary-text"]').element as HTMLTextAreaElement).value).toBe('活动顺利举行')
    expect((wrapper.find('[data-testid="summary-attendance"] input').element as HTMLInputElement).value).toBe('40')
    await wrapper.find('textarea[data-testid="summary-text"]').setValue('活动顺利举行，签约 3 项')
    await wrapper.find('[data-testid="summary-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'SaveActivitySummary')).toBe(true)
    })
    const save = sent.find((r) => r.operationName === 'SaveActivitySummary')!
    expect(save.variables).toEqual({
      input: { activityId: ID, text: '活动顺利举行，签约 3 项', photoFileIds: [btoa('StoredFile:3')], attendance: 40 },
    })
    await flushPromises()
    expect(wrapper.findAll('[data-testid="form-error"]')).toHaveLength(0)
    wrapper.unmount()
  })
})
