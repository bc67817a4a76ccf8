import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import OrganiserActivities from './OrganiserActivities.vue'
import { activityNode, connection, gid } from '@/test/activities'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const stub = { template: '<div />' }
const routes = [
  { path: '/organiser/activities', name: 'organiser-activities', component: OrganiserActivities },
  { path: '/organiser/activities/:id/registrations', name: 'organiser-activity-registrations', component: stub },
  { path: '/activities/:id', name: 'activity', component: stub },
]

const INSTITUTION = { __typename: 'Institution', id: gid('Institution', 3), name: '温州市中小企业法律服务中心', status: 'ACTIVE' }
const DEPARTMENT = { __typename: 'Department', id: gid('Department', 4), name: '温州市经济和信息化局' }
const PLATFORMS = [
  { __typename: 'Platform', id: gid('Platform', 1), name: '浙江省企业服务平台' },
  { __typename: 'Platform', id: gid('Platform', 2), name: '温州市企业服务综合平台' },
]
const DRAFT = activityNode(1, { status: 'DRAFT', openForSignUp: false })
const REJECTED = activityNode(2, { status: 'REJECTED', statusReason: '请写主办单位全称', openForSignUp: false })

function answer(mutation: (req: SentRequest) => unknown = () => ({})) {
  return (req: SentRequest) => {
    if (req.operationName === 'ActivityOrganiserChoices') {
      return { data: { myInstitutions: [INSTITUTION, { ...INSTITUTION, id: gid('Institution', 9), status: 'PENDING' }], platforms: PLATFORMS } }
    }
    if (req.operationName === 'ActivityOrganiserDepartment') return { data: { node: DEPARTMENT } }
    if (req.operationName === 'OrganisedActivities') return { data: { organisedActivities: connection('Activity', [DRAFT, REJECTED]) } }
    if (req.operationName === 'Regions' || req.operationName === 'Industries') return { data: { regions: [], industries: [] } }
    return mutation(req)
  }
}

async function mountWorkspace(respond: (req: SentRequest) => unknown, path = '/organiser/activities') {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path, routes })
  return { ...fake, ...mounted }
}

describe('the organiser workspace', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers the institutions, departments and platforms I act for and lists the chosen one’s activities', async () => {
    const fake = fakeGraphQL(answer())
    const { wrapper, auth } = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/activities?id=${DEPARTMENT.id}`, routes })
    auth.setUser({
      ...auth.user!,
      roles: [
        { role: 'DEPARTMENT_HANDLER', scopeType: 'DEPARTMENT', scopeId: '4' },
        { role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '2' },
      ] as never,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(fake.sent.some((r) => r.operationName === 'OrganisedActivities' && r.variables.organiserType === 'DEPARTMENT')).toBe(true)
    })
    expect(fake.sent.find((r) => r.operationName === 'OrganisedActivities' && r.variables.organiserType === 'DEPARTMENT')!.variables).toMatchObject({
      organiserId: DEPARTMENT.id,
      status: null,
    })
    await wrapper.find('[data-testid="organiser-switch"]').trigger('click')
    const options = () => [...document.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent?.trim())
    await vi.waitFor(() => expect(options().length).toBe(3))
    // The pending institution and a platform I do not operate are not offered.
    expect(options()).toEqual([
      '温州市中小企业法律服务中心（服务机构）',
      '温州市经济和信息化局（部门）',
      '温州市企业服务综合平台（平台）',
    ])
    wrapper.unmount()
  })

  it('shows why one was rejected, offers the actions its state allows and submits a draft', async () => {
    const { wrapper, sent } = await mountWorkspace(
      answer(() => ({ data: { submitActivity: { __typename: 'ActivityPayload', activity: { __typename: 'Activity', id: DRAFT.id, status: 'PENDING' }, errors: [] } } })),
    )
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="organised-activity"]')).toHaveLength(2)
    })
    expect(sent.find((r) => r.operationName === 'OrganisedActivities')!.variables).toMatchObject({ organiserType: 'INSTITUTION', organiserId: INSTITUTION.id })
    const [draft, rejected] = wrapper.findAll('[data-testid="organised-activity"]')
    expect(draft!.find('[data-testid="organised-activity-submit"]').exists()).toBe(true)
    expect(draft!.find('[data-testid="organised-activity-revise"]').exists()).toBe(false)
    expect(rejected!.find('[data-testid="organised-activity-reason"]').text()).toContain('请写主办单位全称')
    expect(rejected!.find('[data-testid="organised-activity-revise"]').exists()).toBe(true)
    expect(rejected!.find('[data-testid="organised-activity-submit"]').exists()).toBe(false)
    expect(draft!.find('[data-testid="organised-activity-registrations"]').attributes('href')).toBe(`/organiser/activities/${DRAFT.id}/registrations`)

    await draft!.find('[data-testid="organised-activity-submit"]').trigger('click')
    const confirmBox = () => document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')
    await vi.waitFor(() => expect(confirmBox()).not.toBeNull())
    confirmBox()!.click()
    await vi.waitFor(() => expect(sent.some((r) => r.operationName === 'SubmitActivity')).toBe(true))
    expect(sent.find((r) => r.operationName === 'SubmitActivity')!.variables).toEqual({ input: { activityId: DRAFT.id } })
    await vi.waitFor(() => expect(sent.filter((r) => r.operationName === 'OrganisedActivities')).toHaveLength(2))
    wrapper.unmount()
  })

  it('opens the editor with a rejected activity’s values', async () => {
    const { wrapper } = await mountWorkspace(answer())
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="organised-activity"]')).toHaveLength(2)
    })
    await wrapper.findAll('[data-testid="organised-activity"]')[1]!.find('[data-testid="organised-activity-edit"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('input[data-testid="activity-form-name"]')).not.toBeNull())
    expect(document.querySelector<HTMLInputElement>('input[data-testid="activity-form-name"]')!.value).toBe(REJECTED.name)
    expect(document.querySelector<HTMLInputElement>('input[data-testid="activity-form-venue"]')!.value).toBe(REJECTED.venue)
    wrapper.unmount()
  })
})
