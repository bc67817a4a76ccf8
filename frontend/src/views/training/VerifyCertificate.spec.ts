import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import VerifyCertificate from './VerifyCertificate.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const routes = [
  { path: '/certificates/verify', name: 'certificate-verify', component: VerifyCertificate },
  { path: '/certificates/verify/:code', name: 'certificate-verify-code', component: VerifyCertificate },
]

const VERIFIED = {
  __typename: 'CertificateVerification',
  code: 'K7XP-M2QR-9TZB',
  courseTitle: '中小企业数字化转型实务',
  providerName: '温州市中小企业服务中心',
  issuedAt: '2027-01-20T08:00:00Z',
  attendanceRate: 100,
  score: 8.5,
  holderName: '张*丰',
}

describe('verifying a certificate', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('checks the code in the path and shows the course, provider, date, score and the masked name', async () => {
    const { sent } = fakeGraphQL(() => ({ data: { verifyCertificate: VERIFIED } }))
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, { path: '/certificates/verify/k7xpm2qr9tzb', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="verify-result"]').exists()).toBe(true)
    })
    // Typed in lower case without dashes: asked for as printed.
    expect(sent[0]!.variables).toEqual({ code: 'K7XP-M2QR-9TZB' })
    const result = wrapper.find('[data-testid="verify-result"]')
    expect(result.attributes('data-valid')).toBe('true')
    expect(wrapper.find('[data-testid="verify-holder"]').text()).toBe('张*丰')
    expect(wrapper.find('[data-testid="verify-course"]').text()).toBe('中小企业数字化转型实务')
    expect(wrapper.find('[data-testid="verify-provider"]').text()).toBe('温州市中小企业服务中心')
    expect(wrapper.find('[data-testid="verify-issued-at"]').text()).toBe('2027/01/20')
    expect(wrapper.find('[data-testid="verify-score"]').text()).toBe('8.5')
    expect(result.text()).toContain('证书有效')
    wrapper.unmount()
  })

  it('asks for a typed code through the URL and says clearly when no certificate has it', async () => {
    const { sent } = fakeGraphQL((req) => ({
      data: { verifyCertificate: req.variables.code === 'K7XP-M2QR-9TZB' ? VERIFIED : null },
    }))
    const { wrapper, router } = await mountSignedIn({ template: '<router-view />' }, { path: '/certificates/verify', routes })
    await flushPromises()
    expect(sent).toHaveLength(0)
    expect(wrapper.find('[data-testid="verify-result"]').exists()).toBe(false)

    await wrapper.find('input[data-testid="verify-input"]').setValue('AAAA-BBBB-CCCC')
    await wrapper.find('[data-testid="verify-form"]').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.query.code).toBe('AAAA-BBBB-CCCC'))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="verify-result"]').attributes('data-valid')).toBe('false')
    })
    expect(wrapper.find('[data-testid="verify-result"]').text()).toContain('未找到编号为 AAAA-BBBB-CCCC 的证书')

    await wrapper.find('input[data-testid="verify-input"]').setValue('k7xp m2qr 9tzb')
    await wrapper.find('[data-testid="verify-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="verify-result"]').attributes('data-valid')).toBe('true')
    })
    expect(router.currentRoute.value.query.code).toBe('K7XP-M2QR-9TZB')
    expect(wrapper.find('[data-testid="verify-holder"]').text()).toBe('张*丰')
    wrapper.unmount()
  })
})
