import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import EnterpriseWizard from './EnterpriseWizard.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

function referenceAnswer(operationName: string | undefined) {
  if (operationName === 'Regions') {
    return { data: { regions: [{ __typename: 'Region', code: '330000', name: '浙江省', hasChildren: true }] } }
  }
  return { data: { industries: [{ __typename: 'Industry', code: 'I', name: '信息传输、软件和信息技术服务业', hasChildren: true }] } }
}

describe('registration wizard', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('stays on 基本信息 until its fields are filled, and clears a message once the field changes', async () => {
    fakeGraphQL((req) => referenceAnswer(req.operationName))
    const { wrapper } = await mountSignedIn(EnterpriseWizard)
    await flushPromises()
    await wrapper.find('[data-testid="wizard-next"]').trigger('click')
    await flushPromises()
    const errors = () => wrapper.findAll('.el-form-item__error').map((e) => e.text())
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() => expect(errors()).toEqual(['此项为必填项', '此项为必填项', '此项为必填项', '此项为必填项']))
    expect(wrapper.find('[data-testid="wizard-section-basic"]').isVisible()).toBe(true)
    expect(wrapper.find('[data-testid="wizard-section-scale"]').isVisible()).toBe(false)

    await wrapper.find('input[data-testid="enterprise-name"]').setValue('温州云帆软件有限公司')
    await vi.waitFor(() => expect(errors()).toHaveLength(3))
    wrapper.unmount()
  })

  it('hints at the credit code format while typing', async () => {
    fakeGraphQL((req) => referenceAnswer(req.operationName))
    const { wrapper } = await mountSignedIn(EnterpriseWizard)
    const hint = () => wrapper.find('[data-testid="enterprise-credit-code-hint"]').text()
    const input = wrapper.find('input[data-testid="enterprise-credit-code"]')
    expect(hint()).toContain('校验位由平台核验')
    await input.setValue('91330302mao')
    expect((input.element as HTMLInputElement).value).toBe('91330302MAO')
    expect(hint()).toContain('不使用字母 I、O、Z、S、V')
    await input.setValue('91330302MA2C')
    expect(hint()).toBe('应为 18 位，已输入 12 位')
    await input.setValue('91330302MA2C7K1A0E')
    expect(hint()).toContain('校验位由平台核验')
    wrapper.unmount()
  })
})
