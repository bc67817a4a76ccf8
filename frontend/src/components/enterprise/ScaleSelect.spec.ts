import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { reactive } from 'vue'
import ScaleSelect from './ScaleSelect.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { emptyEnterpriseForm } from '@/utils/enterprise'

function scaleFor(employees: unknown): string {
  return typeof employees === 'number' && employees >= 100 ? 'MEDIUM' : 'SMALL'
}

describe('scale suggestion', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks the server once typing pauses and prefills the scale, until the user chooses one', async () => {
    const { sent } = fakeGraphQL((req) => ({ data: { suggestedEnterpriseScale: scaleFor(req.variables.employees) } }))
    const form = reactive({ ...emptyEnterpriseForm(), industryPath: ['I', '65'], employees: 50, revenueWan: 800 })
    const { wrapper } = await mountSignedIn(ScaleSelect, { props: { form } })
    const suggestions = () => sent.filter((r) => r.operationName === 'SuggestedEnterpriseScale')

    await vi.waitFor(async () => {
      await flushPromises()
      expect(form.scale).toBe('SMALL')
    })
    expect(suggestions().map((r) => r.variables)).toEqual([{ industryCode: '65', employees: 50, revenueWan: '800' }])
    expect(wrapper.find('[data-testid="enterprise-scale-hint"]').text()).toContain(
      '按《统计上大中小微型企业划分办法(2017)》建议：小型',
    )

    // Typing 1, 12, 120: one question, with the last figure.
    form.employees = 1
    await flushPromises()
    form.employees = 12
    await flushPromises()
    form.employees = 120
    await vi.waitFor(async () => {
      await flushPromises()
      expect(form.scale).toBe('MEDIUM')
    })
    expect(suggestions()).toHaveLength(2)
    expect(suggestions()[1]!.variables.employees).toBe(120)

    // A scale the user picks stays when the figures change.
    form.scale = 'LARGE'
    form.employees = 60
    await vi.waitFor(async () => {
      await flushPromises()
      expect(suggestions()).toHaveLength(3)
    })
    await flushPromises()
    expect(form.scale).toBe('LARGE')
    expect(wrapper.find('[data-testid="enterprise-scale-use"]').exists()).toBe(true)
    await wrapper.find('[data-testid="enterprise-scale-use"]').trigger('click')
    expect(form.scale).toBe('SMALL')
    wrapper.unmount()
  })
})
