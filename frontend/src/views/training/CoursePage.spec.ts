import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CoursePage from './CoursePage.vue'
import { attemptNode, attendanceOf, certificateNode, courseNode, enrollmentNode, lessonNode, quizNode } from '@/test/training'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const COURSE = courseNode(1)
const stub = { template: '<div />' }
const routes = [
  { path: '/courses/:id', name: 'course', component: CoursePage },
  { path: '/courses', name: 'courses', component: stub },
  { path: '/courses/:id/lessons/:lessonId', name: 'course-lesson', component: stub },
  { path: '/courses/:id/quiz', name: 'course-quiz', component: stub },
  { path: '/certificates/verify/:code', name: 'certificate-verify-code', component: stub },
  { path: '/login', name: 'login', component: stub },
]

const LESSONS = [
  lessonNode(1, 'IN_PERSON', { startsAt: '2026-11-20T01:00:00Z', endsAt: '2026-11-20T03:00:00Z', myAttendance: attendanceOf(1, 'LATE') }),
  lessonNode(2, 'IN_PERSON', { startsAt: '2026-11-21T01:00:00Z', endsAt: '2026-11-21T03:00:00Z' }),
  lessonNode(3, 'VIDEO'),
]

interface World {
  enrollment?: unknown
  course?: Record<string, unknown>
  quiz?: unknown
  attempts?: unknown[]
  certificate?: unknown
  evaluation?: unknown
  answer?: (req: SentRequest) => unknown
}

function serve(world: World) {
  return (req: SentRequest) => {
    const special = world.answer?.(req)
    if (special) return special
    switch (req.operationName) {
      case 'Course':
        return { data: { node: { ...COURSE, lessons: LESSONS, ...world.course, myEnrollment: world.enrollment ?? null } } }
      case 'CourseQuiz':
        return { data: { courseQuiz: world.quiz ?? null, myQuizAttempts: world.attempts ?? [] } }
      case 'CourseCertificate':
        return { data: { courseCertificate: world.certificate ?? null, myCourseEvaluation: world.evaluation ?? null } }
      default:
        return { data: null, errors: [{ message: `unexpected ${req.operationName}` }] }
    }
  }
}

async function mountPage(world: World) {
  const fake = fakeGraphQL(serve(world))
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path: `/courses/${COURSE.id}`, routes })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.find('[data-testid="course-title"]').exists()).toBe(true)
  })
  await flushPromises()
  return { ...fake, ...mounted }
}

const confirmBox = () => document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')

describe('the course page', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the details and lessons to a visitor, with enrolling open', async () => {
    const { wrapper } = await mountPage({})
    expect(wrapper.find('[data-testid="course-provider"]').text()).toContain('温州市中小企业服务中心')
    expect(wrapper.find('[data-testid="course-teachers"]').text()).toContain('李教授')
    expect(wrapper.find('[data-testid="course-places"]').text()).toBe('剩余名额 30 / 40')
    expect(wrapper.find('[data-testid="lesson-row-1"]').text()).toContain('第1讲')
    expect(wrapper.find('[data-testid="lesson-row-3"]').attributes('data-kind')).toBe('VIDEO')
    // Not enrolled: no attendance, no way into the lessons.
    expect(wrapper.find('[data-testid="attendance-status"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="lesson-open-1"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="enroll-button"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="course-progress"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('enrols, then shows my progress and my attendance per lesson', async () => {
    // Between the in-person lessons' end and the course's end.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-01T02:00:00Z'))
    const world: World = {
      answer: (req) =>
        req.operationName === 'EnrollInCourse'
          ? (() => {
              world.enrollment = enrollmentNode(7)
              return { data: { enrollInCourse: { __typename: 'CourseEnrollmentPayload', enrollment: enrollmentNode(7), errors: [] } } }
            })()
          : null,
    }
    const { wrapper, sent } = await mountPage(world)
    await wrapper.find('[data-testid="enroll-button"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="course-progress"]').exists()).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'EnrollInCourse')!.variables).toEqual({ input: { courseId: COURSE.id } })
    expect(wrapper.find('[data-testid="enrollment-status"]').attributes('data-status')).toBe('ENROLLED')
    expect(wrapper.find('[data-testid="progress-attended"]').text()).toBe('已出勤 1 / 2 课时')
    expect(wrapper.find('[data-testid="progress-rate"]').text()).toBe('出勤率 50%')
    expect(wrapper.find('[data-testid="course-progress"]').text()).toContain('结业要求出勤率 ≥ 80%')
    // Lesson 1: recorded late; lesson 2 is over without a record: absent; the video: nothing yet.
    const status = (n: number) => wrapper.find(`[data-testid="lesson-row-${n}"] [data-testid="attendance-status"]`).attributes('data-status')
    expect(status(1)).toBe('LATE')
    expect(status(2)).toBe('ABSENT')
    expect(status(3)).toBe('NONE')
    expect(wrapper.find('[data-testid="lesson-open-3"]').attributes('href')).toBe(`/courses/${COURSE.id}/lessons/${LESSONS[2]!.id}`)
    expect(wrapper.find('[data-testid="enroll-button"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the refusal of an enrolment and stays as it was', async () => {
    const { wrapper } = await mountPage({
      course: { verifiedOnly: true },
      answer: (req) =>
        req.operationName === 'EnrollInCourse'
          ? {
              data: {
                enrollInCourse: {
                  __typename: 'CourseEnrollmentPayload',
                  enrollment: null,
                  errors: [{ __typename: 'UserError', field: 'courseId', code: 'ENTERPRISE_NOT_VERIFIED', message: '仅限已认证企业的成员报名' }],
                },
              },
            }
          : null,
    })
    await wrapper.find('[data-testid="enroll-button"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="form-error"]').text()).toContain('仅限已认证企业的成员报名')
    })
    expect(wrapper.find('[data-testid="my-enrollment"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('cancels my enrolment only after asking', async () => {
    const world: World = {
      enrollment: enrollmentNode(7),
      answer: (req) =>
        req.operationName === 'CancelCourseEnrollment'
          ? (() => {
              world.enrollment = enrollmentNode(7, 'CANCELLED')
              return { data: { cancelCourseEnrollment: { __typename: 'CourseEnrollmentPayload', enrollment: enrollmentNode(7, 'CANCELLED'), errors: [] } } }
            })()
          : null,
    }
    const { wrapper, sent } = await mountPage(world)
    await wrapper.find('[data-testid="enroll-cancel"]').trigger('click')
    await vi.waitFor(() => expect(confirmBox()).not.toBeNull())
    expect(sent.some((r) => r.operationName === 'CancelCourseEnrollment')).toBe(false)
    confirmBox()!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="enrollment-status"]').attributes('data-status')).toBe('CANCELLED')
    })
    expect(sent.find((r) => r.operationName === 'CancelCourseEnrollment')!.variables).toEqual({
      input: { enrollmentId: enrollmentNode(7).id },
    })
    // Still open: enrolling again is offered.
    expect(wrapper.find('[data-testid="enroll-button"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('shows the quiz box with my last result, the certificate, and the rating form once the course has ended', async () => {
    const { wrapper } = await mountPage({
      course: { status: 'ENDED', openForEnrollment: false },
      enrollment: enrollmentNode(7, 'ENROLLED', { attendanceRate: 100, attendedLessons: 3, totalLessons: 3 }),
      quiz: quizNode({ attemptsUsed: 1, canStart: false }),
      attempts: [attemptNode(1, { status: 'SUBMITTED', secondsLeft: null, score: 8.5, passed: true, review: [] })],
      certificate: certificateNode(1),
    })
    expect(wrapper.find('[data-testid="quiz-pass-mark"]').text()).toBe('及格分 6 / 10')
    expect(wrapper.find('[data-testid="quiz-attempts"]').text()).toBe('已作答 1 / 2 次')
    expect(wrapper.find('[data-testid="quiz-last-result"]').attributes('data-passed')).toBe('true')
    expect(wrapper.find('[data-testid="quiz-last-result"]').text()).toContain('8.5 / 10')
    expect(wrapper.find('[data-testid="quiz-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="certificate-code"]').text()).toBe('K7XP-M2QR-9TZB')
    expect(wrapper.find('[data-testid="certificate-verify-link"]').attributes('href')).toBe('/certificates/verify/K7XP-M2QR-9TZB')
    expect(wrapper.find('[data-testid="course-rating-form"]').exists()).toBe(true)
    // Ended: no cancelling, no enrolling.
    expect(wrapper.find('[data-testid="enroll-cancel"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="enroll-button"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('rates an ended course with every score and says thank you', async () => {
    const { wrapper, sent } = await mountPage({
      course: { status: 'ENDED', openForEnrollment: false },
      enrollment: enrollmentNode(7),
      answer: (req) =>
        req.operationName === 'EvaluateCourse'
          ? { data: { evaluateCourse: { __typename: 'EvaluateCoursePayload', evaluation: { __typename: 'Evaluation', id: 'RXZhbHVhdGlvbjox', overall: 5 }, errors: [] } } }
          : null,
    })
    await wrapper.find('[data-testid="rating-submit"]').trigger('submit')
    // Nothing rated yet: the scores are asked for and nothing is sent.
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="course-rating-form"]').text()).toContain('请为每一项打分')
    })
    expect(sent.some((r) => r.operationName === 'EvaluateCourse')).toBe(false)

    const rate = async (testid: string, stars: number) => {
      const items = wrapper.findAll(`[data-testid="${testid}"] .el-rate__item`)
      await items[stars - 1]!.trigger('click')
    }
    await rate('rating-overall', 5)
    await rate('rating-content', 4)
    await rate('rating-teacher', 5)
    await rate('rating-organisation', 3)
    await rate('rating-usefulness', 4)
    await wrapper.find('textarea[data-testid="rating-comment"]').setValue('案例很实用')
    await wrapper.find('[data-testid="rating-submit"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="rating-done"]').exists()).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'EvaluateCourse')!.variables).toEqual({
      input: { courseId: COURSE.id, overall: 5, content: 4, teacher: 5, organisation: 3, usefulness: 4, comment: '案例很实用' },
    })
    wrapper.unmount()
  })

  it('offers to continue an open quiz attempt', async () => {
    const { wrapper } = await mountPage({
      course: { status: 'ONGOING' },
      enrollment: enrollmentNode(7),
      quiz: quizNode({ attemptsUsed: 1, canStart: true }),
      attempts: [attemptNode(1)],
    })
    expect(wrapper.find('[data-testid="quiz-open"]').text()).toBe('继续作答')
    expect(wrapper.find('[data-testid="quiz-open"]').attributes('href')).toBe(`/courses/${COURSE.id}/quiz`)
    expect(wrapper.find('[data-testid="course-rating-form"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
