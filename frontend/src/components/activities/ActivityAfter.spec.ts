import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ActivityAfter from './ActivityAfter.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ID = btoa('Activity:4')

function evaluation(n: number) {
  return {
    __typename: 'Evaluation',
    id: btoa(`Evaluation:${n}`),
    overall: 5,
    dimensions: [
      { __typename: 'DimensionScore', name: 'content', score: 5 },
      { __typename: 'DimensionScore', name: 'organisation', score: 4 },
      { __typename: 'DimensionScore', name: 'usefulness', score: 3 },
    ],
    comment: '政策讲得很清楚',
    createdAt: '2026-12-01T06:00:00Z',
  }
}

function activity(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Activity',
    id: ID,
    status: 'ENDED',
    endsAt: '2026-12-01T05:00:00Z',
    myRegistration: { __typename: 'ActivityRegistration', id: btoa('ActivityRegistration:9'), status: 'CONFIRMED', checkedInAt: '2026-12-01T01:05:00Z' },
    summary: null,
    myEvaluation: null,
    ...overrides,
  }
}

const noEvaluations = { data: { node: { __typename: 'Activity', id: ID, evaluations: { __typename: 'EvaluationPage', totalCount: 0, items: [] } } } }

describe('after an activity', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lets a checked-in attendee rate it: every score is needed, then the rating is sent and shown', async () => {
    let rated = false
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'ActivityEvaluations') return noEvaluations
      if (req.operationName === 'ActivityAfter') return { data: { node: activity(rated ? { myEvaluation: evaluation(1) } : {}) } }
      rated = true
      return {
        data: {
          evaluateActivity: {
            __typename: 'EvaluateActivityPayload',
            evaluation: evaluation(1),
            activity: { __typename: 'Activity', id: ID, myEvaluation: evaluation(1) },
            errors: [],
          },
        },
      }
    })
    const { wrapper } = await mountSignedIn(ActivityAfter, { props: { activityId: ID } })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="activity-rating-form"]').exists()).toBe(true)
    })
    await wrapper.find('[data-testid="activity-rating-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.text()).toContain('请为每一项打分')
    })
    expect(sent.some((r) => r.operationName === 'EvaluateActivity')).toBe(false)

    const stars = (testid: string) => wrapper.findAll(`[data-testid="${testid}"] .el-rate__item`)
    await stars('activity-rate-overall')[4]!.trigger('click')
    await stars('activity-rate-content')[4]!.trigger('click')
    await stars('activity-rate-organisation')[3]!.trigger('click')
    await stars('activity-rate-usefulness')[2]!.trigger('click')
    await wrapper.find('textarea[data-testid="activity-rating-comment"]').setValue(' 政策讲得很清楚 ')
    await wrapper.find('[data-testid="activity-rating-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="activity-my-evaluation"]').exists()).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'EvaluateActivity')!.variables).toEqual({
      input: {
        activityId: ID,
        overall: 5,
        dimensions: [
          { name: 'content', score: 5 },
          { name: 'organisation', score: 4 },
          { name: 'usefulness', score: 3 },
        ],
        comment: '政策讲得很清楚',
      },
    })
    expect(wrapper.find('[data-testid="activity-rating-form"]').exists()).toBe(false)
    // The ratings list is asked for again, now with mine.
    expect(sent.filter((r) => r.operationName === 'ActivityEvaluations').length).toBeGreaterThanOrEqual(2)
    wrapper.unmount()
  })

  it('shows the server refusal and keeps the form', async () => {
    fakeGraphQL((req) => {
      if (req.operationName === 'ActivityEvaluations') return noEvaluations
      if (req.operationName === 'ActivityAfter') return { data: { node: activity() } }
      return {
        data: {
          evaluateActivity: {
            __typename: 'EvaluateActivityPayload',
            evaluation: null,
            activity: null,
            errors: [{ __typename: 'UserError', field: 'activityId', code: 'ALREADY_EVALUATED', message: '您已评价过此活动' }],
          },
        },
      }
    })
    const { wrapper } = await mountSignedIn(ActivityAfter, { props: { activityId: ID } })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="activity-rating-form"]').exists()).toBe(true)
    })
    for (const testid of ['overall', 'content', 'organisation', 'usefulness']) {
      await wrapper.findAll(`[data-testid="activity-rate-${testid}"] .el-rate__item`)[3]!.trigger('click')
    }
    await wrapper.find('[data-testid="activity-rating-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.text()).toContain('您已评价过此活动')
    })
    expect(wrapper.find('[data-testid="activity-rating-form"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('shows the summary and ratings but no form to someone who did not check in', async () => {
    fakeGraphQL((req) => {
      if (req.operationName === 'ActivityEvaluations') {
        return { data: { node: { __typename: 'Activity', id: ID, evaluations: { __typename: 'EvaluationPage', totalCount: 1, items: [evaluation(2)] } } } }
      }
      return {
        data: {
          node: activity({
            status: 'SUMMARIZED',
            myRegistration: null,
            summary: { __typename: 'ActivitySummary', text: '活动顺利举行', attendance: 37, updatedAt: '2026-12-01T06:00:00Z', photos: [] },
          }),
        },
      }
    })
    const { wrapper } = await mountSignedIn(ActivityAfter, { props: { activityId: ID } })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="activity-evaluation"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="activity-summary"]').text()).toContain('活动顺利举行')
    expect(wrapper.find('[data-testid="activity-summary-attendance"]').text()).toBe('实到 37 人')
    expect(wrapper.find('[data-testid="activity-evaluation"]').text()).toContain('组织 4')
    expect(wrapper.find('[data-testid="activity-rating-form"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
