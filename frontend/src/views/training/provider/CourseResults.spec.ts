import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CourseResults from './CourseResults.vue'
import { connection } from '@/test/activities'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { courseNode } from '@/test/trainingProvider'

const stub = { template: '<div />' }
const COURSE = courseNode(1, { status: 'ENDED' })
const routes = [
  { path: '/organiser/courses', name: 'provider-courses', component: stub },
  { path: '/organiser/courses/:id', name: 'provider-course', component: stub },
  { path: '/organiser/courses/:id/questions', name: 'provider-course-questions', component: stub },
  { path: '/organiser/courses/:id/attendance', name: 'provider-course-attendance', component: stub },
  { path: '/organiser/courses/:id/results', name: 'provider-course-results', component: CourseResults },
  { path: '/organiser/courses/:id/statistics', name: 'provider-course-statistics', component: stub },
]
const result = (n: number, overrides: Record<string, unknown>) => ({
  __typename: 'CourseResult',
  id: `r${n}`,
  userName: `学员${n}`,
  attendanceRate: 100,
  bestScore: 3,
  passed: true,
  attemptsUsed: 1,
  certificateCode: 'K7QX-2MP3-RT8W',
  ...overrides,
})

describe('the course results', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists each learner’s attendance, best score, pass and certificate', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'CourseHeading') return { data: { node: COURSE } }
      if (req.operationName === 'CourseResults') {
        return { data: { courseResults: connection('CourseResult', [result(1, {}), result(2, { bestScore: null, passed: null, attemptsUsed: 0, certificateCode: null, attendanceRate: 50 })]) } }
      }
      return {}
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/courses/${COURSE.id}/results`, routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="result-person"]')).toHaveLength(2)
    })
    expect(sent.find((r) => r.operationName === 'CourseResults')!.variables).toMatchObject({ courseId: COURSE.id })
    expect(wrapper.findAll('[data-testid="result-certificate"]').map((c) => c.text())).toEqual(['K7QX-2MP3-RT8W', '—'])
    expect(wrapper.findAll('[data-testid="result-passed"]').map((c) => c.text())).toEqual(['通过', '未通过'])
    expect(wrapper.findAll('[data-testid="result-score"]').map((c) => c.text())).toEqual(['3', '—'])
    wrapper.unmount()
  })
})
