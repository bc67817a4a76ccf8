import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ExpertTeacherPicker from './ExpertTeacherPicker.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const EXPERTS = [
  { __typename: 'Expert', id: 'RXhwZXJ0OjE=', name: '王立新', title: '教授', organisation: '浙江大学' },
  { __typename: 'Expert', id: 'RXhwZXJ0OjI=', name: '李敏', title: '高级会计师', organisation: '' },
]

describe('the expert teacher picker', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('searches the expert library by the typed name and hands over the chosen expert', async () => {
    const { sent } = fakeGraphQL((req) =>
      req.operationName === 'TeacherExpertSearch'
        ? { data: { expertDirectory: { __typename: 'ExpertConnection', edges: EXPERTS.map((node) => ({ __typename: 'ExpertEdge', node })) } } }
        : {},
    )
    const { wrapper } = await mountSignedIn(ExpertTeacherPicker)
    const input = wrapper.find('input')
    await input.setValue('王')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'TeacherExpertSearch' && r.variables.search === '王')).toBe(true)
      expect(document.querySelector('[data-testid="expert-option-王立新"]')).not.toBeNull()
    })
    expect(document.querySelector('[data-testid="expert-option-王立新"]')!.textContent).toContain('教授 · 浙江大学')
    ;(document.querySelector('[data-testid="expert-option-王立新"]') as HTMLElement).click()
    await flushPromises()
    expect(wrapper.emitted('picked')).toEqual([[{ id: 'RXhwZXJ0OjE=', name: '王立新', title: '教授' }]])
  })
})
