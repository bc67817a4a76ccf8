import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import LessonPage from './LessonPage.vue'
import { attendanceOf, courseNode, enrollmentNode, lessonNode } from '@/test/training'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const COURSE = courseNode(1, { status: 'ONGOING' })
const stub = { template: '<div />' }
const routes = [
  { path: '/courses/:id/lessons/:lessonId', name: 'course-lesson', component: LessonPage },
  { path: '/courses/:id', name: 'course', component: stub },
  { path: '/courses', name: 'courses', component: stub },
]

function lessonPage(lesson: Record<string, unknown>, enrolled = true) {
  return {
    data: {
      course: {
        __typename: 'Course',
        id: COURSE.id,
        title: COURSE.title,
        status: COURSE.status,
        endsAt: COURSE.endsAt,
        myEnrollment: enrolled ? { __typename: 'CourseEnrollment', id: enrollmentNode(7).id, status: 'ENROLLED' } : null,
      },
      lesson,
    },
  }
}

async function mountPage(lesson: Record<string, unknown>, respond: (req: SentRequest) => unknown) {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path: `/courses/${COURSE.id}/lessons/${lesson.id as string}`, routes })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.find('[data-testid="lesson-title"]').exists()).toBe(true)
  })
  return { ...fake, ...mounted }
}

describe('the lesson page', () => {
  beforeEach(() => {
    // Before the course's lessons.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-01T02:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('LIVE: joining records my attendance and opens the stream', async () => {
    const opened = vi.fn()
    vi.stubGlobal('open', opened)
    const lesson = lessonNode(1, 'LIVE', { startsAt: '2027-01-10T01:00:00Z', endsAt: '2027-01-10T03:00:00Z' })
    const { wrapper, sent } = await mountPage(lesson, (req) =>
      req.operationName === 'JoinLiveLesson'
        ? {
            data: {
              joinLiveLesson: {
                __typename: 'JoinLiveLessonPayload',
                streamLink: 'https://live.example.com/room/1',
                attendance: attendanceOf(1, 'LATE', { source: 'LIVE_JOIN' }),
                errors: [],
              },
            },
          }
        : lessonPage(lesson),
    )
    expect(wrapper.find('[data-testid="attendance-status"]').attributes('data-status')).toBe('NONE')
    await wrapper.find('[data-testid="join-live-button"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="live-stream-link"]').exists()).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'JoinLiveLesson')!.variables).toEqual({ input: { lessonId: lesson.id } })
    expect(opened).toHaveBeenCalledWith('https://live.example.com/room/1', '_blank', 'noopener')
    expect(wrapper.find('[data-testid="live-stream-link"]').attributes('href')).toBe('https://live.example.com/room/1')
    expect(wrapper.find('[data-testid="attendance-status"]').attributes('data-status')).toBe('LATE')
    wrapper.unmount()
  })

  it('LIVE: a refused join says why and opens nothing', async () => {
    const opened = vi.fn()
    vi.stubGlobal('open', opened)
    const lesson = lessonNode(1, 'LIVE')
    const { wrapper } = await mountPage(lesson, (req) =>
      req.operationName === 'JoinLiveLesson'
        ? {
            data: {
              joinLiveLesson: {
                __typename: 'JoinLiveLessonPayload',
                streamLink: null,
                attendance: null,
                errors: [{ __typename: 'UserError', field: 'lessonId', code: 'LESSON_NOT_OPEN', message: '本课时当前不开放' }],
              },
            },
          }
        : lessonPage(lesson),
    )
    await wrapper.find('[data-testid="join-live-button"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="form-error"]').text()).toContain('本课时当前不开放')
    })
    expect(opened).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="live-stream-link"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('IN_PERSON: shows my ticket and checks me in with the venue code', async () => {
    const QR = 'data:image/svg+xml;base64,PHN2Zy8+'
    let checkedIn = false
    const lesson = () =>
      lessonNode(2, 'IN_PERSON', {
        myTicket: { __typename: 'LessonTicket', qrDataUri: QR, code: 'K7XPM2' },
        myAttendance: checkedIn ? attendanceOf(2, 'PRESENT') : null,
      })
    const answers = [
      { result: 'INVALID', errors: [] as unknown[] },
      { result: 'OK', errors: [] as unknown[] },
    ]
    const { wrapper, sent } = await mountPage(lesson(), (req) => {
      if (req.operationName === 'SelfCheckInToLesson') {
        const answer = answers.shift()!
        checkedIn = answer.result === 'OK'
        return { data: { selfCheckInToLesson: { __typename: 'CheckInPayload', firstCheckedInAt: null, ...answer } } }
      }
      return lessonPage(lesson())
    })
    expect(wrapper.find('[data-testid="activity-ticket-qr"]').attributes('src')).toBe(QR)
    expect(wrapper.find('[data-testid="lesson-ticket-code"]').text()).toBe('K7XPM2')
    await wrapper.find('input[data-testid="lesson-checkin-code"]').setValue('381924')
    await wrapper.find('[data-testid="lesson-checkin-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-banner"]').attributes('data-result')).toBe('INVALID')
    })
    await wrapper.find('input[data-testid="lesson-checkin-code"]').setValue('605117')
    await wrapper.find('[data-testid="lesson-checkin-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="checkin-banner"]').attributes('data-result')).toBe('OK')
    })
    // The page reads the lesson again and shows the attendance the check-in recorded.
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="attendance-status"]').attributes('data-status')).toBe('PRESENT')
    })
    const inputs = sent.filter((r) => r.operationName === 'SelfCheckInToLesson').map((r) => r.variables.input as Record<string, string>)
    expect(inputs.map((i) => i.venueCode)).toEqual(['381924', '605117'])
    expect(inputs.every((i) => i.lessonId === lessonNode(2, 'IN_PERSON').id)).toBe(true)
    expect(inputs[1]!.nonce).not.toBe(inputs[0]!.nonce)
    wrapper.unmount()
  })

  it('tells a visitor who is not enrolled to enrol first', async () => {
    const lesson = lessonNode(3, 'VIDEO', { videoLink: null })
    const { wrapper } = await mountPage(lesson, () => lessonPage(lesson, false))
    expect(wrapper.find('[data-testid="lesson-not-enrolled"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="video-player"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="join-live-button"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('VIDEO: shows the player at the accepted position', async () => {
    const lesson = lessonNode(3, 'VIDEO', { myAttendance: attendanceOf(3, null, { watchedSeconds: 125 }) })
    const { wrapper } = await mountPage(lesson, () => lessonPage(lesson))
    expect(wrapper.find('video[data-testid="video-player"]').attributes('src')).toBe('https://video.example.com/1.mp4')
    expect(wrapper.find('[data-testid="video-watched"]').text()).toBe('已学习 2:05 / 10:00')
    wrapper.unmount()
  })
})
