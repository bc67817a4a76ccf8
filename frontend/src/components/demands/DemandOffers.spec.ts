import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import DemandOffers from './DemandOffers.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const DEMAND = btoa('Demand:5')

function offer(id: number, name: string, status: string, proposal: string) {
  return {
    __typename: 'DemandOffer',
    id: btoa(`DemandOffer:${id}`),
    status,
    proposal,
    createdAt: '2026-12-01T02:00:00Z',
    decidedAt: null,
    institution: { __typename: 'Institution', id: btoa(`Institution:${id}`), name },
  }
}

const OFFERS = [offer(1, '鹿城区法律服务中心', 'PENDING', '三天内上门'), offer(2, '温州市科技服务中心', 'WITHDRAWN', '线上辅导')]

async function mountWith(props: Record<string, unknown>) {
  const mounted = await mountSignedIn(DemandOffers, { props: { demandId: DEMAND, ...props } })
  await flushPromises()
  return mounted
}

const confirmBox = () => document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')

describe('the offers panel', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists every offer for the enterprise and picks a pending one after confirming', async () => {
    const { sent } = fakeGraphQL((req: SentRequest) => {
      expect(req.operationName).toBe('PickDemandOffer')
      return { data: { pickDemandOffer: { __typename: 'DemandPayload', demand: { __typename: 'Demand', id: DEMAND, status: 'ASSIGNED' }, errors: [] } } }
    })
    const { wrapper } = await mountWith({ status: 'OPEN_FOR_OFFERS', sides: ['ENTERPRISE'], offers: OFFERS, myOffer: null })
    const rows = wrapper.findAll('[data-testid="demand-offer"]')
    expect(rows.map((r) => r.find('[data-testid="demand-offer-institution"]').text())).toEqual(['鹿城区法律服务中心', '温州市科技服务中心'])
    expect(rows.map((r) => r.find('[data-testid="demand-offer-status"]').text())).toEqual(['待选择', '已撤回'])
    expect(rows[0]!.find('[data-testid="demand-offer-proposal"]').text()).toBe('三天内上门')
    // Only the pending offer can be picked.
    expect(rows.map((r) => r.find('[data-testid="demand-offer-pick"]').exists())).toEqual([true, false])
    expect(wrapper.find('[data-testid="demand-offer-open"]').exists()).toBe(false)

    await rows[0]!.find('[data-testid="demand-offer-pick"]').trigger('click')
    await vi.waitFor(() => expect(confirmBox()).not.toBeNull())
    expect(document.querySelector('.el-message-box__message')?.textContent).toContain('鹿城区法律服务中心')
    confirmBox()!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.emitted('done')).toHaveLength(1)
    })
    expect(sent.map((r) => r.variables)).toEqual([{ input: { demandId: DEMAND, offerId: btoa('DemandOffer:1'), note: '' } }])
    wrapper.unmount()
  })

  it('shows a refused pick and does not reload', async () => {
    fakeGraphQL(() => ({
      data: {
        pickDemandOffer: {
          __typename: 'DemandPayload',
          demand: null,
          errors: [{ __typename: 'UserError', field: 'demandId', code: 'INVALID_TRANSITION', message: '当前状态不允许此操作' }],
        },
      },
    }))
    const { wrapper } = await mountWith({ status: 'OPEN_FOR_OFFERS', sides: ['OPERATOR'], offers: OFFERS, myOffer: null })
    await wrapper.find('[data-testid="demand-offer-pick"]').trigger('click')
    await vi.waitFor(() => expect(confirmBox()).not.toBeNull())
    confirmBox()!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(document.querySelector('.el-message--error')?.textContent).toContain('当前状态不允许此操作')
    })
    expect(wrapper.emitted('done')).toBeUndefined()
    wrapper.unmount()
  })

  it('offers no pick once the call is over, and hides itself without offers', async () => {
    fakeGraphQL(() => ({ data: null }))
    const picked = [offer(1, '鹿城区法律服务中心', 'PICKED', '三天内上门')]
    const over = await mountWith({ status: 'ASSIGNED', sides: ['ENTERPRISE'], offers: picked, myOffer: null })
    expect(over.wrapper.find('[data-testid="demand-offer-status"]').text()).toBe('已选中')
    expect(over.wrapper.find('[data-testid="demand-offer-pick"]').exists()).toBe(false)
    over.wrapper.unmount()
    const none = await mountWith({ status: 'ASSIGNED', sides: ['ENTERPRISE'], offers: [], myOffer: null })
    expect(none.wrapper.find('[data-testid="demand-offers"]').exists()).toBe(false)
    none.wrapper.unmount()
  })

  it('lets an institution offer with a proposal, which is required', async () => {
    const { sent } = fakeGraphQL(() => ({
      data: {
        offerToTakeDemand: {
          __typename: 'DemandOfferPayload',
          offer: offer(3, '鹿城区法律服务中心', 'PENDING', '三天内上门'),
          errors: [],
        },
      },
    }))
    const { wrapper } = await mountWith({ status: 'OPEN_FOR_OFFERS', sides: [], offers: [], myOffer: null })
    expect(wrapper.text()).toContain('企业的联系方式将在选定承接机构后提供给承接机构')
    expect(wrapper.find('[data-testid="demand-offers-count"]').exists()).toBe(false)
    await wrapper.find('[data-testid="demand-offer-open"]').trigger('click')
    const dialog = () => document.querySelector('[data-testid="offer-dialog"]') as HTMLElement
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    const submit = () => dialog().querySelector<HTMLButtonElement>('[data-testid="offer-form-submit"]')!.click()
    submit()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog().querySelector('.el-form-item__error')?.textContent?.trim()).toBe('此项为必填项')
    })
    expect(sent).toEqual([])
    const text = dialog().querySelector<HTMLTextAreaElement>('textarea[data-testid="offer-field-proposal"]')!
    text.value = ' 三天内上门 '
    text.dispatchEvent(new Event('input'))
    await flushPromises()
    submit()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.emitted('done')).toHaveLength(1)
    })
    expect(sent.map((r) => [r.operationName, r.variables])).toEqual([
      ['OfferToTakeDemand', { input: { demandId: DEMAND, proposal: '三天内上门' } }],
    ])
    wrapper.unmount()
  })

  it('shows my pending offer with a withdraw button, and no second offer', async () => {
    const { sent } = fakeGraphQL(() => ({
      data: {
        withdrawDemandOffer: { __typename: 'DemandOfferPayload', offer: offer(1, '鹿城区法律服务中心', 'WITHDRAWN', '三天内上门'), errors: [] },
      },
    }))
    const mine = offer(1, '鹿城区法律服务中心', 'PENDING', '三天内上门')
    const { wrapper } = await mountWith({ status: 'OPEN_FOR_OFFERS', sides: [], offers: [mine], myOffer: mine })
    expect(wrapper.find('[data-testid="demand-my-offer-status"]').text()).toBe('待选择')
    expect(wrapper.find('[data-testid="demand-offer-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="demand-offer"]').exists()).toBe(false)
    await wrapper.find('[data-testid="demand-offer-withdraw"]').trigger('click')
    await vi.waitFor(() => expect(confirmBox()).not.toBeNull())
    confirmBox()!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.emitted('done')).toHaveLength(1)
    })
    expect(sent.map((r) => [r.operationName, r.variables])).toEqual([['WithdrawDemandOffer', { input: { demandId: DEMAND } }]])
    wrapper.unmount()
  })
})
