import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProductRatings from './ProductRatings.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

function rating(n: number, reply: string | null = null) {
  return {
    __typename: 'Evaluation',
    id: `RXZhbHVhdGlvbjo${n}`,
    overall: 1 + (n % 5),
    dimensions: [
      { __typename: 'DimensionScore', name: 'professionalism', score: 5 },
      { __typename: 'DimensionScore', name: 'result', score: 4 },
    ],
    comment: `评价${n}`,
    reply,
    createdAt: '2026-11-20T02:00:00+00:00',
  }
}

describe('the ratings of a product', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the average, each rating with its dimensions and reply, and pages by 5', async () => {
    const { sent } = fakeGraphQL((req) => {
      const offset = Number(req.variables.offset)
      const items = offset === 0 ? [1, 2, 3, 4, 5].map((n) => rating(n, n === 1 ? '感谢认可' : null)) : [rating(6)]
      return { data: { productEvaluations: { __typename: 'EvaluationPage', totalCount: 6, items } } }
    })
    const { wrapper } = await mountSignedIn(ProductRatings, { props: { productId: 'UHJvZHVjdDox', average: 4.25 } })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="product-rating-item"]')).toHaveLength(5)
    })
    expect(wrapper.find('[data-testid="product-rating"]').text()).toContain('4.3')
    expect(wrapper.find('[data-testid="product-rating"]').text()).toContain('6 条评价')
    const first = wrapper.find('[data-testid="product-rating-item"]')
    expect(first.text()).toContain('专业性 5')
    expect(first.text()).toContain('服务效果 4')
    expect(first.find('[data-testid="product-rating-reply"]').text()).toContain('感谢认可')
    expect(sent[0]!.variables).toEqual({ productId: 'UHJvZHVjdDox', first: 5, offset: 0 })
    await wrapper.find('.el-pager li:nth-child(2)').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="product-rating-item"]')).toHaveLength(1)
    })
    expect(sent.at(-1)!.variables).toEqual({ productId: 'UHJvZHVjdDox', first: 5, offset: 5 })
    wrapper.unmount()
  })

  it('says so when there are no ratings yet', async () => {
    fakeGraphQL(() => ({ data: { productEvaluations: { __typename: 'EvaluationPage', totalCount: 0, items: [] } } }))
    const { wrapper } = await mountSignedIn(ProductRatings, { props: { productId: 'UHJvZHVjdDox', average: null } })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="product-no-ratings"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-testid="product-rating"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
