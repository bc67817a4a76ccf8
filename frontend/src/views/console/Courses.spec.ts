import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Courses from './Courses.vue'
import { connection } from '@/test/activities'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { courseNode } from '@/test/trainingProvider'

const routes = [{ path: '/console/courses', name: 'console-courses', component: Courses }]
const PENDING = courseNode(5, { status: 'PENDING', viewerCanReview: true, viewerCanManage: false })

describe('the course review queue', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows pending courses with their lessons, approves one and rejects another with a reason', async () => {
    let approved = false
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'CoursesForReview') return { data: { coursesForReview: connection('Course', approved ? [] : [PENDING]) } }
      if (req.operationName === 'ApproveCourse') {
        approved = true
        return { data: { approveCourse: { __typename: 'CoursePayload', course: { __typename: 'Course', id: PENDING.id, status: 'PUBLISHED' }, errors: [] } } }
      }
      if (req.operationName === 'RejectCourse') {
        return { data: { rejectCourse: { __typename: 'CoursePayload', course: { __typename: 'Course', id: PENDING.id, status: 'REJECTED', statusReason: '课时安排不完整' }, errors: [] } } }
      }
      return {}
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/console/courses', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="review-course-open"]').exists()).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'CoursesForReview')!.variables).toMatchObject({ status: 'PENDING' })

    // reject with a reason
    await wrapper.find('[data-testid="review-course-open"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('[data-testid="review-course-lessons"]')?.textContent).toContain('第2课'))
    ;(document.querySelector('[data-testid="review-course-reject"]') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('textarea[data-testid="reason-input"]')).not.toBeNull())
    const reason = document.querySelector('textarea[data-testid="reason-input"]') as HTMLTextAreaElement
    reason.value = '课时安排不完整'
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(document.querySelector('[data-testid="reason-submit"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'RejectCourse')).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'RejectCourse')!.variables).toEqual({ input: { courseId: PENDING.id, reason: '课时安排不完整' } })

    // approve after confirming
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="review-course-open"]').exists()).toBe(true)
    })
    await wrapper.find('[data-testid="review-course-open"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('[data-testid="review-course-approve"]')).not.toBeNull())
    ;(document.querySelector('[data-testid="review-course-approve"]') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull())
    ;(document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'ApproveCourse')).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'ApproveCourse')!.variables).toEqual({ input: { courseId: PENDING.id } })
    wrapper.unmount()
  })
})
