import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProviderCourses from './ProviderCourses.vue'
import { connection, gid } from '@/test/activities'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { INSTITUTION, courseNode } from '@/test/trainingProvider'

const stub = { template: '<div />' }
const routes = [
  { path: '/organiser/courses', name: 'provider-courses', component: ProviderCourses },
  { path: '/organiser/courses/new', name: 'provider-course-new', component: stub },
  { path: '/organiser/courses/:id', name: 'provider-course', component: stub },
  { path: '/organiser/courses/:id/questions', name: 'provider-course-questions', component: stub },
  { path: '/organiser/courses/:id/attendance', name: 'provider-course-attendance', component: stub },
  { path: '/organiser/courses/:id/results', name: 'provider-course-results', component: stub },
  { path: '/organiser/courses/:id/statistics', name: 'provider-course-statistics', component: stub },
]

const DRAFT = courseNode(1)
const REJECTED = courseNode(2, { status: 'REJECTED', statusReason: '请补充授课老师的职称' })
const PUBLISHED = courseNode(3, { status: 'PUBLISHED' })

function answer(mutation: (req: SentRequest) => unknown = () => ({})) {
  return (req: SentRequest) => {
    if (req.operationName === 'ActivityOrganiserChoices') {
      return { data: { myInstitutions: [INSTITUTION], platforms: [{ __typename: 'Platform', id: gid('Platform', 1), name: '浙江省企业服务平台' }] } }
    }
    if (req.operationName === 'ProvidedCourses') return { data: { providedCourses: connection('Course', [DRAFT, REJECTED, PUBLISHED]) } }
    return mutation(req)
  }
}

async function mountPage(respond: (req: SentRequest) => unknown) {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path: '/organiser/courses', routes })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.findAll('[data-testid="provided-course"]')).toHaveLength(3)
  })
  return { ...fake, ...mounted }
}

describe('the provider’s courses', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the institution’s courses with the actions each state allows and why one was rejected', async () => {
    const { wrapper, sent } = await mountPage(answer())
    // The hub-less member: only the institution (no platform they operate).
    expect(wrapper.find('[data-testid="provider-name"]').text()).toBe(INSTITUTION.name)
    expect(sent.find((r) => r.operationName === 'ProvidedCourses')!.variables).toMatchObject({ providerType: 'INSTITUTION', providerId: INSTITUTION.id, status: null })
    const rows = wrapper.findAll('[data-testid="provided-course"]')
    expect(rows[0]!.find('[data-testid="provided-course-submit"]').exists()).toBe(true)
    expect(rows[0]!.find('[data-testid="provided-course-cancel"]').exists()).toBe(false)
    expect(rows[1]!.find('[data-testid="provided-course-reason"]').text()).toContain('请补充授课老师的职称')
    expect(rows[1]!.find('[data-testid="provided-course-revise"]').exists()).toBe(true)
    expect(rows[1]!.find('[data-testid="provided-course-submit"]').exists()).toBe(false)
    expect(rows[2]!.find('[data-testid="provided-course-cancel"]').exists()).toBe(true)
    expect(rows[2]!.find('[data-testid="provided-course-enrolled"]').text()).toContain('3 / 50')
    wrapper.unmount()
  })

  it('submits a draft after confirming and shows the server’s refusal', async () => {
    const { wrapper, sent } = await mountPage(
      answer(() => ({
        data: { submitCourse: { __typename: 'CoursePayload', course: null, errors: [{ __typename: 'UserError', field: 'lessons', code: 'REQUIRED', message: '请至少添加一个课时' }] } },
      })),
    )
    await wrapper.find('[data-testid="provided-course-submit"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull())
    ;(document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'SubmitCourse')).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'SubmitCourse')!.variables).toEqual({ input: { courseId: DRAFT.id } })
    await vi.waitFor(() => expect(document.body.textContent).toContain('请至少添加一个课时'))
    wrapper.unmount()
  })
})
