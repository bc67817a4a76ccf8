import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import AttendanceSheet from './AttendanceSheet.vue'
import { gid } from '@/test/activities'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { courseNode, lessonNode } from '@/test/trainingProvider'

const stub = { template: '<div />' }
const routes = [
  { path: '/organiser/courses', name: 'provider-courses', component: stub },
  { path: '/organiser/courses/:id', name: 'provider-course', component: stub },
  { path: '/organiser/courses/:id/questions', name: 'provider-course-questions', component: stub },
  { path: '/organiser/courses/:id/attendance', name: 'provider-course-attendance', component: AttendanceSheet },
  { path: '/organiser/courses/:id/results', name: 'provider-course-results', component: stub },
  { path: '/organiser/courses/:id/statistics', name: 'provider-course-statistics', component: stub },
  { path: '/organiser/courses/:id/lessons/:lessonId/check-in', name: 'provider-lesson-checkin', component: stub },
]
const COURSE = courseNode(1, { status: 'ONGOING' })
const LESSONS = [lessonNode(1), lessonNode(2, { kind: 'VIDEO', venue: null, startsAt: null, endsAt: null })]
const ENROLLMENT = gid('CourseEnrollment', 7)

function sheet(secondStatus: string | null) {
  return {
    __typename: 'CourseAttendanceSheet',
    lessons: LESSONS,
    rows: [
      {
        __typename: 'CourseAttendanceRow',
        enrollment: { __typename: 'CourseEnrollment', id: ENROLLMENT, status: 'ENROLLED' },
        userName: '王经理',
        attendanceRate: secondStatus ? 100 : 50,
        cells: [
          { __typename: 'CourseAttendanceCell', lessonId: LESSONS[0]!.id, status: 'LATE', source: 'CHECKIN', note: '', watchedSeconds: 0 },
          { __typename: 'CourseAttendanceCell', lessonId: LESSONS[1]!.id, status: secondStatus, source: secondStatus ? 'PROVIDER' : null, note: secondStatus ? '线下补看' : '', watchedSeconds: 120 },
        ],
      },
    ],
  }
}

describe('the attendance sheet', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows each lesson’s status per learner and sets one by hand with a note', async () => {
    let set = false
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'CourseAttendanceSheet') return { data: { node: COURSE, courseAttendanceSheet: sheet(set ? 'EXCUSED' : null) } }
      if (req.operationName === 'SetLessonAttendance') {
        set = true
        return {
          data: {
            setLessonAttendance: {
              __typename: 'LessonAttendancePayload',
              attendance: { __typename: 'LessonAttendance', lessonId: LESSONS[1]!.id, status: 'EXCUSED', source: 'PROVIDER', note: '线下补看' },
              errors: [],
            },
          },
        }
      }
      return {}
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/courses/${COURSE.id}/attendance`, routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="attendance-person"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="attendance-person"]').text()).toBe('王经理')
    expect(wrapper.findAll('[data-testid="attendance-lesson-checkin"]')).toHaveLength(1)
    const statuses = () => wrapper.findAll('[data-testid="attendance-status"]').map((s) => s.text())
    expect(statuses()).toEqual(['迟到', '—'])
    expect(wrapper.find('[data-testid="attendance-rate"]').text()).toBe('50%')

    await wrapper.findAll('[data-testid="attendance-cell"]')[1]!.trigger('click')
    await vi.waitFor(() => expect(document.querySelector('[data-testid="attendance-dialog-EXCUSED"]')).not.toBeNull())
    ;(document.querySelector('[data-testid="attendance-dialog-EXCUSED"] input') as HTMLInputElement).click()
    // A note is needed.
    ;(document.querySelector('[data-testid="attendance-dialog-save"]') as HTMLElement).click()
    await flushPromises()
    expect(sent.some((r) => r.operationName === 'SetLessonAttendance')).toBe(false)
    const note = document.querySelector('textarea[data-testid="attendance-dialog-note"]') as HTMLTextAreaElement
    note.value = '线下补看'
    note.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(document.querySelector('[data-testid="attendance-dialog-save"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(statuses()).toEqual(['迟到', '请假'])
    })
    expect(sent.find((r) => r.operationName === 'SetLessonAttendance')!.variables).toEqual({
      input: { enrollmentId: ENROLLMENT, lessonId: LESSONS[1]!.id, status: 'EXCUSED', note: '线下补看' },
    })
    expect(wrapper.find('[data-testid="attendance-rate"]').text()).toBe('100%')
    wrapper.unmount()
  })
})
