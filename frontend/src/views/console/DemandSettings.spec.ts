import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElInputNumber } from 'element-plus'
import DemandSettings from './DemandSettings.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const CATEGORIES = ['OTHER', 'POLICY_CONSULTATION', 'FINANCING', 'TECHNOLOGY', 'TALENT', 'MARKET', 'LEGAL', 'PRODUCTION', 'EXPERT_CONSULTATION']
const setting = (category: string, acceptWorkingHours = 4, replyWorkingDays = 5) => ({ __typename: 'DemandCategorySetting', category, acceptWorkingHours, replyWorkingDays })

function answer(req: SentRequest, mutation: (req: SentRequest) => unknown) {
  if (req.operationName === 'DemandCategorySettings') return { data: { demandCategorySettings: CATEGORIES.map((c) => setting(c)) } }
  return mutation(req)
}

describe('the category deadlines', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the categories in order and saves a changed row; the server’s refusal shows on the row', async () => {
    let calls = 0
    const { sent } = fakeGraphQL((req) =>
      answer(req, (r) => {
        calls += 1
        if (calls === 1) {
          return {
            data: {
              setDemandCategorySetting: {
                __typename: 'DemandCategorySettingPayload',
                setting: null,
                errors: [{ __typename: 'UserError', field: null, code: 'FORBIDDEN', message: '没有权限' }],
              },
            },
          }
        }
        const input = r.variables.input as { category: string; acceptWorkingHours: number; replyWorkingDays: number }
        return {
          data: {
            setDemandCategorySetting: {
              __typename: 'DemandCategorySettingPayload',
              setting: setting(input.category, input.acceptWorkingHours, input.replyWorkingDays),
              errors: [],
            },
          },
        }
      }),
    )
    const { wrapper } = await mountSignedIn(DemandSettings)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="demand-setting-category"]')).toHaveLength(9)
    })
    const names = wrapper.findAll('[data-testid="demand-setting-category"]').map((n) => n.text())
    expect(names[0]).toBe('政策咨询')
    expect(names.at(-1)).toBe('其他')
    const save = () => wrapper.find('[data-testid="demand-setting-save-FINANCING"]')
    expect(save().attributes('disabled')).toBeDefined() // nothing changed yet

    const numbers = wrapper.findAllComponents(ElInputNumber)
    const hours = numbers.find((n) => n.attributes('data-testid') === 'demand-setting-hours-FINANCING')!
    const days = numbers.find((n) => n.attributes('data-testid') === 'demand-setting-days-FINANCING')!
    hours.vm.$emit('update:modelValue', 8)
    days.vm.$emit('update:modelValue', 10)
    await flushPromises()
    expect(save().attributes('disabled')).toBeUndefined()

    await save().trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="demand-setting-error"]').text()).toBe('没有权限')
    })
    await save().trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(save().attributes('disabled')).toBeDefined() // saved: the row is as the server has it
    })
    const saved = sent.filter((r) => r.operationName === 'SetDemandCategorySetting')
    expect(saved).toHaveLength(2)
    expect(saved[1]!.variables.input).toEqual({ category: 'FINANCING', acceptWorkingHours: 8, replyWorkingDays: 10 })
    expect(wrapper.find('[data-testid="demand-setting-error"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
