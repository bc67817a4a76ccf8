import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import LessonCheckIn from './LessonCheckIn.vue'
import { gid } from '@/test/activities'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { courseNode, lessonNode } from '@/test/trainingProvider'

const stub = { template: '<div />' }
const COURSE = courseNode(1, { status: 'ONGOING' })
const LESSON = lessonNode(1)
const routes = [
  { path: '/organiser/courses', name: 'provider-courses', component: stub },
  { path: '/organiser/courses/:id', name: 'provider-course', component: stub },
  { path: '/organiser/courses/:id/questions', name: 'provider-course-questions', component: stub },
  { path: '/organiser/courses/:id/attendance', name: 'provider-course-attendance', component: stub },
  { path: '/organiser/courses/:id/results', name: 'provider-course-results', component: stub },
  { path: '/organiser/courses/:id/statistics', name: 'provider-course-statistics', component: stub },
  { path: '/organiser/courses/:id/lessons/:lessonId/check-in', name: 'provider-lesson-checkin', component: LessonCheckIn },
]

function sheet(present: boolean) {
  return {
    __typename: 'CourseAttendanceSheet',
    lessons: [LESSON],
    rows: [
      {
        __typename: 'CourseAttendanceRow',
        enrollment: { __typename: 'CourseEnrollment', id: gid('CourseEnrollment', 7), status: 'ENROLLED' },
        userName: '王经理',
        attendanceRate: present ? 100 : 0,
        cells: [{ __typename: 'CourseAttendanceCell', lessonId: LESSON.id, status: present ? 'PRESENT' : null, source: null, note: '', watchedSeconds: 0 }],
      },
    ],
  }
}

describe('the lesson check-in page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('checks a typed code in for the lesson and counts the attendance', async () => {
    let checkedIn = false
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'LessonCheckInPage') return { data: { node: LESSON } }
      if (req.operationName === 'CourseAttendanceSheet') return { data: { node: COURSE, courseAttendanceSheet: sheet(checkedIn) } }
      if (req.operationName === 'CheckInToLesson') {
        checkedIn = true
        return {
          data: {
            checkInToLesson: {
              __typename: 'CheckInPayload',
              result: 'OK',
              firstCheckedInAt: '2026-12-10T01:05:00+00:00',
              registration: null,
              holderName: '测试学员',
              errors: [],
            },
          },
        }
      }
      return {}
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/courses/${COURSE.id}/lessons/${LESSON.id}/check-in`, routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-count"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="checkin-lesson-title"]').text()).toContain('第1课')
    expect(wrapper.find('[data-testid="checkin-count"]').text()).toContain('0')
    await wrapper.find('input[data-testid="checkin-code"]').setValue(' K7QX2M ')
    await wrapper.find('[data-testid="checkin-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-banner"]').attributes('data-result')).toBe('OK')
    })
    const attempt = sent.find((r) => r.operationName === 'CheckInToLesson')!.variables.input as Record<string, string>
    expect(attempt).toMatchObject({ lessonId: LESSON.id, code: 'K7QX2M' })
    expect(attempt.nonce).toMatch(/^[0-9a-f-]{36}$/)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="checkin-count"]').text()).toContain('1'))
    expect(wrapper.find('[data-testid="checkin-latest"]').text()).toContain('测试学员')
    wrapper.unmount()
  })

  it('answers a lesson that is not in person, or not mine, as not found', async () => {
    fakeGraphQL((req) => {
      if (req.operationName === 'LessonCheckInPage') return { data: { node: lessonNode(2, { kind: 'VIDEO' }) } }
      if (req.operationName === 'CourseAttendanceSheet') return { data: { node: COURSE, courseAttendanceSheet: null } }
      return {}
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/courses/${COURSE.id}/lessons/${LESSON.id}/check-in`, routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-not-found"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="checkin-code"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
