import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import Demands from './Demands.vue'
import HandlerPicker from '@/components/demands/HandlerPicker.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const gid = (type: string, id: number) => btoa(`${type}:${id}`)
const I1 = { __typename: 'Institution', id: gid('Institution', 7), name: '鹿城区法律服务中心' }

function row(id: number, title: string, status: string, overdue = false) {
  return {
    __typename: 'Demand',
    id: gid('Demand', id),
    title,
    category: 'FINANCING',
    status,
    channel: 'PHONE',
    overdue,
    submittedAt: '2026-12-01T01:00:00Z',
    acceptDueAt: '2026-12-01T05:00:00Z',
    replyDueAt: null,
    updatedAt: '2026-12-01T01:00:00Z',
    enterprise: { __typename: 'Enterprise', id: gid('Enterprise', 3), name: '温州甲公司' },
    handler: null,
  }
}

const ROWS = [row(1, '逾期未受理的诉求', 'SUBMITTED', true), row(2, '技改贷款贴息', 'ACCEPTED')]

function answer(req: SentRequest, mutation: (req: SentRequest) => unknown = () => ({})) {
  if (req.operationName === 'DemandsForSupervision') {
    return {
      data: {
        demandsForSupervision: {
          __typename: 'DemandConnection',
          totalCount: ROWS.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: ROWS.map((node) => ({ __typename: 'DemandEdge', node })),
        },
      },
    }
  }
  if (req.operationName === 'BoardPlatforms') {
    return {
      data: {
        platforms: [
          { __typename: 'Platform', id: gid('Platform', 1), name: '浙江省企业服务平台', parent: null },
          { __typename: 'Platform', id: gid('Platform', 2), name: '温州市企业服务综合平台', parent: { __typename: 'Platform', id: gid('Platform', 1) } },
          { __typename: 'Platform', id: gid('Platform', 3), name: '杭州市企业服务平台', parent: { __typename: 'Platform', id: gid('Platform', 1) } },
        ],
      },
    }
  }
  if (req.operationName === 'DemandHandlerChoices') {
    return {
      data: {
        institutionsForReview: { __typename: 'InstitutionConnection', edges: [{ __typename: 'InstitutionEdge', node: I1 }] },
        departments: [],
        expertsForManagement: { __typename: 'ExpertConnection', edges: [] },
      },
    }
  }
  return mutation(req)
}

const routes = [
  { path: '/console/demands', name: 'console-demands', component: Demands },
  { path: '/console/demands/record', name: 'console-demand-record', component: { template: '<div />' } },
  { path: '/demands/:id', name: 'demand', component: { template: '<div />' } },
]

async function mountBoard(path: string) {
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path, routes })
  mounted.auth.setUser({ ...mounted.auth.user!, roles: [{ role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '2' }] as never })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.findAll('[data-testid="demand-row-link"]')).toHaveLength(2)
  })
  return mounted
}

const dialog = () => document.querySelector('[data-testid="bulk-assign-dialog"]') as HTMLElement

describe('the supervision board', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('sends the filters of the URL, offers only the operator’s platforms, and a filter change updates the URL', async () => {
    const { sent } = fakeGraphQL((req) => answer(req))
    const platform = gid('Platform', 2)
    const { wrapper, router } = await mountBoard(`/console/demands?kind=COMPLAINT&channel=PHONE&platform=${platform}&handlerType=INSTITUTION&handler=${I1.id}&overdue=1`)
    const board = sent.find((r) => r.operationName === 'DemandsForSupervision')!
    expect(board.variables).toMatchObject({
      kind: 'COMPLAINT',
      channel: 'PHONE',
      platformId: platform,
      handlerType: 'INSTITUTION',
      handlerId: I1.id,
      overdue: true,
    })
    const selects = wrapper.findAllComponents(ElSelect)
    const platformSelect = selects.find((s) => s.attributes('data-testid') === 'board-filter-platform' || s.find('[data-testid="board-filter-platform"]').exists())
    expect(platformSelect).toBeDefined()
    // 温州's operator: 温州 only (not the hub above, not 杭州 beside).
    const options = () => [...document.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent?.trim())
    await vi.waitFor(async () => {
      await flushPromises()
      expect(options()).toContain('温州市企业服务综合平台')
    })
    expect(options()).not.toContain('杭州市企业服务平台')
    expect(options()).not.toContain('浙江省企业服务平台')

    const kind = selects.find((s) => s.find('[data-testid="board-filter-kind"]').exists() || s.attributes('data-testid') === 'board-filter-kind')!
    kind.vm.$emit('change', 'DEMAND')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.query.kind).toBe('DEMAND')
    })
    await vi.waitFor(() => expect(sent.filter((r) => r.operationName === 'DemandsForSupervision').at(-1)!.variables.kind).toBe('DEMAND'))
    wrapper.unmount()
  })

  it('assigns the chosen rows together and lists the refused ones with the reason', async () => {
    const { sent } = fakeGraphQL((req) =>
      answer(req, () => ({
        data: {
          assignDemands: {
            __typename: 'AssignDemandsPayload',
            errors: [],
            results: [
              {
                __typename: 'AssignDemandResult',
                index: 0,
                demandId: ROWS[0]!.id,
                demand: null,
                errors: [{ __typename: 'UserError', field: 'demandIds.0', code: 'INVALID_TRANSITION', message: '当前状态下不能执行此操作' }],
              },
              { __typename: 'AssignDemandResult', index: 1, demandId: ROWS[1]!.id, demand: { __typename: 'Demand', id: ROWS[1]!.id, status: 'ASSIGNED' }, errors: [] },
            ],
          },
        },
      })),
    )
    const { wrapper } = await mountBoard('/console/demands')
    const bulk = wrapper.find('[data-testid="board-bulk-assign"]')
    expect(bulk.attributes('disabled')).toBeDefined()
    for (const box of wrapper.findAll('.el-table__body .el-checkbox input')) await box.setValue(true)
    await flushPromises()
    expect(bulk.text()).toBe('批量交办（2）')
    await bulk.trigger('click')
    await flushPromises()
    expect(dialog().querySelector('[data-testid="bulk-assign-count"]')!.textContent).toContain('已选 2 件诉求')

    // No handler yet: said under the field, nothing sent.
    ;(dialog().querySelector('[data-testid="bulk-assign-submit"]') as HTMLElement).click()
    await flushPromises()
    expect(sent.some((r) => r.operationName === 'AssignDemands')).toBe(false)
    await vi.waitFor(() => expect(dialog().querySelector('.el-form-item__error')?.textContent).toContain('必填'))

    const picker = wrapper.findComponent(HandlerPicker)
    picker.findComponent(ElSelect).vm.$emit('update:modelValue', I1.id)
    await flushPromises()
    ;(dialog().querySelector('[data-testid="bulk-assign-submit"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog().querySelector('[data-testid="bulk-assign-outcome"]')?.textContent).toContain('已交办 1 件，1 件未能交办')
    })
    const request = sent.find((r) => r.operationName === 'AssignDemands')!
    expect(request.variables.input).toEqual({ demandIds: [ROWS[0]!.id, ROWS[1]!.id], handlerType: 'INSTITUTION', handlerId: I1.id, note: '' })
    const refused = [...dialog().querySelectorAll('[data-testid="bulk-assign-refused-row"]')].map((e) => e.textContent?.trim())
    expect(refused).toEqual(['逾期未受理的诉求：当前状态下不能执行此操作'])
    // The board reloads after the assignment.
    expect(sent.filter((r) => r.operationName === 'DemandsForSupervision').length).toBeGreaterThanOrEqual(2)
    wrapper.unmount()
  })
})
