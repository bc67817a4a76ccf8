import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import MyCertificates from './MyCertificates.vue'
import { connection } from '@/test/activities'
import { certificateNode } from '@/test/training'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const stub = { template: '<div />' }
const routes = [
  { path: '/me/certificates', name: 'my-certificates', component: MyCertificates },
  { path: '/me/courses', name: 'my-courses', component: stub },
  { path: '/courses/:id', name: 'course', component: stub },
  { path: '/certificates/verify/:code', name: 'certificate-verify-code', component: stub },
]

describe('my certificates', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists my certificates with their code, course and public verification link', async () => {
    fakeGraphQL(() => ({
      data: {
        myCertificates: connection('CourseCertificate', [
          certificateNode(1),
          certificateNode(2, { code: 'ABCD-EFGH-JKLM', courseTitle: '企业合规管理', score: 9, course: null }),
        ]),
      },
    }))
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/me/certificates', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="certificate-card"]')).toHaveLength(2)
    })
    const [first, second] = wrapper.findAll('[data-testid="certificate-card"]')
    expect(first!.find('[data-testid="certificate-code"]').text()).toBe('K7XP-M2QR-9TZB')
    expect(first!.find('[data-testid="certificate-course"]').attributes('href')).toBe(`/courses/${certificateNode(1).course.id}`)
    expect(first!.find('[data-testid="certificate-score"]').text()).toBe('8.5')
    expect(first!.find('[data-testid="certificate-verify-link"]').attributes('href')).toBe('/certificates/verify/K7XP-M2QR-9TZB')
    expect(second!.find('[data-testid="certificate-course"]').text()).toBe('企业合规管理')
    expect(second!.find('[data-testid="certificate-verify-link"]').attributes('href')).toBe('/certificates/verify/ABCD-EFGH-JKLM')
    wrapper.unmount()
  })

  it('says so when there is none yet', async () => {
    fakeGraphQL(() => ({ data: { myCertificates: connection('CourseCertificate', []) } }))
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/me/certificates', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="my-certificates-empty"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="my-certificates-empty"]').text()).toContain('还没有获得结业证书')
    wrapper.unmount()
  })
})
