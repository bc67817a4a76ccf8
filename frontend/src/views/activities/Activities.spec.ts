import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import Activities from './Activities.vue'
import { activityNode, connection } from '@/test/activities'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const routes = [
  { path: '/activities', name: 'activities', component: Activities },
  { path: '/activities/:id', name: 'activity', component: { template: '<div />' } },
]

const lists = (sent: SentRequest[]) => sent.filter((r) => r.operationName === 'Activities')

describe('the activity list', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks with the filters of the URL and shows each activity’s card', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'Regions') return { data: { regions: [] } }
      return {
        data: {
          activities: connection('Activity', [
            activityNode(1),
            activityNode(2, { venue: '', onlineLink: 'https://meeting.example.com/1', remainingPlaces: 0, openForSignUp: false, status: 'ENDED' }),
          ]),
        },
      }
    })
    const { wrapper } = await mountSignedIn({ template: '<router-view />' }, {
      path: '/activities?type=ROADSHOW&region=330300&from=2027-01-01&to=2027-01-31&open=1',
      routes,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.findAll('[data-testid="activity-card"]')).toHaveLength(2)
    })
    expect(lists(sent)[0]!.variables).toMatchObject({
      type: 'ROADSHOW',
      regionCode: '330300',
      // whole days in China Standard Time, the last one included
      startsFrom: '2026-12-31T16:00:00.000Z',
      startsBefore: '2027-01-31T16:00:00.000Z',
      openForSignUp: true,
    })
    const cards = wrapper.findAll('[data-testid="activity-card"]')
    expect(cards[0]!.text()).toContain('温州市中小企业法律服务中心')
    expect(cards[0]!.text()).toContain('政策宣讲')
    expect(cards[0]!.text()).toContain('温州市民中心三楼报告厅')
    expect(cards[0]!.find('[data-testid="activity-card-places"]').text()).toBe('剩余名额 12 / 50')
    expect(cards[0]!.find('[data-testid="activity-card-open"]').exists()).toBe(true)
    expect(cards[1]!.text()).toContain('线上')
    expect(cards[1]!.find('[data-testid="activity-status"]').attributes('data-status')).toBe('ENDED')
    expect(cards[1]!.find('[data-testid="activity-card-open"]').exists()).toBe(false)
    expect(cards[0]!.attributes('href')).toBe(`/activities/${activityNode(1).id}`)
    wrapper.unmount()
  })

  it('a changed filter goes into the URL and asks again', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'Regions') return { data: { regions: [] } }
      return { data: { activities: connection('Activity', [activityNode(1)]) } }
    })
    const { wrapper, router } = await mountSignedIn({ template: '<router-view />' }, { path: '/activities', routes })
    await vi.waitFor(() => expect(lists(sent)).toHaveLength(1))
    expect(lists(sent)[0]!.variables).toMatchObject({ type: null, regionCode: null, openForSignUp: null })

    const type = wrapper.findAllComponents(ElSelect).find((s) => s.attributes('data-testid') === 'activity-filter-type' || s.find('[data-testid="activity-filter-type"]').exists())!
    type.vm.$emit('change', 'MATCHMAKING')
    await vi.waitFor(() => expect(router.currentRoute.value.query.type).toBe('MATCHMAKING'))
    await vi.waitFor(() => expect(lists(sent).at(-1)!.variables.type).toBe('MATCHMAKING'))

    await wrapper.find('[data-testid="activity-filter-open"] input').setValue(true)
    await vi.waitFor(() => expect(router.currentRoute.value.query.open).toBe('1'))
    await vi.waitFor(() => expect(lists(sent).at(-1)!.variables).toMatchObject({ type: 'MATCHMAKING', openForSignUp: true }))
    wrapper.unmount()
  })
})
