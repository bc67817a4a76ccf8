import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CourseEditor from './CourseEditor.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { INSTITUTION, courseNode, lessonNode } from '@/test/trainingProvider'

const stub = { template: '<div />' }
const routes = [
  { path: '/organiser/courses', name: 'provider-courses', component: stub },
  { path: '/organiser/courses/new', name: 'provider-course-new', component: CourseEditor },
  { path: '/organiser/courses/:id', name: 'provider-course', component: CourseEditor },
  { path: '/organiser/courses/:id/questions', name: 'provider-course-questions', component: stub },
  { path: '/organiser/courses/:id/attendance', name: 'provider-course-attendance', component: stub },
  { path: '/organiser/courses/:id/results', name: 'provider-course-results', component: stub },
  { path: '/organiser/courses/:id/statistics', name: 'provider-course-statistics', component: stub },
  { path: '/organiser/courses/:id/lessons/:lessonId/check-in', name: 'provider-lesson-checkin', component: stub },
]
const COURSE = courseNode(1)

function answer(mutation: (req: SentRequest) => unknown = () => ({})) {
  return (req: SentRequest) => {
    if (req.operationName === 'ActivityOrganiserChoices') return { data: { myInstitutions: [INSTITUTION], platforms: [] } }
    if (req.operationName === 'ProviderCourse') return { data: { node: COURSE } }
    if (req.operationName === 'Regions') return { data: { regions: [] } }
    return mutation(req)
  }
}

async function mountEditor(respond: (req: SentRequest) => unknown, path = `/organiser/courses/${COURSE.id}`) {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path, routes })
  return { ...fake, ...mounted }
}

function setInput(selector: string, value: string) {
  const input = document.querySelector(selector) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
}

// The course form is a large one: mounting it takes a while on a busy machine.
describe('the course editor', { timeout: 120_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows a draft’s lessons with the check-in link for the in-person one, and adds a video lesson', async () => {
    const added = lessonNode(3, { kind: 'VIDEO', venue: null, startsAt: null, endsAt: null, videoLink: 'https://media.example.com/a.webm', durationSeconds: 90 })
    const { wrapper, sent } = await mountEditor(
      answer((req) => (req.operationName === 'AddLesson' ? { data: { addLesson: { __typename: 'LessonPayload', lesson: added, errors: [] } } } : {})),
    )
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="course-lesson"]')).toHaveLength(2)
    }, { timeout: 60_000 })
    expect(wrapper.find('[data-testid="course-editor-title"]').text()).toBe(COURSE.title)
    expect(wrapper.findAll('[data-testid="course-lesson-checkin"]')).toHaveLength(1)
    expect(wrapper.findAll('[data-testid="course-lesson"]')[1]!.text()).toContain('时长 9 分 5 秒')

    await wrapper.find('[data-testid="lesson-add-VIDEO"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('input[data-testid="lesson-form-video-link"]')).not.toBeNull())
    // The video kind has no venue and no times.
    expect(document.querySelector('input[data-testid="lesson-form-venue"]')).toBeNull()
    ;(document.querySelector('[data-testid="lesson-form-save"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(document.querySelector('[data-testid="lesson-dialog"]')?.textContent).toContain('请填写此项')
    })
    expect(sent.some((r) => r.operationName === 'AddLesson')).toBe(false)

    setInput('input[data-testid="lesson-form-title"]', '视频：上云工具演示')
    setInput('input[data-testid="lesson-form-video-link"]', 'https://media.example.com/a.webm')
    setInput('[data-testid="lesson-form-minutes"] input', '1')
    document.querySelector('[data-testid="lesson-form-minutes"] input')!.dispatchEvent(new Event('change'))
    setInput('[data-testid="lesson-form-seconds"] input', '30')
    document.querySelector('[data-testid="lesson-form-seconds"] input')!.dispatchEvent(new Event('change'))
    await flushPromises()
    ;(document.querySelector('[data-testid="lesson-form-save"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'AddLesson')).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'AddLesson')!.variables).toEqual({
      input: {
        courseId: COURSE.id,
        lesson: {
          title: '视频：上云工具演示',
          kind: 'VIDEO',
          description: '',
          venue: '',
          streamLink: '',
          videoLink: 'https://media.example.com/a.webm',
          durationSeconds: 90,
          startsAt: null,
          endsAt: null,
        },
      },
    })
    wrapper.unmount()
  })

  it('is read-only once submitted and offers no lesson changes', async () => {
    const pending = courseNode(1, { status: 'PENDING' })
    const { wrapper } = await mountEditor((req) => (req.operationName === 'ProviderCourse' ? { data: { node: pending } } : answer()(req)))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="course-lesson"]')).toHaveLength(2)
    }, { timeout: 60_000 })
    expect(wrapper.find('[data-testid="lesson-add-IN_PERSON"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="course-lesson-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="course-form-save"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="course-submit"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('answers a course I may not manage as not found', async () => {
    const foreign = courseNode(1, { viewerCanManage: false })
    const { wrapper } = await mountEditor((req) => (req.operationName === 'ProviderCourse' ? { data: { node: foreign } } : answer()(req)))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="course-not-found"]').exists()).toBe(true)
    }, { timeout: 60_000 })
    expect(wrapper.find('[data-testid="course-form"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
