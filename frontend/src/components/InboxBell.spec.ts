import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import InboxBell from './InboxBell.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { fakeLiveServer } from '@/test/fake-live'
import { mountSignedIn } from '@/test/mount'

describe('the inbox bell', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the unread count, asked again on navigation and every five minutes, quietly', async () => {
    // Only the interval is faked: the promises and waits of the test run as usual.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    fakeLiveServer()
    let unread = 3
    let failing = false
    const { sent } = fakeGraphQL(() =>
      failing ? { errors: [{ message: 'boom' }], data: null } : { data: { unreadNotificationCount: unread } },
    )
    const { wrapper, router } = await mountSignedIn(InboxBell, { path: '/' })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="inbox-badge"] sup').text()).toBe('3')
    })
    expect(wrapper.find('a').attributes('href')).toBe('/inbox')

    unread = 0
    await router.push('/services')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="inbox-badge"] sup').exists()).toBe(false)
    })

    const before = sent.length
    unread = 120
    vi.advanceTimersByTime(5 * 60_000)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="inbox-badge"] sup').text()).toBe('99+')
    })
    expect(sent.length).toBe(before + 1)
    expect(sent.every((r) => r.operationName === 'UnreadNotificationCount')).toBe(true)

    // A failed poll keeps the last count and shows no error toast.
    failing = true
    vi.advanceTimersByTime(5 * 60_000)
    await vi.waitFor(() => expect(sent.length).toBe(before + 2))
    await flushPromises()
    expect(document.querySelector('.el-message')).toBeNull()
    expect(wrapper.find('[data-testid="inbox-badge"] sup').text()).toBe('99+')
    wrapper.unmount()
  })

  it('counts and announces notifications that arrive live, reconnecting with a new token', async () => {
    let unread = 2 // the server's count, which a navigation asks for again
    fakeGraphQL(() => ({ data: { unreadNotificationCount: unread } }))
    const live = fakeLiveServer()
    const { wrapper, router, auth } = await mountSignedIn(InboxBell, { path: '/' })
    const badge = () => wrapper.find('[data-testid="inbox-badge"] sup')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(badge().text()).toBe('2')
      expect(live.subscribed()).toHaveLength(1)
    })
    // The access token goes in connection_init; the subscription asks for notificationAdded.
    expect(live.connectionParams).toEqual([{ authorization: 'Bearer token' }])
    const socket = live.subscribed()[0]!
    expect(socket.url).toMatch(/^ws:\/\/.+\/graphql$/)
    expect(socket.protocol).toBe('graphql-transport-ws')
    expect([...socket.subscriptions.values()][0]).toContain('notificationAdded')

    const notification = (id: string, title: string, link: string | null) => {
      unread += 1
      return { notificationAdded: { __typename: 'Notification', id, title, link } }
    }
    live.push(notification('Tm90aWZpY2F0aW9uOjE=', '服务机构已受理您的申请', '/engagements/RW5nYWdlbWVudDox'))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(badge().text()).toBe('3')
      expect(document.querySelector('.inbox-toast')?.textContent).toContain('服务机构已受理您的申请')
    })
    // Clicking the toast opens what it is about.
    document.querySelector<HTMLElement>('.inbox-toast')!.click()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/engagements/RW5nYWdlbWVudDox'))

    // After a refresh the socket is opened again with the new token, the subscription with it.
    auth.setSession({ accessToken: 'token2', expiresAt: Date.now() + 600_000, user: auth.user! })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(live.connectionParams).toEqual([{ authorization: 'Bearer token' }, { authorization: 'Bearer token2' }])
      expect(live.subscribed()).toHaveLength(1)
    })
    expect(socket.readyState).toBe(3)
    live.push(notification('Tm90aWZpY2F0aW9uOjI=', '企业已确认服务交付', null))
    await vi.waitFor(async () => {
      await flushPromises()
      expect(badge().text()).toBe('4')
    })

    // Refused (the session ended at the server): the next token subscribes again.
    live.refuse()
    await vi.waitFor(() => expect(live.subscribed()).toHaveLength(0))
    auth.setSession({ accessToken: 'token3', expiresAt: Date.now() + 600_000, user: auth.user! })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(live.connectionParams.at(-1)).toEqual({ authorization: 'Bearer token3' })
      expect(live.subscribed()).toHaveLength(1)
    })

    // Signed out (the bell goes away): the subscription ends and the socket closes.
    wrapper.unmount()
    await vi.waitFor(() => expect(live.subscribed()).toHaveLength(0))
  })
})
