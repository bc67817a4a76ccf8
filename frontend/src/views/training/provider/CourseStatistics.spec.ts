import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CourseStatistics from './CourseStatistics.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { courseNode, lessonNode } from '@/test/trainingProvider'

const stub = { template: '<div />' }
const COURSE = courseNode(1, { status: 'ENDED' })
const routes = [
  { path: '/organiser/courses', name: 'provider-courses', component: stub },
  { path: '/organiser/courses/:id', name: 'provider-course', component: stub },
  { path: '/organiser/courses/:id/questions', name: 'provider-course-questions', component: stub },
  { path: '/organiser/courses/:id/attendance', name: 'provider-course-attendance', component: stub },
  { path: '/organiser/courses/:id/results', name: 'provider-course-results', component: stub },
  { path: '/organiser/courses/:id/statistics', name: 'provider-course-statistics', component: CourseStatistics },
]

const STATISTICS = {
  __typename: 'CourseStatistics',
  enrolled: 12,
  cancelled: 2,
  lessons: [
    { __typename: 'CourseLessonStatistics', lesson: lessonNode(1), attended: 9, late: 1, absent: 2, excused: 0, attendanceRate: 83 },
    { __typename: 'CourseLessonStatistics', lesson: lessonNode(2, { kind: 'VIDEO' }), attended: 10, late: 0, absent: 1, excused: 1, attendanceRate: 91 },
  ],
  participants: 10,
  passRate: 0.8,
  averageScore: 2.456,
  certificates: 8,
  evaluationCount: 6,
  satisfactionRate: null,
  averageDimensions: [{ __typename: 'DimensionAverage', name: 'content', average: 4.5 }],
  exportUrl: '/exports/courses/1.xlsx?sig=abc',
}

describe('the course statistics', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the figures, attendance per lesson and the export link', async () => {
    fakeGraphQL((req) => {
      if (req.operationName === 'CourseHeading') return { data: { node: COURSE } }
      if (req.operationName === 'CourseStatistics') return { data: { courseStatistics: STATISTICS } }
      return {}
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/courses/${COURSE.id}/statistics`, routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="statistics-figures"]').exists()).toBe(true)
    })
    const figure = (key: string) => wrapper.find(`[data-testid="statistics-${key}"]`).text()
    expect(figure('enrolled')).toContain('12')
    expect(figure('passRate')).toContain('80%')
    expect(figure('averageScore')).toContain('2.46')
    expect(figure('satisfactionRate')).toContain('—')
    expect(figure('certificates')).toContain('8')
    expect(wrapper.find('[data-testid="statistics-dimensions"]').text()).toContain('课程内容 4.5')
    expect(wrapper.findAll('[data-testid="statistics-lesson-attended"]').map((c) => c.text())).toEqual(['9', '10'])
    expect(wrapper.find('[data-testid="statistics-export"]').attributes('href')).toBe(STATISTICS.exportUrl)
    wrapper.unmount()
  })

  it('lists the evaluations and replies to one', async () => {
    let replied = false
    const evaluation = () => ({
      __typename: 'Evaluation',
      id: 'ev1',
      overall: 5,
      dimensions: [{ __typename: 'DimensionScore', name: 'teacher', score: 4 }],
      comment: '案例实用',
      reply: replied ? '谢谢支持' : null,
      repliedAt: replied ? '2026-12-11T01:00:00Z' : null,
      createdAt: '2026-12-10T08:00:00Z',
    })
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'CourseHeading') return { data: { node: COURSE } }
      if (req.operationName === 'CourseStatistics') return { data: { courseStatistics: STATISTICS } }
      if (req.operationName === 'CourseEvaluations') return { data: { courseEvaluations: { __typename: 'EvaluationPage', totalCount: 1, items: [evaluation()] } } }
      if (req.operationName === 'ReplyToEngagementEvaluation') {
        replied = true
        return { data: { replyToEvaluation: { __typename: 'EvaluationPayload', evaluation: { __typename: 'Evaluation', id: 'ev1', reply: '谢谢支持', repliedAt: '2026-12-11T01:00:00Z' }, errors: [] } } }
      }
      return {}
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/courses/${COURSE.id}/statistics`, routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="course-evaluation"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="course-evaluation"]').text()).toContain('授课老师 4')
    // An empty reply is not sent.
    await wrapper.find('[data-testid="course-evaluation-reply-submit"]').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="course-evaluation"]').text()).toContain('请填写此项'))
    expect(sent.some((r) => r.operationName === 'ReplyToEngagementEvaluation')).toBe(false)
    await wrapper.find('textarea[data-testid="course-evaluation-reply-input"]').setValue('谢谢支持')
    await wrapper.find('[data-testid="course-evaluation-reply-submit"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="course-evaluation-reply"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="course-evaluation-reply"]').text()).toContain('谢谢支持')
    expect(sent.find((r) => r.operationName === 'ReplyToEngagementEvaluation')!.variables).toEqual({ input: { evaluationId: 'ev1', reply: '谢谢支持' } })
    wrapper.unmount()
  })

  it('answers a course I may not see as not found', async () => {
    fakeGraphQL((req) => (req.operationName === 'CourseStatistics' ? { data: { courseStatistics: null } } : { data: { node: null } }))
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/courses/${COURSE.id}/statistics`, routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="course-not-found"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="statistics-export"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
