import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import EnterpriseDirectory from './EnterpriseDirectory.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

function enterprise(n: number) {
  return {
    __typename: 'Enterprise',
    id: `RW50ZXJwcmlzZTo${n}`,
    name: `温州云帆软件有限公司${n}`,
    scale: 'SMALL',
    tags: ['专精特新'],
    verifiedAt: '2026-03-01T02:00:00+00:00',
    region: { __typename: 'Region', fullName: '浙江省温州市鹿城区' },
    industry: { __typename: 'Industry', code: '65', name: '软件和信息技术服务业' },
    platform: { __typename: 'Platform', name: '鹿城区企业服务窗口' },
  }
}

function page(nodes: unknown[], total: number, hasNextPage = false) {
  return {
    data: {
      enterpriseDirectory: {
        __typename: 'EnterpriseConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
        edges: nodes.map((node) => ({ __typename: 'EnterpriseEdge', node })),
      },
    },
  }
}

function reference(req: SentRequest) {
  if (req.operationName === 'Regions') return { data: { regions: [] } }
  if (req.operationName === 'Industries') return { data: { industries: [] } }
  return null
}

const searches = (sent: SentRequest[]) => sent.filter((r) => r.operationName === 'EnterpriseDirectory')

describe('the enterprise directory', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks with the filters of the URL, and clearing them from the empty state lists all', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (reference(req)) return reference(req)
      return req.variables.tag ? page([], 0) : page([enterprise(1)], 1)
    })
    const { wrapper, router } = await mountSignedIn(EnterpriseDirectory, {
      path: '/directory/enterprises?scale=SMALL&tag=专精特新&region=330302&industry=bogus',
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="directory-empty"]').exists()).toBe(true)
    })
    expect(searches(sent)[0]!.variables).toEqual({
      search: null,
      regionCode: '330302',
      industryCode: null,
      scale: 'SMALL',
      tag: '专精特新',
      first: 20,
      after: null,
    })
    expect(wrapper.text()).toContain('没有符合条件的企业')

    await wrapper.find('[data-testid="directory-clear"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="directory-enterprise-card"]')).toHaveLength(1)
    })
    expect(router.currentRoute.value.query).toEqual({})
    expect(searches(sent).at(-1)!.variables).toMatchObject({ regionCode: null, scale: null, tag: null })
    wrapper.unmount()
  })

  it('searches by name through the URL, shows the public fields and loads more', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (reference(req)) return reference(req)
      return req.variables.after ? page([enterprise(3)], 3) : page([enterprise(1), enterprise(2)], 3, true)
    })
    const { wrapper, router } = await mountSignedIn(EnterpriseDirectory, { path: '/directory/enterprises' })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="directory-enterprise-card"]')).toHaveLength(2)
    })
    const card = wrapper.find('[data-testid="directory-enterprise-card"]')
    expect(card.find('[data-testid="directory-card-name"]').text()).toBe('温州云帆软件有限公司1')
    expect(card.find('[data-testid="directory-card-scale"]').text()).toBe('小型')
    expect(card.find('[data-testid="directory-card-tag"]').text()).toBe('专精特新')
    expect(card.text()).toContain('2026-03-01 认证')
    expect(wrapper.find('[data-testid="directory-total"]').text()).toBe('共 3 家企业')

    await wrapper.find('[data-testid="directory-load-more"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="directory-enterprise-card"]')).toHaveLength(3)
    })
    expect(searches(sent).at(-1)!.variables).toMatchObject({ after: 'c1' })
    expect(wrapper.find('[data-testid="directory-load-more"]').exists()).toBe(false)

    await wrapper.find('input[data-testid="directory-search"]').setValue(' 云帆 ')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: '云帆' }))
    await vi.waitFor(() => expect(searches(sent).at(-1)!.variables).toMatchObject({ search: '云帆', after: null }))
    wrapper.unmount()
  })
})
