import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import HandlerPicker from './HandlerPicker.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const DEMAND = btoa('Demand:5')
const DEPARTMENT = { __typename: 'Department', id: btoa('Department:2'), name: '温州市经信局' }

const options = () => [...document.querySelectorAll('.demand-handler-popper .el-select-dropdown__item')].map((o) => o.textContent?.trim())
const types = (wrapper: { findAll: (s: string) => { attributes: (n: string) => string | undefined }[] }) =>
  wrapper.findAll('[data-testid^="demand-handler-type-"]').map((b) => b.attributes('data-testid'))

describe('the handler picker of a handler passing a demand on', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers the departments of the demand’s platform chain', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'DemandTransferDepartments') return { data: { demandTransferDepartments: [DEPARTMENT] } }
      return { data: {} }
    })
    const { wrapper } = await mountSignedIn(HandlerPicker, { props: { staff: false, demandId: DEMAND, type: 'DEPARTMENT', id: '' } })
    expect(types(wrapper)).toEqual(['demand-handler-type-INSTITUTION', 'demand-handler-type-DEPARTMENT', 'demand-handler-type-EXPERT'])
    await vi.waitFor(async () => {
      await flushPromises()
      expect(options()).toEqual(['温州市经信局'])
    })
    expect(sent.find((r) => r.operationName === 'DemandTransferDepartments')!.variables).toEqual({ demandId: DEMAND })
    expect(sent.some((r) => r.operationName === 'DemandHandlerChoices')).toBe(false) // the operators' lists
    wrapper.unmount()
  })

  it('without the demand, offers no departments', async () => {
    const { sent } = fakeGraphQL(() => ({ data: {} }))
    const { wrapper } = await mountSignedIn(HandlerPicker, { props: { staff: false, type: 'INSTITUTION', id: '' } })
    await flushPromises()
    expect(types(wrapper)).toEqual(['demand-handler-type-INSTITUTION', 'demand-handler-type-EXPERT'])
    expect(sent.some((r) => r.operationName === 'DemandTransferDepartments')).toBe(false)
    wrapper.unmount()
  })
})
