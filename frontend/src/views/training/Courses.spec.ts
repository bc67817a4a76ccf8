import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import Courses from './Courses.vue'
import { connection } from '@/test/activities'
import { courseNode } from '@/test/training'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const routes = [
  { path: '/courses', name: 'courses', component: Courses },
  { path: '/courses/:id', name: 'course', component: { template: '<div />' } },
]

const lists = (sent: SentRequest[]) => sent.filter((r) => r.operationName === 'Courses')

describe('the course list', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks with the filters of the URL and shows each course’s card', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'Regions') return { data: { regions: [] } }
      return {
        data: {
          courses: connection('Course', [
            courseNode(1),
            courseNode(2, { remaining: 0, openForEnrollment: false, status: 'ENDED', provider: { __typename: 'CourseProvider', type: 'PLATFORM', id: 'x', name: '温州市企业服务平台' } }),
          ]),
        },
      }
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, {
      path: '/courses?category=LEGAL&mode=LIVE&region=330300&q=%E5%90%88%E5%90%8C&open=1',
      routes,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="course-card"]')).toHaveLength(2)
    })
    expect(lists(sent)[0]!.variables).toMatchObject({
      category: 'LEGAL',
      mode: 'LIVE',
      regionCode: '330300',
      q: '合同',
      openForEnrollment: true,
    })
    const cards = wrapper.findAll('[data-testid="course-card"]')
    expect(cards[0]!.find('[data-testid="course-card-provider"]').text()).toBe('温州市中小企业服务中心')
    expect(cards[0]!.find('[data-testid="course-card-places"]').text()).toBe('剩余名额 30 / 40')
    expect(cards[0]!.text()).toContain('数字化转型')
    expect(cards[0]!.text()).toContain('混合')
    expect(cards[0]!.find('[data-testid="course-status"]').text()).toBe('已发布')
    expect(cards[0]!.find('[data-testid="course-card-open"]').exists()).toBe(true)
    expect(cards[1]!.find('[data-testid="course-status"]').attributes('data-status')).toBe('ENDED')
    expect(cards[1]!.find('[data-testid="course-card-places"]').text()).toBe('剩余名额 0 / 40')
    expect(cards[1]!.find('[data-testid="course-card-open"]').exists()).toBe(false)
    expect(cards[0]!.attributes('href')).toBe(`/courses/${courseNode(1).id}`)
    expect(wrapper.find('[data-testid="course-total"]').text()).toContain('2')
    wrapper.unmount()
  })

  it('a changed filter goes into the URL and asks again; nothing found says so', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'Regions') return { data: { regions: [] } }
      return { data: { courses: connection('Course', req.variables.category === 'FINANCING' ? [] : [courseNode(1)]) } }
    })
    const { wrapper, router } = await mountSignedIn({ template: '<router-view />' }, { path: '/courses?category=NOPE', routes })
    await vi.waitFor(() => expect(lists(sent)).toHaveLength(1))
    expect(lists(sent)[0]!.variables).toMatchObject({ category: null, mode: null, regionCode: null, q: null, openForEnrollment: null })

    const category = wrapper.findAllComponents(ElSelect).find((s) => s.attributes('data-testid') === 'course-filter-category')!
    category.vm.$emit('change', 'FINANCING')
    await vi.waitFor(() => expect(router.currentRoute.value.query.category).toBe('FINANCING'))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="course-empty"]').exists()).toBe(true)
    })
    expect(lists(sent).at(-1)!.variables.category).toBe('FINANCING')

    await wrapper.find('input[data-testid="course-filter-q"]').setValue('  财税 ')
    await wrapper.find('input[data-testid="course-filter-q"]').trigger('keyup', { key: 'Enter' })
    await vi.waitFor(() => expect(router.currentRoute.value.query.q).toBe('财税'))
    await wrapper.find('[data-testid="course-filter-open"] input').setValue(true)
    await vi.waitFor(() => expect(router.currentRoute.value.query.open).toBe('1'))
    await vi.waitFor(() =>
      expect(lists(sent).at(-1)!.variables).toMatchObject({ category: 'FINANCING', q: '财税', openForEnrollment: true }),
    )
    wrapper.unmount()
  })
})
