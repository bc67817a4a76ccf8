import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ServiceSupermarket from './ServiceSupermarket.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

function product(n: number, pricing: 'FREE' | 'FIXED' | 'RANGE' = 'FIXED') {
  return {
    __typename: 'ServiceProduct',
    id: `U2VydmljZVByb2R1Y3Q6${n}`,
    name: `温州市企业知识产权线上咨询${n}`,
    category: 'LEGAL',
    description: '商标、专利申请咨询',
    pricing,
    price: pricing === 'FIXED' ? '800.00' : null,
    priceMin: pricing === 'RANGE' ? '1000.00' : null,
    priceMax: pricing === 'RANGE' ? '5000.00' : null,
    nature: 'VALUE_ADDED',
    form: 'ONLINE',
    rating: null,
    requestCount: 3,
    serviceAreas: [{ __typename: 'Region', code: '330300', name: '温州市' }],
    institution: {
      __typename: 'Institution',
      id: 'SW5zdGl0dXRpb246MQ==',
      name: '鹿城区知识产权服务中心',
      score: { __typename: 'InstitutionScore', value: 86.25 },
    },
  }
}

function page(nodes: unknown[], total: number, hasNextPage = false) {
  return {
    data: {
      serviceProducts: {
        __typename: 'ServiceProductConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
        edges: nodes.map((node) => ({ __typename: 'ServiceProductEdge', node })),
      },
    },
  }
}

const routes = [{ path: '/services/:id', name: 'service-product', component: { template: '<div />' } }]

const searches = (sent: SentRequest[]) => sent.filter((r) => r.operationName === 'ServiceSupermarket')

describe('the service supermarket', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks with the filters of the URL and shows prices, tags and the institution score', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'Regions') return { data: { regions: [] } }
      return page([product(1), product(2, 'RANGE'), product(3, 'FREE')], 3)
    })
    const { wrapper } = await mountSignedIn(ServiceSupermarket, {
      path: '/services?category=LEGAL&region=330302&scale=SMALL&pricing=FEE&form=nope&sort=RATING&q=知识产权',
      routes,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="product-card"]')).toHaveLength(3)
    })
    expect(searches(sent)[0]!.variables).toEqual({
      search: '知识产权',
      category: 'LEGAL',
      regionCode: '330302',
      scale: 'SMALL',
      pricing: 'FEE',
      form: null,
      sort: 'RATING',
      first: 20,
      after: null,
    })
    const prices = wrapper.findAll('[data-testid="product-card-price"]').map((p) => p.text())
    expect(prices).toEqual(['¥800', '¥1,000 – ¥5,000', '免费'])
    expect(wrapper.find('[data-testid="product-card-institution"]').text()).toContain('86.3')
    expect(wrapper.find('[data-testid="directory-total"]').text()).toBe('共 3 个服务产品')
    wrapper.unmount()
  })

  it('offers to clear the filters when nothing matches, keeping the sort', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'Regions') return { data: { regions: [] } }
      return req.variables.form ? page([], 0) : page([product(1)], 1, true)
    })
    const { wrapper, router } = await mountSignedIn(ServiceSupermarket, { path: '/services?form=BOTH&sort=POPULARITY', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="directory-empty"]').exists()).toBe(true)
    })
    await wrapper.find('[data-testid="directory-clear"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="product-card"]')).toHaveLength(1)
    })
    expect(router.currentRoute.value.query).toEqual({ sort: 'POPULARITY' })
    expect(searches(sent).at(-1)!.variables).toMatchObject({ form: null, sort: 'POPULARITY' })

    // Load more asks for the next page after the cursor.
    await wrapper.find('[data-testid="directory-load-more"]').trigger('click')
    await vi.waitFor(() => expect(searches(sent).at(-1)!.variables).toMatchObject({ after: 'c1', sort: 'POPULARITY' }))
    wrapper.unmount()
  })
})
