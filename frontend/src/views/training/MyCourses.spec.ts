import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import MyCourses from './MyCourses.vue'
import { connection } from '@/test/activities'
import { courseNode, enrollmentNode } from '@/test/training'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const stub = { template: '<div />' }
const routes = [
  { path: '/me/courses', name: 'my-courses', component: MyCourses },
  { path: '/me/certificates', name: 'my-certificates', component: stub },
  { path: '/courses', name: 'courses', component: stub },
  { path: '/courses/:id', name: 'course', component: stub },
]

describe('my courses', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows each enrolment with its state, my progress and the link to the course', async () => {
    const { sent } = fakeGraphQL(() => ({
      data: {
        myCourseEnrollments: connection('CourseEnrollment', [
          { ...enrollmentNode(1, 'ENROLLED', { attendanceRate: 67, attendedLessons: 2, totalLessons: 3 }), course: courseNode(1, { status: 'ONGOING' }) },
          { ...enrollmentNode(2, 'CANCELLED'), course: courseNode(2) },
        ]),
      },
    }))
    const { wrapper, router } = await mountSignedIn({ template: '<router-view />' }, { path: '/me/courses?status=NOPE', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="my-course-row"]')).toHaveLength(2)
    })
    // An unknown status in the URL asks for all.
    expect(sent[0]!.variables).toMatchObject({ status: null })
    const [enrolled, cancelled] = wrapper.findAll('[data-testid="my-course-row"]')
    expect(enrolled!.find('[data-testid="my-course-title"]').attributes('href')).toBe(`/courses/${courseNode(1).id}`)
    expect(enrolled!.find('[data-testid="course-status"]').text()).toBe('进行中')
    expect(enrolled!.find('[data-testid="my-course-progress"]').text()).toContain('已出勤 2 / 3 课时')
    expect(enrolled!.find('[data-testid="my-course-progress"]').text()).toContain('67%')
    expect(cancelled!.find('[data-testid="enrollment-status"]').text()).toBe('已取消')
    expect(cancelled!.find('[data-testid="my-course-progress"]').exists()).toBe(false)

    await wrapper.find('[data-testid="my-courses-filter-ENROLLED"] input').setValue(true)
    await vi.waitFor(() => expect(router.currentRoute.value.query.status).toBe('ENROLLED'))
    await vi.waitFor(() => expect(sent.at(-1)!.variables).toMatchObject({ status: 'ENROLLED' }))
    wrapper.unmount()
  })
})
