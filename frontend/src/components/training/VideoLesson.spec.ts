import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import VideoLesson from './VideoLesson.vue'
import { attendanceOf, lessonNode } from '@/test/training'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const LESSON = lessonNode(2, 'VIDEO')
const reports = (sent: SentRequest[]) => sent.filter((r) => r.operationName === 'ReportVideoProgress')

/** The server accepts less than the player says (its own clock limits the progress). */
function acceptedAs(...positions: number[]) {
  return () => ({
    data: {
      reportVideoProgress: {
        __typename: 'LessonAttendancePayload',
        attendance: attendanceOf(2, null, { source: null, watchedSeconds: positions.shift() ?? 0 }),
        errors: [],
      },
    },
  })
}

function playerAt(wrapper: { find: (s: string) => { element: Element } }, seconds: number): HTMLVideoElement {
  const video = wrapper.find('video[data-testid="video-player"]').element as HTMLVideoElement
  Object.defineProperty(video, 'currentTime', { configurable: true, value: seconds, writable: true })
  return video
}

describe('the video lesson', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('reports the player’s position when playing starts, every 5 s and on pause, and shows what the server accepted', async () => {
    const { sent } = fakeGraphQL(acceptedAs(0, 6, 11))
    const { wrapper } = await mountSignedIn(VideoLesson, {
      props: { lessonId: LESSON.id, videoLink: LESSON.videoLink, durationSeconds: 600, attendance: null },
    })
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const video = playerAt(wrapper, 42.7)
    video.dispatchEvent(new Event('play'))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(reports(sent)).toHaveLength(1)
    })
    expect(reports(sent)[0]!.variables).toEqual({ input: { lessonId: LESSON.id, positionSeconds: 42 } })
    // The server's first answer only starts its clock: the local 0:42 is not shown.
    await flushPromises()
    expect(wrapper.find('[data-testid="video-watched"]').text()).toBe('已学习 0:00 / 10:00')

    video.currentTime = 47.2
    vi.advanceTimersByTime(5000)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(reports(sent)).toHaveLength(2)
    })
    expect(reports(sent)[1]!.variables).toEqual({ input: { lessonId: LESSON.id, positionSeconds: 47 } })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="video-progress"]').attributes('data-watched')).toBe('6'))

    video.currentTime = 52
    video.dispatchEvent(new Event('pause'))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(reports(sent)).toHaveLength(3)
    })
    expect(reports(sent)[2]!.variables).toEqual({ input: { lessonId: LESSON.id, positionSeconds: 52 } })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="video-watched"]').text()).toBe('已学习 0:11 / 10:00'))
    expect(wrapper.emitted('attendance')).toHaveLength(3)

    // Paused: no more reports.
    vi.advanceTimersByTime(15000)
    await flushPromises()
    expect(reports(sent)).toHaveLength(3)
    wrapper.unmount()
  })

  it('sends the end position even when it is asked for while another report is on its way', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const answers = acceptedAs(0, 9)
    const { sent } = fakeGraphQL(async () => {
      if (reports(sent).length === 1) await held
      return answers()
    })
    const { wrapper } = await mountSignedIn(VideoLesson, {
      props: { lessonId: LESSON.id, videoLink: LESSON.videoLink, durationSeconds: 9, attendance: null },
    })
    const video = playerAt(wrapper, 0)
    video.dispatchEvent(new Event('play'))
    await vi.waitFor(() => expect(reports(sent)).toHaveLength(1))
    // The last frame is a little short of the full 9 s: the end counts as all of it.
    video.currentTime = 8.97
    video.dispatchEvent(new Event('pause'))
    video.dispatchEvent(new Event('ended'))
    await flushPromises()
    expect(reports(sent)).toHaveLength(1)
    release()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(reports(sent)).toHaveLength(2)
    })
    expect(reports(sent)[1]!.variables).toEqual({ input: { lessonId: LESSON.id, positionSeconds: 9 } })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="video-progress"]').attributes('data-watched')).toBe('9'))
    wrapper.unmount()
  })

  it('reports the end once, counting the last fraction of a second', async () => {
    const { sent } = fakeGraphQL(acceptedAs(0, 9))
    const { wrapper } = await mountSignedIn(VideoLesson, {
      props: { lessonId: LESSON.id, videoLink: LESSON.videoLink, durationSeconds: 9, attendance: null },
    })
    const video = playerAt(wrapper, 0)
    video.dispatchEvent(new Event('play'))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(reports(sent)).toHaveLength(1)
    })
    video.currentTime = 8.97
    Object.defineProperty(video, 'ended', { configurable: true, value: true })
    video.dispatchEvent(new Event('pause'))
    video.dispatchEvent(new Event('ended'))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(reports(sent)).toHaveLength(2)
    })
    expect(reports(sent)[1]!.variables).toEqual({ input: { lessonId: LESSON.id, positionSeconds: 9 } })
    await flushPromises()
    expect(reports(sent)).toHaveLength(2)
    wrapper.unmount()
  })

  it('shows the server’s refusal (outside the course period)', async () => {
    fakeGraphQL(() => ({
      data: {
        reportVideoProgress: {
          __typename: 'LessonAttendancePayload',
          attendance: null,
          errors: [{ __typename: 'UserError', field: 'lessonId', code: 'LESSON_NOT_OPEN', message: '本课时当前不开放' }],
        },
      },
    }))
    const { wrapper } = await mountSignedIn(VideoLesson, {
      props: {
        lessonId: LESSON.id,
        videoLink: LESSON.videoLink,
        durationSeconds: 600,
        attendance: attendanceOf(2, null, { watchedSeconds: 300 }),
      },
    })
    expect(wrapper.find('[data-testid="video-watched"]').text()).toBe('已学习 5:00 / 10:00')
    playerAt(wrapper, 310).dispatchEvent(new Event('ended'))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="form-error"]').text()).toContain('本课时当前不开放')
    })
    expect(wrapper.find('[data-testid="video-watched"]').text()).toBe('已学习 5:00 / 10:00')
    wrapper.unmount()
  })
})
