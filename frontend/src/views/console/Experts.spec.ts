import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import Experts from './Experts.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

function expert(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Expert',
    id: 'RXhwZXJ0OjE=',
    name: '李教授',
    expertise: ['股权激励', '融资'],
    title: '教授',
    organisation: '温州大学',
    bio: '',
    available: true,
    status: 'ACTIVE',
    retireReason: null,
    accountEmail: 'li@example.com',
    region: { __typename: 'Region', code: '330302' },
    platform: { __typename: 'Platform', id: 'UGxhdGZvcm06Mg==', name: '鹿城区企业服务窗口', region: { __typename: 'Region', code: '330302' } },
    ...overrides,
  }
}

const retired = expert({ id: 'RXhwZXJ0OjI=', name: '王工', status: 'RETIRED', retireReason: '本人申请退出', accountEmail: null })

function answer(req: SentRequest, mutation: (req: SentRequest) => unknown) {
  // the region cascader of the dialog loads its levels
  if (req.operationName === 'Regions') return { data: { regions: [] } }
  if (req.operationName === 'ConsoleExperts') {
    return {
      data: {
        expertsForManagement: {
          __typename: 'ExpertConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [expert(), retired].map((node) => ({ __typename: 'ExpertEdge', node })),
        },
      },
    }
  }
  return mutation(req)
}

const dialog = () => document.querySelector('[data-testid="expert-dialog"]') as HTMLElement
const input = (testid: string) => document.querySelector(`input[data-testid="${testid}"]`) as HTMLInputElement

async function type(testid: string, value: string) {
  const element = input(testid)
  element.value = value
  element.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('the expert library', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists active and retired experts, a retired one with its reason and no retire button', async () => {
    fakeGraphQL((req) => answer(req, () => ({})))
    const { wrapper } = await mountSignedIn(Experts)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="expert-name"]').map((n) => n.text())).toEqual(['李教授', '王工'])
    })
    const rows = wrapper.findAll('.el-table__body .el-table__row')
    expect(rows[0]!.find('[data-testid="expert-status"]').text()).toBe('在库')
    expect(rows[0]!.find('[data-testid="expert-account"]').text()).toBe('li@example.com')
    expect(rows[1]!.find('[data-testid="expert-status"]').text()).toBe('已出库')
    expect(rows[1]!.find('[data-testid="expert-retire-reason"]').text()).toBe('出库原因：本人申请退出')
    expect(rows[1]!.find('[data-testid="expert-account"]').text()).toBe('未关联')
    expect(wrapper.findAll('[data-testid="expert-retire"]')).toHaveLength(1)
    wrapper.unmount()
  })

  it('edits an expert with the platform’s region, and shows NO_ACCOUNT under the account field', async () => {
    let calls = 0
    const { sent } = fakeGraphQL((req) =>
      answer(req, () => {
        calls += 1
        if (calls === 1) {
          return {
            data: {
              updateExpert: {
                __typename: 'ExpertPayload',
                expert: null,
                errors: [
                  {
                    __typename: 'UserError',
                    field: 'userEmail',
                    code: 'NO_ACCOUNT',
                    message: '没有使用此邮箱注册的账号，请对方先注册并验证邮箱',
                  },
                ],
              },
            },
          }
        }
        return { data: { updateExpert: { __typename: 'ExpertPayload', expert: expert({ title: '研究员', accountEmail: null }), errors: [] } } }
      }),
    )
    const { wrapper } = await mountSignedIn(Experts)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="expert-edit"]')).toHaveLength(2)
    })
    await wrapper.findAll('[data-testid="expert-edit"]')[0]!.trigger('click')
    await flushPromises()
    expect(dialog().textContent).toContain('编辑专家：李教授')
    expect(dialog().querySelector('[data-testid="expert-platform"]')!.textContent).toBe('鹿城区企业服务窗口')
    expect(input('expert-name-input').value).toBe('李教授')

    await type('expert-title-input', ' 研究员 ')
    await type('expert-account-input', 'nobody@example.com')
    ;(dialog().querySelector('[data-testid="expert-save"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog().querySelector('.el-form-item__error')?.textContent).toContain('没有使用此邮箱注册的账号')
    })
    const update = sent.find((r) => r.operationName === 'UpdateExpert')!
    expect(update.variables).toEqual({
      input: {
        expertId: 'RXhwZXJ0OjE=',
        expert: {
          name: '李教授',
          expertise: ['股权激励', '融资'],
          regionCode: '330302',
          title: '研究员',
          organisation: '温州大学',
          bio: '',
          available: true,
          userEmail: 'nobody@example.com',
        },
      },
    })

    // Unlinking (an empty address) is accepted; the row shows the answer.
    await type('expert-account-input', '')
    ;(dialog().querySelector('[data-testid="expert-save"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="expert-title"]')[0]!.text()).toBe('研究员')
    })
    expect(sent.filter((r) => r.operationName === 'UpdateExpert')[1]!.variables).toMatchObject({
      input: { expert: { userEmail: '' } },
    })
    expect(wrapper.findAll('[data-testid="expert-account"]')[0]!.text()).toBe('未关联')
    wrapper.unmount()
  })

  it('asks for a reason before retiring', async () => {
    const { sent } = fakeGraphQL((req) =>
      answer(req, () => ({
        data: {
          retireExpert: {
            __typename: 'ExpertPayload',
            expert: expert({ status: 'RETIRED', retireReason: '长期无法联系' }),
            errors: [],
          },
        },
      })),
    )
    const { wrapper } = await mountSignedIn(Experts)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="expert-retire"]')).toHaveLength(1)
    })
    await wrapper.find('[data-testid="expert-retire"]').trigger('click')
    await flushPromises()
    const retireDialog = document.querySelector('[data-testid="expert-retire-dialog"]') as HTMLElement
    ;(retireDialog.querySelector('[data-testid="expert-retire-submit"]') as HTMLElement).click()
    await vi.waitFor(() => expect(retireDialog.querySelector('.el-form-item__error')?.textContent).toBe('请填写出库原因'))
    expect(sent.some((r) => r.operationName === 'RetireExpert')).toBe(false)

    const reason = retireDialog.querySelector('textarea[data-testid="expert-retire-reason-input"]') as HTMLTextAreaElement
    reason.value = '长期无法联系'
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(retireDialog.querySelector('[data-testid="expert-retire-submit"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="expert-retire-reason"]').map((n) => n.text())).toContain('出库原因：长期无法联系')
    })
    expect(sent.find((r) => r.operationName === 'RetireExpert')!.variables).toEqual({
      input: { expertId: 'RXhwZXJ0OjE=', reason: '长期无法联系' },
    })
    expect(wrapper.findAll('[data-testid="expert-retire"]')).toHaveLength(0)
    wrapper.unmount()
  })

  it('cleans up typed fields of expertise and flags one that is too long at once', async () => {
    fakeGraphQL((req) => answer(req, () => ({})))
    const { wrapper } = await mountSignedIn(Experts)
    await flushPromises()
    await wrapper.find('[data-testid="expert-add"]').trigger('click')
    await flushPromises()
    const select = wrapper.findComponent(ElSelect)
    const error = () => dialog().querySelector('.el-form-item__error')?.textContent?.trim() ?? null
    const tags = () => [...dialog().querySelectorAll('.el-select__tags-text')].map((e) => e.textContent)

    select.vm.$emit('update:modelValue', ['融资', ' 股权  激励 ', '融'.repeat(31)])
    await vi.waitFor(async () => {
      await flushPromises()
      expect(error()).toBe('每个领域不超过 30 字')
    })
    expect(tags()).toEqual(['融资', '股权 激励', '融'.repeat(31)])

    select.vm.$emit('update:modelValue', ['融资', '股权 激励', '融资 '])
    await vi.waitFor(async () => {
      await flushPromises()
      expect(error()).toBeNull()
    })
    expect(tags()).toEqual(['融资', '股权 激励'])
    wrapper.unmount()
  })
})
