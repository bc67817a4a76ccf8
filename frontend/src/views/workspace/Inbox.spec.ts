import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import Inbox from './Inbox.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { useNotificationsStore } from '@/stores/notifications'

function notification(n: number, read = false) {
  return {
    __typename: 'Notification',
    id: `Tm90aWZpY2F0aW9uOj${n}`,
    kind: 'engagement.agreed',
    title: `服务协议已签订 ${n}`,
    body: '服务产品：合同审查服务\n当前环节：协议签订',
    link: `/engagements/RW5nYWdlbWVudDo${n}`,
    createdAt: '2026-11-30T02:00:00+00:00',
    readAt: read ? '2026-11-30T03:00:00+00:00' : null,
  }
}

function page(nodes: unknown[], unread: number, hasNextPage = false) {
  return {
    data: {
      myNotifications: {
        __typename: 'NotificationConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
        edges: nodes.map((node) => ({ __typename: 'NotificationEdge', node })),
      },
      unreadNotificationCount: unread,
    },
  }
}

function marked(unreadCount: number) {
  return {
    data: {
      markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount, errors: [] },
    },
  }
}

const routes = [{ path: '/engagements/:id', name: 'engagement', component: { template: '<div />' } }]
const named = (sent: SentRequest[], name: string) => sent.filter((r) => r.operationName === name)
const items = (wrapper: { findAll: (s: string) => { attributes: (a: string) => string | undefined }[] }) =>
  wrapper.findAll('[data-testid="notification-item"]')

describe('the inbox', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists my notifications, the unread ones bold, with the unread filter of the URL', async () => {
    const { sent } = fakeGraphQL((req) =>
      req.variables.unreadOnly ? page([notification(2)], 1) : page([notification(2), notification(1, true)], 1),
    )
    const { wrapper, router } = await mountSignedIn(Inbox, { path: '/inbox?unread=1', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(items(wrapper)).toHaveLength(1)
    })
    expect(named(sent, 'MyNotifications')[0]!.variables).toEqual({ unreadOnly: true, first: 20, after: null })
    expect(useNotificationsStore().unreadCount).toBe(1)
    expect(wrapper.find('[data-testid="inbox-filter-unread"]').text()).toBe('未读（1）')

    await wrapper.find('[data-testid="inbox-filter-all"] input').setValue(true)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(items(wrapper)).toHaveLength(2)
    })
    expect(router.currentRoute.value.query).toEqual({})
    expect(named(sent, 'MyNotifications').at(-1)!.variables).toMatchObject({ unreadOnly: false })
    const rows = wrapper.findAll('[data-testid="notification-item"]')
    expect(rows.map((r) => r.classes('unread'))).toEqual([true, false])
    expect(rows[0]!.find('[data-testid="notification-title"]').text()).toBe('服务协议已签订 2')
    expect(rows[0]!.find('[data-testid="notification-body"]').text()).toContain('当前环节：协议签订')
    wrapper.unmount()
  })

  it('marks a notification read when it is opened and follows its link', async () => {
    const { sent } = fakeGraphQL((req) =>
      req.operationName === 'MarkNotificationsRead' ? marked(0) : page([notification(2), notification(1, true)], 1),
    )
    const { wrapper, router } = await mountSignedIn(Inbox, { path: '/inbox', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(items(wrapper)).toHaveLength(2)
    })
    await wrapper.findAll('[data-testid="notification-item"]')[0]!.trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.path).toBe('/engagements/RW5nYWdlbWVudDo2')
    })
    expect(named(sent, 'MarkNotificationsRead')[0]!.variables).toEqual({ input: { ids: ['Tm90aWZpY2F0aW9uOj2'] } })
    expect(useNotificationsStore().unreadCount).toBe(0)
    expect(wrapper.findAll('[data-testid="notification-item"]')[0]!.attributes('data-read')).toBe('true')

    // A read one is opened without asking the server again.
    await router.push('/inbox')
    await wrapper.findAll('[data-testid="notification-item"]')[1]!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/engagements/RW5nYWdlbWVudDo1'))
    expect(named(sent, 'MarkNotificationsRead')).toHaveLength(1)
    wrapper.unmount()
  })

  it('marks everything read, then shows the empty state of the unread filter', async () => {
    let unread = 2
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'MarkNotificationsRead') {
        unread = 0
        return marked(0)
      }
      return unread ? page([notification(2), notification(1)], unread) : page([], 0)
    })
    const { wrapper } = await mountSignedIn(Inbox, { path: '/inbox?unread=1', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(items(wrapper)).toHaveLength(2)
    })
    await wrapper.find('[data-testid="inbox-mark-all"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="inbox-empty"]').exists()).toBe(true)
    })
    expect(named(sent, 'MarkNotificationsRead')[0]!.variables).toEqual({ input: { all: true } })
    expect(wrapper.find('[data-testid="inbox-empty"]').text()).toContain('没有未读消息')
    expect(wrapper.find('[data-testid="inbox-mark-all"]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('loads the next page after the cursor', async () => {
    const { sent } = fakeGraphQL((req) =>
      req.variables.after ? page([notification(1)], 2) : page([notification(2)], 2, true),
    )
    const { wrapper } = await mountSignedIn(Inbox, { path: '/inbox', routes })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="inbox-load-more"]').exists()).toBe(true)
    })
    await wrapper.find('[data-testid="inbox-load-more"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(items(wrapper)).toHaveLength(2)
    })
    expect(named(sent, 'MyNotifications').at(-1)!.variables).toEqual({ unreadOnly: false, first: 20, after: 'c1' })
    wrapper.unmount()
  })
})
